using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// The meetings of DT, OR, B&amp;W and raad from a date on, per body and status; add a meeting (an extra B&amp;W, say).
/// Moving and cancelling have their own pages, which show what moves along before it happens.
/// </summary>
[Authorize(Roles = Vergaderplanning.Beheerders)]
public sealed class IndexModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public const int Maximum = 60;

    public sealed class Formulier
    {
        public Vergadersoort Soort { get; set; } = Vergadersoort.College;
        public DateOnly? Datum { get; set; }
        public TimeOnly? Aanvang { get; set; }
        public DateOnly? Sluitingsdatum { get; set; }
        public string? Locatie { get; set; }
    }

    [BindProperty]
    public Formulier Invoer { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public Vergadersoort? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public Vergaderstatus? Status { get; set; }

    public IReadOnlyList<Vergaderdatum> Vergaderingen { get; private set; } = [];

    public DateOnly Vandaag => DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

    public async Task OnGetAsync() => await LaadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var i = Invoer;
        void Fout(string veld, string melding) => ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
        if (!Enum.IsDefined(i.Soort)) Fout(nameof(i.Soort), "Kies het orgaan dat vergadert.");
        if (i.Datum is null) Fout(nameof(i.Datum), "Vul de datum van de vergadering in.");
        else if (i.Datum < Vandaag) Fout(nameof(i.Datum), "De datum ligt in het verleden.");
        if (i.Aanvang is null) Fout(nameof(i.Aanvang), "Vul de aanvangstijd in.");
        if (i.Sluitingsdatum is null) Fout(nameof(i.Sluitingsdatum), "Vul de sluitingsdatum voor agendapunten in.");
        if (i.Datum is { } d && i.Sluitingsdatum is { } s && s > d) Fout(nameof(i.Sluitingsdatum), "De sluitingsdatum ligt op of voor de vergaderdatum.");
        var fouten = new Dictionary<string, string>();
        Veldlengtes.Controleer(fouten, nameof(i.Locatie), i.Locatie, Vergaderdatum.LocatieLengte);
        foreach (var (veld, melding) in fouten) Fout(veld, melding);
        if (i.Datum is { } datum && Enum.IsDefined(i.Soort) && await db.Vergaderkalender.AnyAsync(m => m.Soort == i.Soort && m.Datum == datum))
            Fout(nameof(i.Datum), $"Er is al een vergadering van {Vergaderplanning.Orgaan(i.Soort)} op {datum:d MMMM yyyy}; " +
                                  "verplaats of wijzig die in de lijst.");
        if (!ModelState.IsValid)
        {
            await LaadAsync();
            return Page();
        }
        db.Vergaderkalender.Add(new Vergaderdatum
        {
            Soort = i.Soort, Datum = i.Datum!.Value, Aanvang = i.Aanvang!.Value, Sluitingsdatum = i.Sluitingsdatum!.Value,
            Locatie = string.IsNullOrWhiteSpace(i.Locatie) ? null : i.Locatie.Trim(),
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone added the same meeting a moment ago (unique body and date).
            db.ChangeTracker.Clear();
            Fout(nameof(i.Datum), $"Er is al een vergadering van {Vergaderplanning.Orgaan(i.Soort)} op {i.Datum:d MMMM yyyy}.");
            await LaadAsync();
            return Page();
        }
        TempData["Succes"] = $"De vergadering van {Vergaderplanning.Orgaan(i.Soort)} op {i.Datum:d MMMM yyyy} is toegevoegd.";
        return RedirectToPage(new { Van = (Van ?? i.Datum)?.ToString("yyyy-MM-dd"), Soort });
    }

    private async Task LaadAsync()
    {
        var van = Van ?? Vandaag;
        var q = db.Vergaderkalender.AsNoTracking().Where(m => m.Datum >= van);
        if (Soort is { } soort) q = q.Where(m => m.Soort == soort);
        if (Status is { } status) q = q.Where(m => m.Status == status);
        Vergaderingen = await q.OrderBy(m => m.Datum).ThenBy(m => m.Aanvang).ThenBy(m => m.Soort).Take(Maximum).ToListAsync();
    }
}
