using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// A meeting's agenda: the secretary of the body orders it, moves items between hamerstukken and bespreekstukken,
/// takes items off or admits late ones, and fixes it. The GET only shows; every change is a POST (no JavaScript needed)
/// and, once the agenda is fixed, appears under "Wijzigingen".
/// </summary>
public sealed class AgendaModel(AgendaDienst agendas, ActorLader actors) : AgendaPagina(agendas, actors)
{
    [BindProperty]
    public TimeOnly? Aanvang { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        Aanvang ??= Beeld.Aanvang ?? new TimeOnly(9, 30);
        return Page();
    }

    /// <summary>A post without a button (Enter in the form, a stale page): nothing to change, back to the agenda.</summary>
    public IActionResult OnPost(int id) => RedirectToPage(new { id });

    public Task<IActionResult> OnPostOmhoogAsync(int id, int voorstelId) => WijzigAsync(id, () => Agendas.VerplaatsAsync(id, voorstelId, -1));

    public Task<IActionResult> OnPostOmlaagAsync(int id, int voorstelId) => WijzigAsync(id, () => Agendas.VerplaatsAsync(id, voorstelId, +1));

    public Task<IActionResult> OnPostWisselAsync(int id, int voorstelId) => WijzigAsync(id, () => Agendas.WisselBehandelingAsync(id, voorstelId));

    public Task<IActionResult> OnPostAfvoerenAsync(int id, int voorstelId) => WijzigAsync(id, () => Agendas.AfvoerenAsync(id, voorstelId));

    public Task<IActionResult> OnPostOpnemenAsync(int id, int voorstelId) => WijzigAsync(id, () => Agendas.OpnemenAsync(id, voorstelId));

    public Task<IActionResult> OnPostVaststellenAsync(int id) => WijzigAsync(id, () => Agendas.VaststellenAsync(id, Aanvang),
        "De agenda is vastgesteld. Wijzigingen blijven mogelijk en worden vastgelegd.");

    private async Task<IActionResult> WijzigAsync(int id, Func<Task> wijziging, string? succes = null)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        if (!MagBeheren) return Forbid();
        if (!ModelState.IsValid) return Page();
        try
        {
            await wijziging();
        }
        catch (AgendaFout e)
        {
            TempData["Fout"] = e.Message;
            return RedirectToPage(new { id });
        }
        catch (GeenToegangException)
        {
            return Forbid();
        }
        TempData["Succes"] = succes ?? "De agenda is gewijzigd.";
        return RedirectToPage(new { id });
    }
}
