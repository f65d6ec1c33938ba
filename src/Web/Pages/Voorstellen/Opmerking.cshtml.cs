using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>A remark in the timeline without a decision, from the proposal page; the steller gets a mail.</summary>
public sealed class OpmerkingModel(VoorstelDienst dienst) : PageModel
{
    public IActionResult OnGet(int id) => RedirectToPage("Details", new { id });

    public async Task<IActionResult> OnPostAsync(int id, string? tekst)
    {
        try
        {
            await dienst.PlaatsOpmerkingAsync(id, tekst);
            TempData["Succes"] = "Uw opmerking staat in de tijdlijn.";
        }
        catch (ActieOngeldigException e)
        {
            TempData["Fout"] = e.Fouten.Values.FirstOrDefault() ?? "Vul uw opmerking in.";
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
