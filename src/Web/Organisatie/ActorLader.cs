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

    public static async Task<Actor> LaadAsync(BesluitvormingDbContext db, string gebruikerId, CancellationToken ct = default)
    {
        var gebruiker = await db.Users.AsNoTracking().SingleAsync(g => g.Id == gebruikerId, ct);
        var rollen = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ur.UserId == gebruikerId
                            select r.Name!).ToListAsync(ct);
        var aspecten = await db.AdviseurAspecten.Where(a => a.GebruikerId == gebruikerId).Select(a => a.Aspect).ToListAsync(ct);
        var vervangt = await db.Plaatsvervangingen.Where(p => p.PlaatsvervangerId == gebruikerId).Select(p => p.HouderId).ToListAsync(ct);
        if (!gebruiker.Actief) rollen.Clear();
        return new Actor(gebruiker.Id, gebruiker.Naam, rollen.ToHashSet(), aspecten.ToHashSet(), gebruiker.AfdelingId, vervangt.ToHashSet());
    }
}
