using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// A remark in the timeline without a decision, from the proposal page; the steller gets a mail. When it cannot be
/// placed (empty, too long, or a save that keeps losing a race), this page shows why at the field with the typed
/// text still in it, ready to send again.
/// </summary>
public sealed class OpmerkingModel(VoorstelDienst dienst) : PageModel
{
    [BindProperty]
    [MaxTekens(Veldlengtes.Tekst)]
    public string? Tekst { get; set; }

    public int Id { get; private set; }

    public IActionResult OnGet(int id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "Uw opmerking is niet geplaatst.");
            return Page();
        }
        try
        {
            await dienst.PlaatsOpmerkingAsync(id, Tekst);
            TempData["Succes"] = "Uw opmerking staat in de tijdlijn.";
            return RedirectToPage("Details", new { id });
        }
        catch (ActieOngeldigException e)
        {
            ModelState.AddModelError(string.Empty, "Uw opmerking is niet geplaatst.");
            foreach (var melding in e.Fouten.Values) ModelState.AddModelError(nameof(Tekst), melding);
        }
        catch (GeenToegangException)
        {
            return Forbid();
        }
        catch (VoorstelGewijzigdException)
        {
            ModelState.AddModelError(string.Empty, "Uw opmerking is niet geplaatst: het voorstel werd op hetzelfde moment door " +
                "iemand anders gewijzigd. Uw tekst staat hieronder; verstuur hem opnieuw.");
        }
        catch (VoorstelFout e)
        {
            ModelState.AddModelError(string.Empty, $"Uw opmerking is niet geplaatst: {e.Message}");
        }
        return Page();
    }
}
