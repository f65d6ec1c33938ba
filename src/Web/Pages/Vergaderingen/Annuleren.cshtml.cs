using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>Cancels a meeting with a reason; the page says first where the proposals planned on it go (the next meeting of that body).</summary>
[Authorize(Roles = Vergaderplanning.Beheerders)]
public sealed class AnnulerenModel(BesluitvormingDbContext db, Vergaderplanning planning, ActorLader actors, TimeProvider klok)
    : Vergaderingpagina(db, planning, actors, klok)
{
    [BindProperty]
    public string? Reden { get; set; }

    public Vergaderdatum? Volgende { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is null) return NotFound();
        Volgende = await Planning.VolgendeAsync(Vergadering);
        if (Onveranderlijk() is { } waarom) ModelState.AddModelError("", waarom);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LaadAsync(id) is not { } vergadering) return NotFound();
        Volgende = await Planning.VolgendeAsync(vergadering);
        if (Onveranderlijk() is { } waarom) ModelState.AddModelError("", waarom);
        ControleerReden(Reden, nameof(Reden));
        if (!ModelState.IsValid) return Page();
        try
        {
            var (aantal, naar) = await Planning.AnnuleerAsync(vergadering, Reden!, await ActorAsync());
            TempData["Succes"] = $"De vergadering van {vergadering.Datum:d MMMM yyyy} is geannuleerd" +
                                 (aantal == 0 ? "." : $"; {(aantal == 1 ? "één voorstel is" : $"{aantal} voorstellen zijn")} verplaatst naar {naar!.Datum:d MMMM yyyy}.");
            return NaarLijst();
        }
        catch (VoorstelFout e)
        {
            ModelState.AddModelError("", e.Message);
            await LaadAsync(id);
            Volgende = await Planning.VolgendeAsync(Vergadering);
            return Page();
        }
    }
}
