using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Vergaderkalender;

/// <summary>
/// The meeting calendar from a date on: add a meeting (an extra B&amp;W, say), move a closing date, cancel one
/// (a holiday). The rules take the first B&amp;W meeting on or after a proposal's target date.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class IndexModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public sealed class Formulier
    {
        public Vergadersoort Soort { get; set; } = Vergadersoort.College;
        public DateOnly? Datum { get; set; }
        public DateOnly? Sluitingsdatum { get; set; }
    }

    [BindProperty]
    public Formulier Invoer { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    public IReadOnlyList<Vergaderdatum> Vergaderingen { get; private set; } = [];

    public async Task OnGetAsync() => await LaadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var i = Invoer;
        void Fout(string veld, string melding) => ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
        if (i.Datum is null) Fout(nameof(i.Datum), "Vul de datum van de vergadering in.");
        if (i.Sluitingsdatum is null) Fout(nameof(i.Sluitingsdatum), "Vul de sluitingsdatum voor agendapunten in.");
        if (i.Datum is { } d && i.Sluitingsdatum is { } s && s > d) Fout(nameof(i.Sluitingsdatum), "De sluitingsdatum ligt op of voor de vergaderdatum.");
        if (i.Datum is { } datum && await db.Vergaderkalender.AnyAsync(m => m.Soort == i.Soort && m.Datum == datum))
        {
            var bestaand = await db.Vergaderkalender.SingleAsync(m => m.Soort == i.Soort && m.Datum == datum);
            if (ModelState.IsValid)
            {
                bestaand.Sluitingsdatum = i.Sluitingsdatum!.Value;
                await db.SaveChangesAsync();
                TempData["Succes"] = $"De sluitingsdatum van de vergadering van {datum:d MMMM yyyy} is gewijzigd.";
                return RedirectToPage(new { Van });
            }
        }
        if (!ModelState.IsValid)
        {
            await LaadAsync();
            return Page();
        }
        db.Vergaderkalender.Add(new Vergaderdatum { Soort = i.Soort, Datum = i.Datum!.Value, Sluitingsdatum = i.Sluitingsdatum!.Value });
        await db.SaveChangesAsync();
        TempData["Succes"] = $"De vergadering van {i.Datum:d MMMM yyyy} is toegevoegd.";
        return RedirectToPage(new { Van });
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int id)
    {
        var vergadering = await db.Vergaderkalender.SingleOrDefaultAsync(m => m.Id == id);
        if (vergadering is null) return NotFound();
        db.Vergaderkalender.Remove(vergadering);
        await db.SaveChangesAsync();
        TempData["Succes"] = $"De vergadering van {vergadering.Datum:d MMMM yyyy} is geschrapt.";
        return RedirectToPage(new { Van });
    }

    private async Task LaadAsync()
    {
        var van = Van ?? DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        Vergaderingen = await db.Vergaderkalender.AsNoTracking().Where(m => m.Datum >= van)
            .OrderBy(m => m.Datum).ThenBy(m => m.Soort).Take(40).ToListAsync();
    }
}
