namespace Besluitvorming.Web.Mail;

public static class MailSoorten
{
    public const string Ingediend = "Ingediend";
    public const string ParaafGevraagd = "ParaafGevraagd";
    public const string AdviesGevraagd = "AdviesGevraagd";
    public const string Teruggestuurd = "Teruggestuurd";
    public const string TaakGeopend = "TaakGeopend";
    public const string Geagendeerd = "Geagendeerd";
    public const string Besluit = "Besluit";
    public const string Ingetrokken = "Ingetrokken";
    public const string Opmerking = "Opmerking";
    public const string Herinnering = "Herinnering";
    public const string Escalatie = "Escalatie";
    /// <summary>A traject step opened for its owner (with a personal link to record it).</summary>
    public const string TrajectStap = "TrajectStap";
    /// <summary>The projectleider hears a traject step was completed, skipped, sent back or decided.</summary>
    public const string TrajectStapAfgerond = "TrajectStapAfgerond";
    public const string Besluitmoment = "Besluitmoment";
    /// <summary>The meeting a proposal was planned on moved or was cancelled: the steller hears the new date and why.</summary>
    public const string Verplaatst = "Verplaatst";
}
