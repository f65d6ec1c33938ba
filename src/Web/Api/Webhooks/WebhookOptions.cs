using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>Settings of the outgoing notifications (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Sectie = "Webhooks";

    /// <summary>How often the dispatcher looks for notifications to fan out and deliveries that are due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the dispatcher runs its own loop; off, notifications wait until something runs a round (tests do).</summary>
    public bool VerzendenOpAchtergrond { get; set; } = true;

    /// <summary>How long a receiver may take to answer; longer counts as a failed attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan EersteWachttijd { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxWachttijd { get; set; } = TimeSpan.FromHours(24);

    /// <summary>With the defaults the waits are 1, 2, 4 ... 512 minutes, then 17, 24 and 24 hours: about three and a half days.</summary>
    [Range(1, 100, ErrorMessage = "moet 1 tot en met 100 zijn.")]
    public int MaxPogingen { get; set; } = 14;

    /// <summary>A claimed delivery that is not marked within this time is tried again (a crash mid-send); longer than <see cref="Timeout"/>.</summary>
    public TimeSpan Claimduur { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (naam, duur) in new[] { (nameof(Interval), Interval), (nameof(Timeout), Timeout),
                     (nameof(EersteWachttijd), EersteWachttijd), (nameof(MaxWachttijd), MaxWachttijd), (nameof(Claimduur), Claimduur) })
            if (duur <= TimeSpan.Zero) yield return new ValidationResult("moet langer dan 0 zijn (notatie uu:mm:ss).", [naam]);
        if (MaxWachttijd < EersteWachttijd)
            yield return new ValidationResult("mag niet korter zijn dan Webhooks:EersteWachttijd.", [nameof(MaxWachttijd)]);
        if (Claimduur <= Timeout)
            yield return new ValidationResult("moet langer zijn dan Webhooks:Timeout (anders kan een tweede instantie een lopende bezorging opnieuw sturen).", [nameof(Claimduur)]);
    }
}
