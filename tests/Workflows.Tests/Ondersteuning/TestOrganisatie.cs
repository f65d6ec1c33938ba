using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>An organisation snapshot in memory: who heads which afdeling, who advises on what, who holds which role.</summary>
internal sealed class TestOrganisatie : IOrganisatie
{
    public Dictionary<int, Taakhouder> Afdelingshoofden { get; } = [];
    public Dictionary<Aspect, Taakhouder> Adviseurs { get; } = [];
    public Dictionary<string, Taakhouder> Rolhouders { get; } = [];
    public Dictionary<string, Taakhouder> Gebruikers { get; } = [];

    public Taakhouder? Afdelingshoofd(int afdelingId) => Afdelingshoofden.GetValueOrDefault(afdelingId);
    public Taakhouder? Adviseur(Aspect aspect) => Adviseurs.GetValueOrDefault(aspect);
    public Taakhouder? Rolhouder(string rol) => Rolhouders.GetValueOrDefault(rol);
    public Taakhouder? Gebruiker(string id) => Gebruikers.GetValueOrDefault(id);

    public static TestOrganisatie Standaard()
    {
        var o = new TestOrganisatie();
        foreach (var p in Personen.Iedereen) o.Gebruikers[p.Id] = Houder(p);
        o.Afdelingshoofden[Personen.AfdelingMaatschappelijkeOntwikkeling] = Houder(Personen.Afdelingshoofd);
        o.Afdelingshoofden[Personen.AfdelingBedrijfsvoering] = Houder(Personen.AfdelingshoofdBedrijfsvoering);
        foreach (var aspect in Enum.GetValues<Aspect>()) o.Adviseurs[aspect] = Houder(Personen.Adviseur(aspect));
        o.Rolhouders[Rollen.DtSecretaris] = Houder(Personen.DtSecretaris);
        o.Rolhouders[Rollen.OrSecretaris] = Houder(Personen.OrSecretaris);
        o.Rolhouders[Rollen.Bestuurssecretariaat] = Houder(Personen.Bestuurssecretariaat);
        o.Rolhouders[Rollen.Griffie] = Houder(Personen.Griffie);
        return o;
    }

    private static Taakhouder Houder(Actor a) => new(a.Id, a.Naam);
}
