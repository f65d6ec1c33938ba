using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// A meeting's agenda: the secretary of the body orders it, moves items between hamerstukken and bespreekstukken,
/// takes items off or admits late ones, and fixes it. The GET only shows; every change is a POST (no JavaScript needed)
/// and, once the agenda is fixed, appears under "Wijzigingen".
/// </summary>
[Authorize]
public sealed class AgendaModel(AgendaDienst agendas, ActorLader actors) : PageModel
{
    public Agendabeeld Beeld { get; private set; } = null!;
    public bool MagBeheren { get; private set; }

    [BindProperty]
    public TimeOnly? Aanvang { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        Aanvang ??= Beeld.Agenda?.Aanvang ?? new TimeOnly(9, 30);
        return Page();
    }

    public Task<IActionResult> OnPostOmhoogAsync(int id, int voorstelId) => WijzigAsync(id, () => agendas.VerplaatsAsync(id, voorstelId, -1));

    public Task<IActionResult> OnPostOmlaagAsync(int id, int voorstelId) => WijzigAsync(id, () => agendas.VerplaatsAsync(id, voorstelId, +1));

    public Task<IActionResult> OnPostWisselAsync(int id, int voorstelId) => WijzigAsync(id, () => agendas.WisselBehandelingAsync(id, voorstelId));

    public Task<IActionResult> OnPostAfvoerenAsync(int id, int voorstelId) => WijzigAsync(id, () => agendas.AfvoerenAsync(id, voorstelId));

    public Task<IActionResult> OnPostOpnemenAsync(int id, int voorstelId) => WijzigAsync(id, () => agendas.OpnemenAsync(id, voorstelId));

    public Task<IActionResult> OnPostVaststellenAsync(int id) => WijzigAsync(id, () => agendas.VaststellenAsync(id, Aanvang),
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

    private async Task<IActionResult?> LaadAsync(int id)
    {
        var beeld = await agendas.LaadAsync(id);
        if (beeld is null) return NotFound();
        var actor = await actors.HuidigeAsync();
        if (!beeld.Soort.MagZien(actor)) return Forbid();
        Beeld = beeld;
        MagBeheren = beeld.Soort.MagBeheren(actor);
        return null;
    }

    public static string Datum(DateOnly? d) => Web.Voorstellen.Voorsteldocument.Datum(d);
}
