using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// A meeting's agenda: the secretary of the body orders it, moves items between hamerstukken and bespreekstukken,
/// takes items off or admits late ones, and fixes it. The GET only shows; every change is a POST (no JavaScript needed)
/// and, once the agenda is fixed, appears under "Wijzigingen".
/// </summary>
public sealed class AgendaModel(AgendaDienst agendas, ActorLader actors, VoorstelDienst voorstellen, WorkflowRegister workflows,
    TimeProvider klok) : AgendaPagina(agendas, actors)
{
    [BindProperty]
    public TimeOnly? Aanvang { get; set; }

    /// <summary>Per proposal planned on the meeting but not at its gate: the gate that sets its stand in the terugrekenplanning.</summary>
    public Dictionary<int, Poortplanning> Standen { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        Aanvang ??= Beeld.Aanvang ?? new TimeOnly(9, 30);
        await BepaalStandenAsync();
        return Page();
    }

    /// <summary>
    /// What may not make it: the terugrekenplanning of each planned proposal that is not ready, as its page shows it. The
    /// meetings are read once per B&amp;W date (on a college agenda: once).
    /// </summary>
    private async Task BepaalStandenAsync()
    {
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var vergaderingen = new Dictionary<DateOnly, IReadOnlyCollection<Vergadermoment>>();
        foreach (var regel in Beeld.NietGereed)
        {
            if (await voorstellen.LaadAsync(regel.Id) is not { GeplandBw: { } bw } voorstel) continue;
            if (!vergaderingen.TryGetValue(bw, out var kalender))
                vergaderingen[bw] = kalender = await voorstellen.VergaderingenAsync(voorstel);
            var definitie = await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie);
            if (voorstel.Planning(definitie, kalender, vandaag).MaatgevendePoort is { } poort) Standen[regel.Id] = poort;
        }
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
