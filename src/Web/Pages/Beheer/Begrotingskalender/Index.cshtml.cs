using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Begrotingskalender;

/// <summary>The budget calendar: per year the Voorjaarsnota and Kadernota deadlines the rules compare against.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class IndexModel(BesluitvormingDbContext db) : PageModel
{
    public sealed class Formulier
    {
        /// <summary>The year being edited; null when adding a year.</summary>
        public int? OrigineelJaar { get; set; }
        public int? Jaar { get; set; }
        public DateOnly? VoorjaarsnotaDeadline { get; set; }
        public DateOnly? KadernotaDeadline { get; set; }
    }

    [BindProperty]
    public Formulier Invoer { get; set; } = new();

    public IReadOnlyList<Begrotingsjaar> Jaren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? jaar)
    {
        if (jaar is { } j)
        {
            var bestaand = await db.Begrotingskalender.AsNoTracking().SingleOrDefaultAsync(b => b.Jaar == j);
            if (bestaand is null) return NotFound();
            Invoer = new Formulier
            {
                OrigineelJaar = j, Jaar = j, VoorjaarsnotaDeadline = bestaand.VoorjaarsnotaDeadline, KadernotaDeadline = bestaand.KadernotaDeadline,
            };
        }
        await LaadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var i = Invoer;
        void Fout(string veld, string melding) => ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
        if (i.Jaar is null) Fout(nameof(i.Jaar), "Vul het jaar in.");
        else if (i.Jaar is < 2000 or > 2100) Fout(nameof(i.Jaar), "Vul een jaar tussen 2000 en 2100 in.");
        if (i.VoorjaarsnotaDeadline is null) Fout(nameof(i.VoorjaarsnotaDeadline), "Vul de deadline van de Voorjaarsnota in.");
        if (i.KadernotaDeadline is null) Fout(nameof(i.KadernotaDeadline), "Vul de deadline van de Kadernota in.");
        if (i.Jaar is { } jaar && jaar != i.OrigineelJaar && await db.Begrotingskalender.AnyAsync(b => b.Jaar == jaar))
            Fout(nameof(i.Jaar), $"Het jaar {jaar} staat al in de begrotingskalender; wijzig dat jaar in plaats van het opnieuw toe te voegen.");
        if (i.OrigineelJaar is { } origineel && !await db.Begrotingskalender.AnyAsync(b => b.Jaar == origineel))
            Fout(nameof(i.Jaar), $"Het jaar {origineel} staat niet (meer) in de begrotingskalender.");
        if (!ModelState.IsValid)
        {
            await LaadAsync();
            return Page();
        }

        if (i.OrigineelJaar is { } oud && oud == i.Jaar)
        {
            var bestaand = await db.Begrotingskalender.SingleAsync(b => b.Jaar == oud);
            bestaand.VoorjaarsnotaDeadline = i.VoorjaarsnotaDeadline!.Value;
            bestaand.KadernotaDeadline = i.KadernotaDeadline!.Value;
        }
        else
        {
            // A changed year is a different key: the old row goes, the new one comes, in one save.
            if (i.OrigineelJaar is { } ander) db.Begrotingskalender.Remove(await db.Begrotingskalender.SingleAsync(b => b.Jaar == ander));
            db.Begrotingskalender.Add(new Begrotingsjaar
            {
                Jaar = i.Jaar!.Value, VoorjaarsnotaDeadline = i.VoorjaarsnotaDeadline!.Value, KadernotaDeadline = i.KadernotaDeadline!.Value,
            });
        }
        await db.SaveChangesAsync();
        TempData["Succes"] = $"De deadlines van {i.Jaar} zijn opgeslagen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int jaar)
    {
        var bestaand = await db.Begrotingskalender.SingleOrDefaultAsync(b => b.Jaar == jaar);
        if (bestaand is null) return NotFound();
        db.Begrotingskalender.Remove(bestaand);
        await db.SaveChangesAsync();
        TempData["Succes"] = $"Het jaar {jaar} is uit de begrotingskalender verwijderd.";
        return RedirectToPage();
    }

    private async Task LaadAsync() =>
        Jaren = await db.Begrotingskalender.AsNoTracking().OrderBy(b => b.Jaar).ToListAsync();
}
