using System.Security.Claims;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Organisatie;

/// <summary>Builds the <see cref="Actor"/> for the signed-in user from the database (not from stale cookie claims).</summary>
public sealed class ActorLader(BesluitvormingDbContext db, IHttpContextAccessor http, Sessiecache sessies)
{
    private Actor? _huidig;

    public async Task<Actor> HuidigeAsync(CancellationToken ct = default)
    {
        if (_huidig is not null) return _huidig;
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("Er is niemand ingelogd.");
        return _huidig = await LaadAsync(db, id, ct);
    }

    /// <summary>
    /// The session check of every signed-in request (see IdentiteitExtensions): whether <paramref name="stempel"/> is the
    /// account's current security stamp (false when the account is gone or inactive). Served from the instance's
    /// <see cref="Sessiecache"/> when it keeps that stamp, else one query that also reads the actor; either way the
    /// page's <see cref="HuidigeAsync"/> costs no second one.
    /// </summary>
    public async Task<bool> SessieGeldigAsync(string gebruikerId, string stempel, CancellationToken ct = default)
    {
        if (sessies.Geldig(gebruikerId, stempel) is { } bewaard)
        {
            _huidig = bewaard;
            return true;
        }
        var stand = sessies.Stand;
        var (actor, actueel) = await LaadMetStempelAsync(db, gebruikerId, ct);
        if (actor is null || actueel is null || !string.Equals(actueel, stempel, StringComparison.Ordinal)) return false;
        _huidig = actor;
        sessies.Bewaar(gebruikerId, actor, actueel, stand);
        return true;
    }

    /// <summary>One query: the user with their roles, advice aspects and whom they deputise for.</summary>
    public static async Task<Actor> LaadAsync(BesluitvormingDbContext db, string gebruikerId, CancellationToken ct = default) =>
        (await LaadMetStempelAsync(db, gebruikerId, ct)).Actor ?? throw new InvalidOperationException($"Gebruiker {gebruikerId} bestaat niet.");

    /// <summary>The actor and, for an active account, its security stamp; no actor when the account does not exist.</summary>
    private static async Task<(Actor? Actor, string? Stempel)> LaadMetStempelAsync(BesluitvormingDbContext db, string gebruikerId,
        CancellationToken ct)
    {
        var g = await Gebruikersquery.Voor(db)(db, gebruikerId, ct);
        if (g is null) return (null, null);
        var rollen = g.Actief ? g.Rollen.ToHashSet() : [];
        return (new Actor(g.Id, g.Naam, rollen, g.Aspecten.ToHashSet(), g.AfdelingId, g.Vervangt.ToHashSet()), g.Actief ? g.SecurityStamp : null);
    }

    private sealed record Gebruikersrij(string Id, string Naam, bool Actief, int? AfdelingId, string? SecurityStamp, List<string> Rollen,
        List<Besluitvorming.Workflows.Voorstellen.Aspect> Aspecten, List<string> Vervangt);

    // Compiled once per model: every signed-in request runs it (the session check), and translating the LINQ anew each time
    // (parameter extraction, the query cache's key) cost about a quarter of the query (issue 12, P1).
    private static readonly GecompileerdeQuery<Func<BesluitvormingDbContext, string, CancellationToken, Task<Gebruikersrij?>>> Gebruikersquery = new(() =>
        EF.CompileAsyncQuery((BesluitvormingDbContext db, string gebruikerId, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == gebruikerId).Select(u => new Gebruikersrij(
                u.Id,
                u.Naam,
                u.Actief,
                u.AfdelingId,
                u.SecurityStamp,
                (from ur in db.UserRoles
                 join r in db.Roles on ur.RoleId equals r.Id
                 where ur.UserId == u.Id
                 select r.Name!).ToList(),
                db.AdviseurAspecten.Where(a => a.GebruikerId == u.Id).Select(a => a.Aspect).ToList(),
                db.Plaatsvervangingen.Where(p => p.PlaatsvervangerId == u.Id).Select(p => p.HouderId).ToList()))
            .AsSingleQuery().SingleOrDefault()));
}
