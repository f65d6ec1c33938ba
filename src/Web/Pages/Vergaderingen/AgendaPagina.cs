using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// What the agenda and the decision page share: the meeting's agenda for the signed-in user, who must be its body's
/// secretary (<see cref="MagBeheren"/>) or the beheerder (looking only); anyone else is refused.
/// </summary>
[Authorize]
public abstract class AgendaPagina(AgendaDienst agendas, ActorLader actors) : PageModel
{
    public Agendabeeld Beeld { get; private set; } = null!;
    public bool MagBeheren { get; private set; }

    protected AgendaDienst Agendas => agendas;

    /// <summary>Null when the page may be shown; else the 404 (no such meeting, or a body without agenda) or the refusal.</summary>
    protected async Task<IActionResult?> LaadAsync(int id)
    {
        var beeld = await agendas.LaadAsync(id);
        if (beeld is null) return NotFound();
        var actor = await actors.HuidigeAsync();
        if (!beeld.Soort.MagZien(actor)) return Forbid();
        Beeld = beeld;
        MagBeheren = beeld.Soort.MagBeheren(actor);
        return null;
    }

    public static string Datum(DateOnly? d) => Web.Voorstellen.Voorsteldocument.Datum(d);
}
