using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Bijlagen;

public sealed class BijlageOptions : IValidatableObject
{
    public const string Sectie = "Bijlagen";

    [Range(1024, 524_288_000)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// The hard cap on one form post with its files. Below it a file over <see cref="MaxBytes"/> is read and thrown
    /// away, so the form comes back with a message at that file; above it the request gets a 413 page.
    /// </summary>
    [Range(1_048_576, 10_737_418_240)]
    public long MaxVerzoekBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How long an upload that no proposal refers to is kept (a form that came back with errors may still use it).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan OpruimenNa { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Each must be a type whose content the app can recognise (see <see cref="Bestandstype.Bekend"/>). Empty here, so
    /// that a configured list replaces the standard one (the binder appends to an array it finds filled).
    /// </summary>
    [MinLength(1)]
    public string[] ToegestaneExtensies { get; set; } = [];

    public static readonly string[] StandaardExtensies =
        [".pdf", ".docx", ".doc", ".xlsx", ".xls", ".odt", ".ods", ".pptx", ".txt", ".png", ".jpg", ".jpeg", ".msg", ".eml"];

    /// <summary>After binding: the standard types when none are configured.</summary>
    public static void VulAan(BijlageOptions o)
    {
        if (o.ToegestaneExtensies.Length == 0) o.ToegestaneExtensies = StandaardExtensies;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var onbekend = ToegestaneExtensies.Where(e => !Bestandstype.Bekend.ContainsKey(e)).ToList();
        if (onbekend.Count > 0)
            yield return new ValidationResult(
                $"Bijlagen:ToegestaneExtensies bevat typen waarvan de inhoud niet te controleren is: {string.Join(", ", onbekend)}. " +
                $"Mogelijk: {string.Join(", ", Bestandstype.Bekend.Keys)}.", [nameof(ToegestaneExtensies)]);
        if (MaxVerzoekBytes <= MaxBytes)
            yield return new ValidationResult("Bijlagen:MaxVerzoekBytes moet groter zijn dan Bijlagen:MaxBytes.", [nameof(MaxVerzoekBytes)]);
    }
}
