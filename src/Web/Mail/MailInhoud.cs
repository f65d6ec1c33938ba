namespace Besluitvorming.Web.Mail;

/// <summary>
/// What one mail says, before it is rendered. The HTML and the plain-text part are both made from this, so the
/// text part always carries everything: registratienummer, onderwerp, what is asked, the deadline, the link.
/// </summary>
public sealed record MailInhoud(
    string Onderwerp,
    string Aanhef,
    IReadOnlyList<string> Alineas,
    IReadOnlyList<(string Label, string Waarde)> Gegevens,
    string? LinkTekst = null,
    string? Link = null,
    string? Voetnoot = null);
