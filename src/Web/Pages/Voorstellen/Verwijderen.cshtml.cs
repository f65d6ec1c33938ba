using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// Deleting a concept that was never submitted: the GET asks for confirmation and changes nothing; the POST deletes
/// it with its attachments. A draft without a number: only the steller and the steller's deputy. An import that was
/// never submitted: only the bestuurssecretariaat and the beheerder, with a motivering for the audit trail
/// (<see cref="Voorstel.MagVerwijderen"/>, <see cref="Verwijderregel"/>).
/// </summary>
[Authorize(Roles = Rollen.Steller + "," + Rollen.Bestuurssecretariaat + "," + Rollen.Beheerder)]
public sealed class VerwijderenModel(VoorstelDienst dienst) : PageModel
{
    public Voorstel Voorstel { get; private set; } = null!;

    [BindProperty]
    public int? Revisie { get; set; }

    /// <summary>Why a mistaken import goes; asked only for an import.</summary>
    [BindProperty, MaxTekens(Verwijderregel.MotiveringLengte)]
    public string? Motivering { get; set; }

    public bool IsImport => Voorstel.Registratienummer is not null;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        Revisie = Voorstel.Revisie;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        if (!ModelState.IsValid) return Page();
        try
        {
            var onderwerp = await dienst.VerwijderConceptAsync(id, Revisie, motivering: Motivering);
            TempData["Succes"] = IsImport
                ? $"Het geïmporteerde voorstel {Voorstel.Registratienummer} is verwijderd; het registratienummer is weer vrij."
                : string.IsNullOrWhiteSpace(onderwerp) ? "Het concept is verwijderd." : $"Het concept '{onderwerp}' is verwijderd.";
            return IsImport ? RedirectToPage("Importeren") : RedirectToPage("Index");
        }
        catch (GeenToegangException)
        {
            return NotFound();
        }
        catch (ActieOngeldigException e)
        {
            foreach (var (veld, melding) in e.Fouten) ModelState.AddModelError(veld, melding);
            return Page();
        }
        catch (VoorstelGewijzigdException e)
        {
            // Changed since the confirmation was shown: show it again as it is now.
            if (await LaadAsync(id) is { } weg) return weg;
            ModelState.Remove(nameof(Revisie));
            Revisie = Voorstel.Revisie;
            ModelState.AddModelError(string.Empty, $"{e.Message} Het voorstel is niet verwijderd.");
            return Page();
        }
        catch (VoorstelFout e)
        {
            TempData["Fout"] = e.Message;
            return RedirectToPage("Details", new { id });
        }
    }

    /// <summary>
    /// A draft is private to its steller: to anyone else it does not exist. An import is registered: its steller and
    /// the bestuurssecretariaat know it, and the steller is told who may delete it. A submitted one cannot go.
    /// </summary>
    private async Task<IActionResult?> LaadAsync(int id)
    {
        var voorstel = await dienst.LaadAsync(id);
        if (voorstel is null) return NotFound();
        var ctx = await dienst.LeescontextAsync(voorstel);
        if (!voorstel.MagVerwijderen(ctx.Actor, ctx.Definitie))
        {
            var betrokken = voorstel.IsVanSteller(ctx.Actor) || (voorstel.Registratienummer is not null && Voorstel.MagImporteren(ctx.Actor));
            if (!betrokken) return NotFound();
            TempData["Fout"] = voorstel.IsOningediendeImport(ctx.Definitie)
                ? "Een geïmporteerd voorstel kan alleen het bestuurssecretariaat of de beheerder verwijderen."
                : "Dit voorstel is al ingediend en kan niet meer worden verwijderd; u kunt het wel intrekken.";
            return RedirectToPage("Details", new { id });
        }
        Voorstel = voorstel;
        return null;
    }
}
