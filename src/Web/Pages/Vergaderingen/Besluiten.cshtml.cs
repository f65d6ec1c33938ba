using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;

namespace Besluitvorming.Web.Pages.Vergaderingen;

/// <summary>
/// The decisions of one meeting in one pass: per agenda item the outcome, the besluit text and (B&amp;W) the appendix
/// fields, each recorded through <see cref="VoorstelDienst.VoerAsync"/> with the same trigger as the per-proposal action
/// page, so rules, mail and timers work as there. Each item is its own transaction: a refused item keeps what was typed
/// and shows why next to it; the others are recorded. Input that cannot be read at all (a number that is no number,
/// a text too long) stops the whole post before anything is recorded. Also the besluitenlijst as DOCX and PDF.
/// </summary>
public sealed class BesluitenModel(AgendaDienst agendas, VoorstelDienst dienst, ActorLader actors, BesluitvormingDbContext db)
    : AgendaPagina(agendas, actors)
{
    public sealed class Besluitregel
    {
        public int Revisie { get; set; }
        public string? Uitkomst { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Tekst { get; set; }
        public int? Volgnummer { get; set; }
        [MaxTekens(Veldlengtes.BehandelendTeam)]
        public string? BehandelendTeam { get; set; }
        public DateOnly? NieuweDatum { get; set; }
    }

    /// <summary>Per proposal id: its row of the form.</summary>
    [BindProperty]
    public Dictionary<int, Besluitregel> Invoer { get; set; } = [];

    public IReadOnlyList<string> Vastgelegd { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        await VulAanAsync();
        return Page();
    }

    public Task<IActionResult> OnGetDocxAsync(int id) => DocumentAsync(id, VoorstelDocx.Schrijf, VoorstelDocx.ContentType, "docx");

    public Task<IActionResult> OnGetPdfAsync(int id) => DocumentAsync(id, VoorstelPdf.Schrijf, VoorstelPdf.ContentType, "pdf");

    private async Task<IActionResult> DocumentAsync(int id, Func<Voorsteldocument, byte[]> schrijf, string soort, string extensie)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        var document = Besluitenlijst.Van(Beeld);
        return File(schrijf(document), soort, $"{document.Bestandsnaam}.{extensie}");
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LaadAsync(id) is { } fout) return fout;
        if (!MagBeheren) return Forbid();
        if (!ModelState.IsValid)
        {
            await VulAanAsync();
            return Page();
        }
        var open = Beeld.OpenVoorBesluit.ToDictionary(p => p.Voorstel.Id);
        var gekozen = Invoer.Where(r => !string.IsNullOrWhiteSpace(r.Value.Uitkomst)).ToList();
        if (gekozen.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Kies bij minstens één agendapunt een uitkomst.");
            await VulAanAsync();
            return Page();
        }
        var vastgelegd = new List<string>();
        var mislukt = 0;
        foreach (var (voorstelId, r) in gekozen.OrderBy(g => open.TryGetValue(g.Key, out var p) ? p.Volgnummer : int.MaxValue))
        {
            var rij = $"{nameof(Invoer)}[{voorstelId}]";
            if (!open.TryGetValue(voorstelId, out var punt))
            {
                ModelState.AddModelError(rij, "Dit voorstel staat in deze vergadering niet (meer) open voor een besluit.");
                mislukt++;
                continue;
            }
            if (Beeld.Soort.Uitkomst(r.Uitkomst) is not { } keuze)
            {
                ModelState.AddModelError($"{rij}.{nameof(Besluitregel.Uitkomst)}", "Kies een uitkomst uit de lijst.");
                mislukt++;
                continue;
            }
            var invoer = new ActieInvoer
            {
                Revisie = r.Revisie, Datum = Beeld.Vergadering.Datum, Tekst = r.Tekst,
                Volgnummer = Beeld.Soort.MetBijlagevelden ? r.Volgnummer : null,
                BehandelendTeam = Beeld.Soort.MetBijlagevelden ? r.BehandelendTeam : null,
                NieuweDatum = keuze.Aanhouden ? r.NieuweDatum : null,
                // Holding over asks for a reason: the besluit text is it (as on the per-proposal page, where it is the text).
                Reden = keuze.Aanhouden ? r.Tekst : null,
            };
            try
            {
                await dienst.VoerAsync(voorstelId, keuze.Trigger, invoer);
                vastgelegd.Add($"{punt.Volgnummer}. {punt.Voorstel.Onderwerp}: {keuze.Label.ToLowerInvariant()}");
                continue;
            }
            catch (ActieOngeldigException e)
            {
                foreach (var (veld, melding) in e.Fouten)
                    ModelState.AddModelError(veld switch
                    {
                        nameof(ActieInvoer.Reden) or nameof(ActieInvoer.Tekst) => $"{rij}.{nameof(Besluitregel.Tekst)}",
                        nameof(ActieInvoer.Volgnummer) or nameof(ActieInvoer.BehandelendTeam) or nameof(ActieInvoer.NieuweDatum) => $"{rij}.{veld}",
                        _ => rij,
                    }, melding);
            }
            catch (VoorstelFout e)
            {
                // Also a rule that blocks the gate, a stale page (someone else changed the proposal) or no right to act.
                ModelState.AddModelError(rij, e.Message);
            }
            // Nothing of a refused item may ride along with the next item's save.
            db.ChangeTracker.Clear();
            mislukt++;
        }
        if (mislukt == 0)
        {
            TempData["Succes"] = $"{vastgelegd.Count} {(vastgelegd.Count == 1 ? "besluit" : "besluiten")} vastgelegd.";
            return RedirectToPage(new { id });
        }
        // Show the meeting as it is now (the recorded items among the decided ones), the refused rows as they were typed.
        Vastgelegd = vastgelegd;
        await LaadAsync(id);
        await VulAanAsync();
        return Page();
    }

    /// <summary>A row for every open item not in the post: volgnummer from the agenda, team from the proposal, held over to the next meeting.</summary>
    private async Task VulAanAsync()
    {
        var volgende = await Agendas.VolgendeVergaderingAsync(Beeld.Vergadering);
        foreach (var p in Beeld.OpenVoorBesluit)
            if (!Invoer.ContainsKey(p.Voorstel.Id))
                Invoer[p.Voorstel.Id] = new Besluitregel
                {
                    Revisie = p.Voorstel.Revisie, Volgnummer = p.Volgnummer, BehandelendTeam = p.Voorstel.TeamCode, NieuweDatum = volgende,
                };
    }
}
