using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages;

public sealed class IndexModel(BesluitvormingDbContext db, ActorLader actors) : PageModel
{
    public string Naam { get; private set; } = "";
    public int OpenTaken { get; private set; }
    public int MijnVoorstellen { get; private set; }
    public bool MagOverzicht { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.HuidigeAsync();
        Naam = actor.Naam;
        OpenTaken = (await Taken.MijnTakenModel.LaadAsync(db, actor)).Count;
        MijnVoorstellen = await db.Voorstellen.CountAsync(v => v.StellerId == actor.Id);
        MagOverzicht = new[] { Rollen.Bestuurssecretariaat, Rollen.Directieteam, Rollen.DtSecretaris, Rollen.Griffie, Rollen.College }
            .Any(actor.HeeftRol);
    }
}
