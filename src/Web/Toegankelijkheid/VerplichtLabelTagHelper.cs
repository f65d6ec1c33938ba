using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Besluitvorming.Web.Toegankelijkheid;

/// <summary>The label of a required field says so in words: "(verplicht)", not only a colour or an asterisk.</summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class VerplichtLabelTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Veldnaam.IsVerplicht(For)) output.PostContent.AppendHtml(Verplicht.Markering);
    }
}
