using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// A remark in the timeline without a decision, from the proposal page; the steller gets a mail. An empty remark
/// comes back on a page of its own with the message at the field, so the error is where the user acted.
/// </summary>
public sealed class OpmerkingModel(VoorstelDienst dienst) : PageModel
{
    [BindProperty]
    public string? Tekst { get; set; }

    public int Id { get; private set; }

    public IActionResult OnGet(int id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Id = id;
        try
        {
            await dienst.PlaatsOpmerkingAsync(id, Tekst);
            TempData["Succes"] = "Uw opmerking staat in de tijdlijn.";
        }
        catch (ActieOngeldigException e)
        {
            ModelState.AddModelError(string.Empty, "Uw opmerking is niet geplaatst.");
            foreach (var melding in e.Fouten.Values) ModelState.AddModelError(nameof(Tekst), melding);
            return Page();
        }
        catch (GeenToegangException)
        {
            return Forbid();
        }
        catch (VoorstelFout e)
        {
            TempData["Fout"] = e.Message;
        }
        return RedirectToPage("Details", new { id });
    }
}
