using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Productie;

/// <summary>When <c>/health/ready</c> reports the mail outbox as unhealthy.</summary>
public sealed class GezondheidOptions : IValidatableObject
{
    public const string Sectie = "Gezondheid";

    /// <summary>More unsent mails than this: not ready (a stuck dispatcher or an unreachable SMTP relay).</summary>
    [Range(0, 1_000_000, ErrorMessage = "moet 0 tot en met 1000000 zijn.")]
    public int MaxMailAchterstand { get; set; } = 500;

    /// <summary>An unsent mail older than this: not ready.</summary>
    public TimeSpan MaxMailLeeftijd { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxMailLeeftijd <= TimeSpan.Zero)
            yield return new ValidationResult("moet langer dan 0 zijn (notatie uu:mm:ss).", [nameof(MaxMailLeeftijd)]);
    }
}
