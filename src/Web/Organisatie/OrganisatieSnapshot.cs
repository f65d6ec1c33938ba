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

    private OrganisatieSnapshot(Dictionary<int, Taakhouder> hoofden, Dictionary<Aspect, Taakhouder> adviseurs,
        Dictionary<string, Taakhouder> rolhouders, Dictionary<string, Taakhouder> gebruikers)
    {
        _hoofden = hoofden;
        _adviseurs = adviseurs;
        _rolhouders = rolhouders;
        _gebruikers = gebruikers;
    }

    public static async Task<OrganisatieSnapshot> LaadAsync(BesluitvormingDbContext db, string stellerId, CancellationToken ct = default)
    {
        var hoofden = await (from a in db.Afdelingen
                             join g in db.Users on a.AfdelingshoofdId equals g.Id
                             where g.Actief
                             select new { a.Id, g.Naam, GebruikerId = g.Id }).ToListAsync(ct);
        var adviseurs = await (from a in db.AdviseurAspecten
                               join g in db.Users on a.GebruikerId equals g.Id
                               where a.Primair && g.Actief
                               select new { a.Aspect, g.Naam, GebruikerId = g.Id }).ToListAsync(ct);
        var rolhouders = await (from r in db.Rolhouders
                                join g in db.Users on r.GebruikerId equals g.Id
                                where g.Actief
                                select new { r.Rol, g.Naam, GebruikerId = g.Id }).ToListAsync(ct);
        var steller = await db.Users.Where(g => g.Id == stellerId).Select(g => new { g.Id, g.Naam }).ToListAsync(ct);

        return new OrganisatieSnapshot(
            hoofden.ToDictionary(h => h.Id, h => new Taakhouder(h.GebruikerId, h.Naam)),
            adviseurs.GroupBy(a => a.Aspect).ToDictionary(g => g.Key, g => new Taakhouder(g.First().GebruikerId, g.First().Naam)),
            rolhouders.ToDictionary(r => r.Rol, r => new Taakhouder(r.GebruikerId, r.Naam)),
            steller.ToDictionary(s => s.Id, s => new Taakhouder(s.Id, s.Naam)));
    }

    public Taakhouder? Afdelingshoofd(int afdelingId) => _hoofden.GetValueOrDefault(afdelingId);
    public Taakhouder? Adviseur(Aspect aspect) => _adviseurs.GetValueOrDefault(aspect);
    public Taakhouder? Rolhouder(string rol) => _rolhouders.GetValueOrDefault(rol);
    public Taakhouder? Gebruiker(string id) => _gebruikers.GetValueOrDefault(id);
}
