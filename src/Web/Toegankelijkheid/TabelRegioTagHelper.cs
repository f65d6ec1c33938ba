using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Besluitvorming.Web.Toegankelijkheid;

/// <summary>
/// Every table scrolls sideways in a region of its own, so a narrow screen (320 CSS px, WCAG 1.4.10) never scrolls
/// the page. The region is labelled (bv-regio, else the page title) and focusable, so it can be scrolled by keyboard.
/// </summary>
[HtmlTargetElement("table")]
public sealed class TabelRegioTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("bv-regio")]
    public string? Label { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var label = Label ?? ViewContext.ViewData["Title"]?.ToString() ?? "Tabel";
        output.PreElement.AppendHtml($"<div class=\"tabel-regio\" role=\"region\" tabindex=\"0\" aria-label=\"{encoder.Encode(label)}\">");
        output.PostElement.AppendHtml("</div>");
    }
}
