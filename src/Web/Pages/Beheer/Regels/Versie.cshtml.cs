using Besluitvorming.Rules;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Regels;

/// <summary>One version: its JSON, the diff against the active version, a dry run on a proposal, and activation.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class VersieModel(BesluitvormingDbContext db, RegelsetBeheer beheer, ActorLader actors) : PageModel
{
    public RegelsetVersie Versie { get; private set; } = null!;
    public RegelsetVersie? Actief { get; private set; }
    public IReadOnlyList<Regeldiff.Regel> Diff { get; private set; } = [];
    public string Json { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? VoorstelId { get; set; }

    public Regeluitkomst? Proefdraai { get; private set; }
    public string? ProefdraaiFout { get; private set; }

    public async Task<IActionResult> OnGetAsync(string naam, int versie)
    {
        if (!await LaadAsync(naam, versie)) return NotFound();
        if (VoorstelId is { } id)
        {
            try
            {
                Proefdraai = await beheer.ProefdraaiAsync(Versie, id, HttpContext.RequestAborted);
                if (Proefdraai is null) ProefdraaiFout = $"Er is geen voorstel met nummer {id}.";
            }
            catch (RegelsetOngeldigException e)
            {
                ProefdraaiFout = $"Deze versie kan niet worden uitgevoerd: {string.Join("; ", e.Fouten)}";
            }
            catch (RegelwerkTeZwaarException e)
            {
                ProefdraaiFout = e.Message;
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostActiverenAsync(string naam, int versie)
    {
        if (!await LaadAsync(naam, versie)) return NotFound();
        var actor = await actors.HuidigeAsync();
        try
        {
            await beheer.ActiveerAsync(naam, versie, actor.Naam);
        }
        catch (DbUpdateException)
        {
            // The unique index on the active version: someone else activated a version of this set at the same moment.
            TempData["Fout"] = "Iemand anders heeft tegelijk een versie van deze regelset geactiveerd. Bekijk de actuele stand en probeer het zo nodig opnieuw.";
            return RedirectToPage("Versie", new { naam, versie });
        }
        catch (RegelsetOngeldigException e)
        {
            TempData["Fout"] = $"Deze versie kan niet worden geactiveerd: {string.Join("; ", e.Fouten)}";
            return RedirectToPage("Versie", new { naam, versie });
        }
        catch (RegelwerkTeZwaarException e)
        {
            TempData["Fout"] = $"Deze versie is niet geactiveerd. {e.Message}";
            return RedirectToPage("Versie", new { naam, versie });
        }
        TempData["Succes"] = $"Versie {versie} van {naam} is nu actief; ze geldt vanaf nu voor elke controle.";
        return RedirectToPage("Versie", new { naam, versie });
    }

    private async Task<bool> LaadAsync(string naam, int versie)
    {
        var v = await db.RegelsetVersies.AsNoTracking().SingleOrDefaultAsync(r => r.Naam == naam && r.Versie == versie);
        if (v is null) return false;
        Versie = v;
        Actief = await db.RegelsetVersies.AsNoTracking().SingleOrDefaultAsync(r => r.Naam == naam && r.Status == Regelsetstatus.Actief);
        Json = Regeldiff.Netjes(v.Json);
        if (Actief is not null && Actief.Id != v.Id) Diff = Regeldiff.Bereken(Actief.Json, v.Json);
        return true;
    }
}
