using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>The people of the test organisation (after seeds/organisatie/demo.json).</summary>
internal static class Personen
{
    public const int AfdelingMaatschappelijkeOntwikkeling = 1;
    public const int AfdelingBedrijfsvoering = 2;

    public static readonly Actor Steller = Maak("steller", "R.B.M. Janzen", [Rollen.Steller], AfdelingMaatschappelijkeOntwikkeling);
    public static readonly Actor AndereSteller = Maak("steller2", "S. de Wit", [Rollen.Steller], AfdelingMaatschappelijkeOntwikkeling);
    public static readonly Actor Afdelingshoofd = Maak("afdelingshoofd", "M. Verbeek", [Rollen.Afdelingshoofd], AfdelingMaatschappelijkeOntwikkeling);
    public static readonly Actor AfdelingshoofdBedrijfsvoering = Maak("hoofd.bedrijfsvoering", "A. Smeets", [Rollen.Afdelingshoofd], AfdelingBedrijfsvoering);
    public static readonly Actor DtSecretaris = Maak("dt.secretaris", "D. Tromp", [Rollen.DtSecretaris], null);
    public static readonly Actor OrSecretaris = Maak("or.secretaris", "O. Reijnders", [Rollen.OrSecretaris], null);
    public static readonly Actor Bestuurssecretariaat = Maak("bestuurssecretariaat", "P. Lucassen", [Rollen.Bestuurssecretariaat], null);
    public static readonly Actor Griffie = Maak("griffie", "G. Gerrits", [Rollen.Griffie], null);

    private static readonly Dictionary<Aspect, Actor> AdviseursPerAspect = Enum.GetValues<Aspect>().ToDictionary(
        a => a,
        a => new Actor($"adviseur.{a.ToString().ToLowerInvariant()}", $"Adviseur {AspectTeksten.Naam(a)}",
            new HashSet<string> { Rollen.Adviseur }, new HashSet<Aspect> { a }, AfdelingBedrijfsvoering, new HashSet<string>()));

    public static Actor Adviseur(Aspect aspect) => AdviseursPerAspect[aspect];

    public static IEnumerable<Actor> Iedereen =>
        new[] { Steller, AndereSteller, Afdelingshoofd, AfdelingshoofdBedrijfsvoering, DtSecretaris, OrSecretaris, Bestuurssecretariaat, Griffie }
            .Concat(AdviseursPerAspect.Values);

    public static Actor Gebruiker(string id) => Iedereen.Single(p => p.Id == id);

    /// <summary>A registered deputy (plaatsvervanger) for <paramref name="voor"/>, holding the given roles and aspects.</summary>
    public static Actor Plaatsvervanger(Actor voor, IEnumerable<string> rollen, IEnumerable<Aspect>? aspecten = null) =>
        new($"{voor.Id}.vervanger", $"Vervanger van {voor.Naam}", new HashSet<string>(rollen),
            new HashSet<Aspect>(aspecten ?? []), voor.AfdelingId, new HashSet<string> { voor.Id });

    private static Actor Maak(string id, string naam, string[] rollen, int? afdeling) =>
        new(id, naam, new HashSet<string>(rollen), new HashSet<Aspect>(), afdeling, new HashSet<string>());
}
