using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Regels;

/// <summary>Every rule set with its versions: who stored and who activated what, and when.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class IndexModel(BesluitvormingDbContext db) : PageModel
{
    public IReadOnlyList<IGrouping<string, RegelsetVersie>> Sets { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var versies = await db.RegelsetVersies.AsNoTracking()
            .Select(r => new RegelsetVersie
            {
                Id = r.Id, Naam = r.Naam, Versie = r.Versie, Status = r.Status, Toelichting = r.Toelichting,
                GewijzigdDoor = r.GewijzigdDoor, GewijzigdOp = r.GewijzigdOp, GeactiveerdDoor = r.GeactiveerdDoor, ActiefSinds = r.ActiefSinds,
            }).ToListAsync();
        Sets = versies.GroupBy(v => v.Naam).OrderBy(g => g.Key).ToList();
    }
}
