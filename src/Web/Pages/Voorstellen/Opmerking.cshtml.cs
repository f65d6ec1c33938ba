using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// A remark in the timeline without a decision, from the proposal page; the steller gets a mail. When it cannot be
/// placed, this page shows why with the typed text still in the field, ready to send again.
/// </summary>
public sealed class OpmerkingModel(VoorstelDienst dienst) : PageModel
{
    public int Id { get; private set; }

    [BindProperty(Name = "tekst")]
    public string? Tekst { get; set; }

    public IActionResult OnGet(int id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Id = id;
        try
        {
            await dienst.PlaatsOpmerkingAsync(id, Tekst);
            TempData["Succes"] = "Uw opmerking staat in de tijdlijn.";
            return RedirectToPage("Details", new { id });
        }
        catch (ActieOngeldigException e)
        {
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
