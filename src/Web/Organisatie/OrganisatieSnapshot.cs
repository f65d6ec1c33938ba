using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Organisatie;

/// <summary>Who holds which role, read once before a transition so the transition itself does no I/O.</summary>
public sealed class OrganisatieSnapshot : IOrganisatie
{
    private readonly Dictionary<int, Taakhouder> _hoofden;
    private readonly Dictionary<Aspect, Taakhouder> _adviseurs;
    private readonly Dictionary<string, Taakhouder> _rolhouders;
    private readonly Dictionary<string, Taakhouder> _gebruikers;
    /// <summary>False when only the steller was read (<see cref="StellerAsync"/>): who holds a role is then unknown.</summary>
    private readonly bool _metRollen;

    private OrganisatieSnapshot(Dictionary<int, Taakhouder> hoofden, Dictionary<Aspect, Taakhouder> adviseurs,
        Dictionary<string, Taakhouder> rolhouders, Dictionary<string, Taakhouder> gebruikers,
        Dictionary<string, (string? Email, string Naam)> adressen, bool metRollen = true)
    {
        _metRollen = metRollen;
        _hoofden = hoofden;
        _adviseurs = adviseurs;
        _rolhouders = rolhouders;
        _gebruikers = gebruikers;
        Adressen = adressen;
    }

    /// <summary>The mail address and name of every active user read, so the mail of the transition needs no second query for them.</summary>
    public IReadOnlyDictionary<string, (string? Email, string Naam)> Adressen { get; }

    /// <summary>
    /// One query: every user who heads an afdeling, is a primary advisor or holds a role, and the steller, each with
    /// what they hold. Only active users hold anything; the steller is known by name whether active or not.
    /// </summary>
    public static async Task<OrganisatieSnapshot> LaadAsync(BesluitvormingDbContext db, string stellerId, CancellationToken ct = default)
    {
        var gebruikers = new List<Gebruikersrij>();
        await foreach (var g in Gebruikersquery.Voor(db)(db, stellerId).WithCancellation(ct)) gebruikers.Add(g);
        var actief = gebruikers.Where(g => g.Actief).ToList();
        return new OrganisatieSnapshot(
            actief.SelectMany(g => g.Afdelingen, (g, a) => (a, g)).ToDictionary(p => p.a, p => new Taakhouder(p.g.Id, p.g.Naam)),
            actief.SelectMany(g => g.Aspecten, (g, a) => (a, g)).GroupBy(p => p.a)
                .ToDictionary(p => p.Key, p => new Taakhouder(p.First().g.Id, p.First().g.Naam)),
            actief.SelectMany(g => g.Rollen, (g, r) => (r, g)).ToDictionary(p => p.r, p => new Taakhouder(p.g.Id, p.g.Naam)),
            gebruikers.Where(g => g.Id == stellerId).ToDictionary(g => g.Id, g => new Taakhouder(g.Id, g.Naam)),
            actief.ToDictionary(g => g.Id, g => (g.Email, g.Naam)));
    }

    private sealed record Gebruikersrij(string Id, string Naam, string? Email, bool Actief, List<int> Afdelingen, List<Aspect> Aspecten,
        List<string> Rollen);

    // Compiled once per model: every transition reads it, and translating the LINQ anew each time cost a fair part of the query (issue 12, P1).
    private static readonly GecompileerdeQuery<Func<BesluitvormingDbContext, string, IAsyncEnumerable<Gebruikersrij>>> Gebruikersquery = new(() =>
        EF.CompileAsyncQuery<BesluitvormingDbContext, string, Gebruikersrij>((db, stellerId) => db.Users.AsNoTracking()
            .Where(g => g.Id == stellerId || (g.Actief && (db.Afdelingen.Any(a => a.AfdelingshoofdId == g.Id)
                || db.AdviseurAspecten.Any(a => a.Primair && a.GebruikerId == g.Id) || db.Rolhouders.Any(r => r.GebruikerId == g.Id))))
            .OrderBy(g => g.Id)
            .Select(g => new Gebruikersrij(
                g.Id,
                g.Naam,
                g.Email,
                g.Actief,
                db.Afdelingen.Where(a => a.AfdelingshoofdId == g.Id).Select(a => a.Id).ToList(),
                db.AdviseurAspecten.Where(a => a.Primair && a.GebruikerId == g.Id).Select(a => a.Aspect).ToList(),
                db.Rolhouders.Where(r => r.GebruikerId == g.Id).Select(r => r.Rol).ToList()))
            .AsSingleQuery()));

    /// <summary>
    /// Only the steller, for a change that opens and closes no task (a remark): its one mail goes to the steller, and
    /// reading every role holder cost a remark a quarter of its time (issue 12, P1). Asking it who holds a role is a
    /// programming error and says so, rather than answering "nobody".
    /// </summary>
    public static async Task<OrganisatieSnapshot> StellerAsync(BesluitvormingDbContext db, string stellerId, CancellationToken ct = default)
    {
        var g = await Stellerquery.Voor(db)(db, stellerId, ct);
        return new OrganisatieSnapshot([], [], [],
            g is null ? [] : new Dictionary<string, Taakhouder> { [g.Id] = new(g.Id, g.Naam) },
            g is { Actief: true } ? new Dictionary<string, (string? Email, string Naam)> { [g.Id] = (g.Email, g.Naam) } : [],
            metRollen: false);
    }

    private sealed record Stellerrij(string Id, string Naam, string? Email, bool Actief);

    private static readonly GecompileerdeQuery<Func<BesluitvormingDbContext, string, CancellationToken, Task<Stellerrij?>>> Stellerquery = new(() =>
        EF.CompileAsyncQuery((BesluitvormingDbContext db, string stellerId, CancellationToken ct) => db.Users.AsNoTracking()
            .Where(g => g.Id == stellerId).Select(g => new Stellerrij(g.Id, g.Naam, g.Email, g.Actief)).SingleOrDefault()));

    public Taakhouder? Afdelingshoofd(int afdelingId) => MetRollen()._hoofden.GetValueOrDefault(afdelingId);
    public Taakhouder? Adviseur(Aspect aspect) => MetRollen()._adviseurs.GetValueOrDefault(aspect);
    public Taakhouder? Rolhouder(string rol) => MetRollen()._rolhouders.GetValueOrDefault(rol);

    private OrganisatieSnapshot MetRollen() => _metRollen ? this
        : throw new InvalidOperationException("Van de organisatie is alleen de steller gelezen (OrganisatieSnapshot.StellerAsync).");
    public Taakhouder? Gebruiker(string id) => _gebruikers.GetValueOrDefault(id);
}
