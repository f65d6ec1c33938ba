using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>Moves a meeting (date, time, closing date, location); the proposals planned on it go along, with a mail to each steller.</summary>
[Authorize(Roles = Vergaderplanning.Beheerders)]
public sealed class VerplaatsenModel(BesluitvormingDbContext db, Vergaderplanning planning, ActorLader actors, TimeProvider klok)
    : Vergaderingpagina(db, planning, actors, klok)
{
    public sealed class Formulier
    {
        public DateOnly? Datum { get; set; }
        public TimeOnly? Aanvang { get; set; }
        public DateOnly? Sluitingsdatum { get; set; }
        public string? Locatie { get; set; }
        public string? Reden { get; set; }
    }

    [BindProperty]
    public Formulier Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is not { } m) return NotFound();
        Invoer = new Formulier { Datum = m.Datum, Aanvang = m.Aanvang, Sluitingsdatum = m.Sluitingsdatum, Locatie = m.Locatie };
        if (Onveranderlijk() is { } waarom) ModelState.AddModelError("", waarom);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LaadAsync(id) is not { } vergadering) return NotFound();
        var i = Invoer;
        void Fout(string veld, string melding) => ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
        if (Onveranderlijk() is { } waarom) ModelState.AddModelError("", waarom);
        if (i.Datum is null) Fout(nameof(i.Datum), "Vul de nieuwe datum van de vergadering in.");
        else if (i.Datum < Vandaag) Fout(nameof(i.Datum), "De nieuwe datum ligt in het verleden.");
        if (i.Aanvang is null) Fout(nameof(i.Aanvang), "Vul de aanvangstijd in.");
        if (i.Sluitingsdatum is null) Fout(nameof(i.Sluitingsdatum), "Vul de sluitingsdatum voor agendapunten in.");
        if (i.Datum is { } d && i.Sluitingsdatum is { } s && s > d) Fout(nameof(i.Sluitingsdatum), "De sluitingsdatum ligt op of voor de vergaderdatum.");
        var fouten = new Dictionary<string, string>();
        Veldlengtes.Controleer(fouten, nameof(i.Locatie), i.Locatie, Vergaderdatum.LocatieLengte);
        foreach (var (veld, melding) in fouten) Fout(veld, melding);
        ControleerReden(i.Reden, $"{nameof(Invoer)}.{nameof(i.Reden)}");
        if (i.Datum is { } datum && datum != vergadering.Datum && await Planning.BezetAsync(vergadering, datum))
            Fout(nameof(i.Datum), $"Er is al een vergadering van {Vergaderplanning.Orgaan(vergadering.Soort)} op {datum:d MMMM yyyy}.");
        if (!ModelState.IsValid) return Page();

        var was = vergadering.Datum;
        try
        {
            var aantal = await Planning.VerplaatsAsync(vergadering, i.Datum!.Value, i.Aanvang!.Value, i.Sluitingsdatum!.Value, i.Locatie,
                i.Reden!, await ActorAsync());
            TempData["Succes"] = i.Datum == was
                ? $"De vergadering van {was:d MMMM yyyy} is gewijzigd."
                : $"De vergadering van {was:d MMMM yyyy} is verplaatst naar {i.Datum:d MMMM yyyy}; " +
                  $"{(aantal == 1 ? "één voorstel is" : $"{aantal} voorstellen zijn")} meeverplaatst.";
            return NaarLijst();
        }
        catch (VoorstelFout e)
        {
            ModelState.AddModelError("", e.Message);
            await LaadAsync(id);
            return Page();
        }
    }
}
