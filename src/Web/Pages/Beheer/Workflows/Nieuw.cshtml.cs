using System.Text.RegularExpressions;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Workflows;

/// <summary>
/// A new version (or a new definition), pasted or uploaded, in two steps: check it and see what it changes, then store
/// it. Storing checks again and refuses a text that differs from the one the beheerder saw checked.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
[RequestSizeLimit(2_000_000)]
public sealed partial class NieuwModel(BesluitvormingDbContext db, WorkflowBeheer beheer, ActorLader actors) : PageModel
{
    [BindProperty]
    public string? Json { get; set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    /// <summary>The hash of the text that passed the check; storing needs the same text.</summary>
    [BindProperty]
    public string? GecontroleerdeHash { get; set; }

    public WorkflowBeheer.Controle? Controle { get; private set; }

    /// <summary>Starts from the highest version of <paramref name="naam"/> with its version number raised.</summary>
    public async Task<IActionResult> OnGetAsync(string? naam, CancellationToken ct)
    {
        if (naam is null) return Page();
        var hoogste = await db.WorkflowDefinities.AsNoTracking().Where(w => w.Naam == naam).OrderByDescending(w => w.Versie)
            .Select(w => new { w.Versie, w.Json }).FirstOrDefaultAsync(ct);
        if (hoogste is null) return NotFound();
        Json = VersieVeld().Replace(hoogste.Json, $"${{1}}{hoogste.Versie + 1}", 1);
        return Page();
    }

    public async Task<IActionResult> OnPostControlerenAsync(CancellationToken ct)
    {
        if (Bestand is { Length: > 0 })
        {
            using var lezer = new StreamReader(Bestand.OpenReadStream());
            Json = await lezer.ReadToEndAsync(ct);
            // What was checked (the file's text) is what the field shows, so that is what gets stored.
            ModelState.SetModelValue(nameof(Json), Json, Json);
        }
        Controle = await beheer.ControleerAsync(Json, ct);
        return Toon();
    }

    public async Task<IActionResult> OnPostOpslaanAsync(CancellationToken ct)
    {
        if (Json is null || GecontroleerdeHash != WorkflowBeheer.Hash(Json))
        {
            Controle = await beheer.ControleerAsync(Json, ct);
            ModelState.AddModelError(string.Empty, "De tekst is na de controle gewijzigd. Bekijk de controle hieronder en sla daarna op.");
            return Toon(algemeen: false);
        }
        var actor = await actors.HuidigeAsync(ct);
        var (record, controle) = await beheer.OpslaanAsync(Json, actor.Naam, ct);
        Controle = controle;
        if (record is null) return Toon();
        TempData["Succes"] = $"Versie {record.Versie} van {record.Naam} is opgeslagen door {actor.Naam}. Nieuwe zaken starten op deze versie; lopende zaken houden de hunne.";
        return RedirectToPage("Versie", new { naam = record.Naam, versie = record.Versie });
    }

    private PageResult Toon(bool algemeen = true)
    {
        GecontroleerdeHash = null;
        ModelState.Remove(nameof(GecontroleerdeHash));
        if (Controle!.InOrde)
        {
            GecontroleerdeHash = WorkflowBeheer.Hash(Json!);
            return Page();
        }
        if (algemeen) ModelState.AddModelError(string.Empty, "De workflow is niet opgeslagen. Verbeter deze fouten:");
        foreach (var p in Controle.Problemen) ModelState.AddModelError(nameof(Json), p);
        return Page();
    }

    /// <summary>The first "versie": n of the file (the definition's own; states have none).</summary>
    [GeneratedRegex("(\"versie\"\\s*:\\s*)\\d+")]
    private static partial Regex VersieVeld();
}
