using Besluitvorming.Rules;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Regels;

/// <summary>
/// A new version, edited in the textarea or uploaded as a file. It is validated before anything is stored; a
/// valid one is stored as a concept, and the active version stays active until the beheerder activates another.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
[RequestSizeLimit(2_000_000)]
public sealed class NieuwModel(BesluitvormingDbContext db, RegelsetBeheer beheer, ActorLader actors) : PageModel
{
    [BindProperty]
    public string? Json { get; set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    [BindProperty, MaxTekens(RegelsetVersie.ToelichtingLengte)]
    public string? Toelichting { get; set; }

    public string Naam { get; private set; } = "";
    public IReadOnlyList<Regelfout> Fouten { get; private set; } = [];

    /// <summary>Start from this version instead of the active one.</summary>
    public async Task<IActionResult> OnGetAsync(string naam, int? van)
    {
        if (!await beheer.BestaatAsync(naam)) return NotFound();
        Naam = naam;
        Json = await db.RegelsetVersies.Where(r => r.Naam == naam && (van == null || r.Versie == van))
            .OrderByDescending(r => r.Status == Regelsetstatus.Actief).ThenByDescending(r => r.Versie)
            .Select(r => r.Json).FirstOrDefaultAsync();
        return Json is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string naam)
    {
        if (!await beheer.BestaatAsync(naam)) return NotFound();
        Naam = naam;
        if (Bestand is { Length: > 0 })
        {
            using var lezer = new StreamReader(Bestand.OpenReadStream());
            Json = await lezer.ReadToEndAsync();
        }
        if (ModelState.GetFieldValidationState(nameof(Toelichting)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(string.Empty, "De regelset is niet opgeslagen; de actieve versie blijft actief. Verbeter de toelichting.");
            return Page();
        }
        var actor = await actors.HuidigeAsync();
        var (versie, fouten) = await beheer.NieuweVersieAsync(naam, Json ?? "", Toelichting, actor.Naam);
        if (versie is null)
        {
            Fouten = fouten;
            ModelState.AddModelError(string.Empty, "De regelset is niet opgeslagen; de actieve versie blijft actief. Verbeter deze fouten:");
            // What was checked (an uploaded file's text) is what the field shows again, with each error linked to it.
            ModelState.SetModelValue(nameof(Json), Json, Json);
            foreach (var fout in fouten) ModelState.AddModelError(nameof(Json), fout.ToString());
            return Page();
        }
        TempData["Succes"] = $"Versie {versie.Versie} van {naam} is gecontroleerd en opgeslagen als concept. Ze is nog niet actief.";
        return RedirectToPage("Versie", new { naam, versie = versie.Versie });
    }
}
