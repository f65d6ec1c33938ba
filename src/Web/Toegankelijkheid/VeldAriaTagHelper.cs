using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Besluitvorming.Web.Toegankelijkheid;

/// <summary>
/// Every input, select and textarea bound with asp-for says what assistive technology needs: aria-invalid and
/// aria-describedby (pointing at the field's message) when the field has an error, and aria-required when the
/// field is required. Pages need no per-field markup for this. Radio buttons get their requirement on the group.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class VeldAriaTagHelper : TagHelper
{
    /// <summary>After the framework's own tag helpers (Order -1000) have written type, id and name.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes["type"]?.Value?.ToString();
        if (type is "hidden") return;
        var naam = Veldnaam.VolledigeNaam(ViewContext, For.Name);
        if (Veldnaam.HeeftFouten(ViewContext, naam))
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var id = Veldnaam.FoutId(naam);
            var bestaand = output.Attributes["aria-describedby"]?.Value?.ToString();
            if (bestaand is null || !bestaand.Split(' ').Contains(id))
                output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(bestaand) ? id : $"{id} {bestaand}");
        }
        if (type is not ("radio" or "checkbox") && Veldnaam.IsVerplicht(For) && !output.Attributes.ContainsName("aria-required"))
            output.Attributes.SetAttribute("aria-required", "true");
    }
}
