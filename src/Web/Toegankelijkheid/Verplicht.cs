using Microsoft.AspNetCore.Html;

namespace Besluitvorming.Web.Toegankelijkheid;

/// <summary>How a required field is marked, for labels written by tag helpers and legends written by hand.</summary>
public static class Verplicht
{
    public static readonly IHtmlContent Markering = new HtmlString(" <span class=\"verplicht\">(verplicht)</span>");
}
