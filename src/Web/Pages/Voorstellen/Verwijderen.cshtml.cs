using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// Deleting a concept that was never submitted: the GET asks for confirmation and changes nothing; the POST deletes
/// it with its attachments. Only for the steller and the steller's deputy (<see cref="Voorstel.MagVerwijderen"/>).
/// </summary>
[Authorize(Roles = Rollen.Steller)]
public sealed class VerwijderenModel(VoorstelDienst dienst) : PageModel
{
    public Voorstel Voorstel { get; private set; } = null!;

    [BindProperty]
    public int? Revisie { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        Revisie = Voorstel.Revisie;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        try
        {
            var onderwerp = await dienst.VerwijderConceptAsync(id, Revisie);
            TempData["Succes"] = string.IsNullOrWhiteSpace(onderwerp) ? "Het concept is verwijderd." : $"Het concept '{onderwerp}' is verwijderd.";
            return RedirectToPage("Index");
        }
        catch (GeenToegangException)
        {
            return NotFound();
        }
        catch (VoorstelGewijzigdException e)
        {
            // Changed since the confirmation was shown: show it again as it is now.
            if (await LaadAsync(id) is { } weg) return weg;
            ModelState.Remove(nameof(Revisie));
            Revisie = Voorstel.Revisie;
            ModelState.AddModelError(string.Empty, $"{e.Message} Het concept is niet verwijderd.");
            return Page();
        }
        catch (VoorstelFout e)
        {
            TempData["Fout"] = e.Message;
            return RedirectToPage("Details", new { id });
        }
    }

    /// <summary>A concept is private to its steller: to anyone else it does not exist. A submitted one cannot go.</summary>
    private async Task<IActionResult?> LaadAsync(int id)
    {
        var voorstel = await dienst.LaadAsync(id);
        if (voorstel is null) return NotFound();
        var ctx = await dienst.LeescontextAsync(voorstel);
        if (!voorstel.IsVanSteller(ctx.Actor)) return NotFound();
        if (!voorstel.MagVerwijderen(ctx.Actor, ctx.Definitie))
        {
            TempData["Fout"] = "Dit voorstel is al ingediend en kan niet meer worden verwijderd; u kunt het wel intrekken.";
            return RedirectToPage("Details", new { id });
        }
        Voorstel = voorstel;
        return null;
    }
}
