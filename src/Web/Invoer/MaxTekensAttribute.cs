using System.ComponentModel.DataAnnotations;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Invoer;

/// <summary>
/// The most characters a form field takes, with the domain's Dutch message. It is a <see cref="StringLengthAttribute"/>,
/// so the input and textarea tag helpers render it as <c>maxlength</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MaxTekensAttribute(int maximum) : StringLengthAttribute(maximum)
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string tekst && tekst.Length > MaximumLength
            ? new ValidationResult(Veldlengtes.Melding(MaximumLength, tekst.Length), validationContext.MemberName is { } naam ? [naam] : null)
            : ValidationResult.Success;
}
