namespace Besluitvorming.Workflows.Organisatie;

/// <summary>
/// Role names, used both as ASP.NET Core Identity roles and in workflow definitions ("rollen" of a trigger,
/// "rol" of a task). <see cref="Systeem"/> is for automatic transitions only.
/// </summary>
public static class Rollen
{
    public const string Steller = "Steller";
    public const string Afdelingshoofd = "Afdelingshoofd";
    public const string Adviseur = "Adviseur";
    public const string DtSecretaris = "DtSecretaris";
    public const string Directieteam = "Directieteam";
    public const string OrSecretaris = "OrSecretaris";
    public const string Bestuurssecretariaat = "Bestuurssecretariaat";
    public const string College = "College";
    public const string Griffie = "Griffie";
    public const string Projectleider = "Projectleider";
    public const string Beheerder = "Beheerder";
    public const string Systeem = "Systeem";

    public static readonly IReadOnlyList<string> Gebruikersrollen =
    [
        Steller, Afdelingshoofd, Adviseur, DtSecretaris, Directieteam, OrSecretaris, Bestuurssecretariaat, College,
        Griffie, Projectleider, Beheerder,
    ];

    /// <summary>Roles that may fire triggers or hold tasks in a workflow definition.</summary>
    public static readonly IReadOnlySet<string> WorkflowRollen = new HashSet<string>(Gebruikersrollen) { Systeem };

    public static string Naam(string rol) => rol switch
    {
        Steller => "Steller",
        Afdelingshoofd => "Afdelingshoofd",
        Adviseur => "Adviseur bedrijfsvoering",
        DtSecretaris => "Secretaris directieteam",
        Directieteam => "Lid directieteam",
        OrSecretaris => "Secretaris ondernemingsraad",
        Bestuurssecretariaat => "Bestuurssecretariaat",
        College => "College van B&W",
        Griffie => "Griffie",
        Projectleider => "Projectleider",
        Beheerder => "Beheerder",
        Systeem => "Systeem",
        _ => rol,
    };
}
