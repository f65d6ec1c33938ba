using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// What the move and cancel pages share: the meeting from the route, the proposals that go along, the reason, and the
/// rule that only a meeting still to come that goes ahead can be changed.
/// </summary>
public abstract class Vergaderingpagina(BesluitvormingDbContext db, Vergaderplanning planning, ActorLader actors, TimeProvider klok)
    : PageModel
{
    protected Vergaderplanning Planning => planning;

    public Vergaderdatum Vergadering { get; private set; } = null!;

    public Vergaderplanning.GeplandeVoorstellen Gepland { get; private set; } = new([], 0);

    public DateOnly Vandaag => DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

    /// <summary>Loads the meeting (tracked, for the change) and what is planned on it; null when it does not exist.</summary>
    protected async Task<Vergaderdatum?> LaadAsync(int id)
    {
        if (await db.Vergaderkalender.SingleOrDefaultAsync(m => m.Id == id) is not { } vergadering) return null;
        Vergadering = vergadering;
        Gepland = await planning.GeplandeVoorstellenAsync(vergadering, await actors.HuidigeAsync(), Vandaag);
        return vergadering;
    }

    /// <summary>Why this meeting cannot be changed any more, if so.</summary>
    protected string? Onveranderlijk() =>
        Vergadering.IsGeannuleerd ? "Deze vergadering is geannuleerd."
        : Vergadering.Datum < Vandaag ? "Deze vergadering is al geweest en kan niet meer worden gewijzigd."
        : null;

    /// <summary>Checks the reason (required, at most its column, no control characters) into the model state.</summary>
    protected void ControleerReden(string? reden, string veld)
    {
        if (string.IsNullOrWhiteSpace(reden))
        {
            ModelState.AddModelError(veld, "Vul de reden in; de stellers krijgen die te lezen.");
            return;
        }
        var fouten = new Dictionary<string, string>();
        Veldlengtes.Controleer(fouten, veld, reden, Vergaderdatum.RedenLengte);
        foreach (var (v, melding) in fouten) ModelState.AddModelError(v, melding);
    }

    protected Task<Actor> ActorAsync() => actors.HuidigeAsync();

    protected IActionResult NaarLijst() =>
        RedirectToPage("/Vergaderingen/Index", new { Van = Vergadering.Datum.ToString("yyyy-MM-dd"), Soort = Vergadering.Soort });
}
