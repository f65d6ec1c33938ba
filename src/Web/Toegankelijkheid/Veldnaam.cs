using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Besluitvorming.Web.Toegankelijkheid;

/// <summary>The one place that knows how a field's error message is identified, for aria-describedby and the summary.</summary>
public static class Veldnaam
{
    /// <summary>The id of the element that holds the error message of the field named <paramref name="volledigeNaam"/>.</summary>
    public static string FoutId(string volledigeNaam) => TagBuilder.CreateSanitizedId(volledigeNaam, "_") + "-fout";

    /// <summary>The id ASP.NET gives the input of that field (what a link in the error summary points to).</summary>
    public static string VeldId(string volledigeNaam) => TagBuilder.CreateSanitizedId(volledigeNaam, "_");

    public static string VolledigeNaam(ViewContext context, string naam) => context.ViewData.TemplateInfo.GetFullHtmlFieldName(naam);

    public static bool HeeftFouten(ViewContext context, string volledigeNaam) =>
        context.ViewData.ModelState.TryGetValue(volledigeNaam, out var entry) && entry.Errors.Count > 0;

    /// <summary>Whether the property behind the expression is required: always ([Required]) or to submit ([VerplichtBijIndienen]).</summary>
    public static bool IsVerplicht(ModelExpression veld)
    {
        var metadata = veld.Metadata;
        if (metadata.ContainerType?.GetProperty(metadata.PropertyName ?? "") is not { } eigenschap) return false;
        return Attribute.IsDefined(eigenschap, typeof(VerplichtBijIndienenAttribute))
            || Attribute.IsDefined(eigenschap, typeof(System.ComponentModel.DataAnnotations.RequiredAttribute));
    }
}
