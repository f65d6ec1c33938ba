using System.Security.Claims;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Organisatie;

/// <summary>Builds the <see cref="Actor"/> for the signed-in user from the database (not from stale cookie claims).</summary>
public sealed class ActorLader(BesluitvormingDbContext db, IHttpContextAccessor http)
{
    private Actor? _huidig;

    public async Task<Actor> HuidigeAsync(CancellationToken ct = default)
    {
        if (_huidig is not null) return _huidig;
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("Er is niemand ingelogd.");
        return _huidig = await LaadAsync(db, id, ct);
    }

    /// <summary>One query: the user with their roles, advice aspects and whom they deputise for.</summary>
    public static async Task<Actor> LaadAsync(BesluitvormingDbContext db, string gebruikerId, CancellationToken ct = default)
    {
        var g = await db.Users.AsNoTracking().Where(u => u.Id == gebruikerId).Select(u => new
        {
            u.Id,
            u.Naam,
            u.Actief,
            u.AfdelingId,
            Rollen = (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where ur.UserId == u.Id
                      select r.Name!).ToList(),
            Aspecten = db.AdviseurAspecten.Where(a => a.GebruikerId == u.Id).Select(a => a.Aspect).ToList(),
            Vervangt = db.Plaatsvervangingen.Where(p => p.PlaatsvervangerId == u.Id).Select(p => p.HouderId).ToList(),
        }).AsSingleQuery().SingleAsync(ct);
        var rollen = g.Actief ? g.Rollen.ToHashSet() : [];
        return new Actor(g.Id, g.Naam, rollen, g.Aspecten.ToHashSet(), g.AfdelingId, g.Vervangt.ToHashSet());
    }
}
