using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Without <see cref="SmtpHost"/> mail is written as .eml files to <see cref="Map"/> (the embedded default);
/// with it, mail goes through that SMTP server.
/// </summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Sectie = "Mail";

    /// <summary>Absolute URLs in mail start with this (the address people reach the app on).</summary>
    [Required(ErrorMessage = "ontbreekt: het adres waarop mensen de app bereiken, bijvoorbeeld https://besluitvorming.gemeente.nl.")]
    public string BasisUrl { get; set; } = "http://localhost:5080";

    [Required(ErrorMessage = "ontbreekt: het afzenderadres van de mail."), EmailAddress(ErrorMessage = "is geen e-mailadres.")]
    public string Afzender { get; set; } = "besluitvorming@gemeente.example";

    [Required]
    public string AfzenderNaam { get; set; } = "Besluitvorming";

    /// <summary>Folder for .eml files when no SMTP host is set; relative paths are taken from the content root.</summary>
    [Required]
    public string Map { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "moet een poortnummer van 1 tot en met 65535 zijn.")]
    public int SmtpPoort { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    [RegularExpression("^(None|Auto|SslOnConnect|StartTls|StartTlsWhenAvailable)$",
        ErrorMessage = "moet None, Auto, SslOnConnect, StartTls of StartTlsWhenAvailable zijn.")]
    public string SmtpTls { get; set; } = "StartTlsWhenAvailable";

    public string? SmtpGebruiker { get; set; }
    public string? SmtpWachtwoord { get; set; }

    /// <summary>How often the dispatcher looks for due messages (it is also woken right after a commit).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the dispatcher runs its own loop; off, mail waits until something runs a round (tests do).</summary>
    public bool VerzendenOpAchtergrond { get; set; } = true;

    public TimeSpan EersteWachttijd { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxWachttijd { get; set; } = TimeSpan.FromHours(1);

    [Range(1, 1000, ErrorMessage = "moet 1 tot en met 1000 zijn.")]
    public int MaxPogingen { get; set; } = 10;

    /// <summary>A claimed message that is not marked sent within this time is tried again (a crash mid-send).</summary>
    public TimeSpan Claimduur { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 365, ErrorMessage = "moet 1 tot en met 365 dagen zijn.")]
    public int LinkGeldigDagen { get; set; } = 14;

    /// <summary>Send reminders this many working days before an advice deadline.</summary>
    [Range(0, 60, ErrorMessage = "moet 0 tot en met 60 werkdagen zijn.")]
    public int HerinneringWerkdagenVoorDeadline { get; set; } = 2;

    public bool GebruiktSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BasisUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
            yield return Fout(nameof(BasisUrl), "moet een volledig http(s)-adres zonder ? of # zijn, bijvoorbeeld https://besluitvorming.gemeente.nl.");
        if (string.IsNullOrWhiteSpace(SmtpGebruiker) != string.IsNullOrWhiteSpace(SmtpWachtwoord))
            yield return Fout(nameof(SmtpGebruiker), "en Mail:SmtpWachtwoord horen samen: vul beide in (aanmelden bij de SMTP-server) of geen van beide.");
        foreach (var (naam, duur) in new[] { (nameof(Interval), Interval), (nameof(EersteWachttijd), EersteWachttijd),
                     (nameof(MaxWachttijd), MaxWachttijd), (nameof(Claimduur), Claimduur) })
            if (duur <= TimeSpan.Zero) yield return Fout(naam, "moet langer dan 0 zijn (notatie uu:mm:ss).");
        if (MaxWachttijd < EersteWachttijd)
            yield return Fout(nameof(MaxWachttijd), "mag niet korter zijn dan Mail:EersteWachttijd.");
    }

    private static ValidationResult Fout(string lid, string bericht) => new(bericht, [lid]);
}
