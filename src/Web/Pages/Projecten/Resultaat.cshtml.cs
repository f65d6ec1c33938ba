using System.ComponentModel.DataAnnotations;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Projecten;

/// <summary>
/// The projectleider (or the beheerder) records where one resultaat stands: its status and the evidence, a note and
/// optionally a proposal linked to the project or one of its bijlagen. Who and when are recorded with it. Anyone else
/// gets 403 and nothing changes; bad input comes back at its field with everything typed kept.
/// </summary>
public sealed class ResultaatModel(BesluitvormingDbContext db, ProjectLezer lezer, ActorLader actors, TimeProvider klok) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Kies een status.")] public Resultaatstatus? Status { get; set; }
    [BindProperty, MaxTekens(Projectvelden.Bewijs)] public string? Bewijs { get; set; }
    [BindProperty] public int? BewijsVoorstelId { get; set; }
    [BindProperty] public int? BewijsBijlageId { get; set; }

    public int Id { get; private set; }
    public string ProjectNaam { get; private set; } = "";
    public int Volgnummer { get; private set; }
    public string Tekst { get; private set; } = "";
    public List<SelectListItem> Statussen { get; } =
        Enum.GetValues<Resultaatstatus>().Select(s => new SelectListItem(DetailsModel.StatusTekst(s), s.ToString())).ToList();
    public List<SelectListItem> Voorstelkeuzes { get; private set; } = [];
    public List<SelectListItem> Bijlagekeuzes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int resultaatId)
    {
        var (resultaat, actor, weigering) = await LaadAsync(id, resultaatId);
        if (weigering is not null) return weigering;
        Status = resultaat!.Status;
        Bewijs = resultaat.Bewijs;
        BewijsVoorstelId = resultaat.BewijsVoorstelId;
        BewijsBijlageId = resultaat.BewijsBijlageId;
        await KeuzesAsync(id, actor!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int resultaatId)
    {
        var (resultaat, actor, weigering) = await LaadAsync(id, resultaatId);
        if (weigering is not null) return weigering;
        var (voorstellen, bijlagen) = await KeuzesAsync(id, actor!);

        if (BewijsVoorstelId is { } vid && !voorstellen.Contains(vid))
            ModelState.AddModelError(nameof(BewijsVoorstelId), "Kies een voorstel van dit project.");
        if (BewijsBijlageId is { } bid && !bijlagen.Contains(bid))
            ModelState.AddModelError(nameof(BewijsBijlageId), "Kies een bijlage van een voorstel van dit project.");
        if (ModelState.IsValid)
        {
            try
            {
                resultaat!.WerkBij(Status!.Value, Bewijs, BewijsVoorstelId, BewijsBijlageId, actor!.Id, klok.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync();
                TempData["Succes"] = $"Resultaat {resultaat.Volgnummer} is bijgewerkt.";
                return Redirect($"/Projecten/{id}#resultaat-{resultaat.Volgnummer}");
            }
            catch (ResultaatOngeldigException e)
            {
                foreach (var (veld, melding) in e.Fouten) ModelState.AddModelError(veld, melding);
            }
        }
        ModelState.AddModelError(string.Empty, "Het resultaat is niet bijgewerkt.");
        return Page();
    }

    private async Task<(Projectresultaat?, Actor?, IActionResult?)> LaadAsync(int id, int resultaatId)
    {
        Id = id;
        var feiten = await lezer.FeitenAsync(id);
        var resultaat = await db.Projectresultaten.SingleOrDefaultAsync(r => r.Id == resultaatId && r.ProjectId == id);
        if (feiten is null || resultaat is null) return (null, null, NotFound());
        var actor = await actors.HuidigeAsync();
        if (!feiten.MagResultaatBijwerken(actor)) return (null, null, StatusCode(StatusCodes.Status403Forbidden));
        ProjectNaam = feiten.Naam;
        Volgnummer = resultaat.Volgnummer;
        Tekst = resultaat.Tekst;
        return (resultaat, actor, null);
    }

    /// <summary>The proposals and bijlagen this person may link as evidence: those of the project they may see.</summary>
    private async Task<(HashSet<int> Voorstellen, HashSet<int> Bijlagen)> KeuzesAsync(int id, Actor actor)
    {
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var voorstellen = await lezer.ZichtbareVoorstellenAsync(id, actor, vandaag);
        Voorstelkeuzes = voorstellen.Select(v => new SelectListItem(DetailsModel.Titel(v.Registratienummer, v.Onderwerp), v.Id.ToString())).ToList();
        var bijlagen = voorstellen.SelectMany(v => v.Bijlagen
                .Where(b => v.MagBijlageZien(b, actor, vandaag))
                .Select(b => (b.Id, Titel: $"{v.Registratienummer ?? "concept"}: {b.Naam}")))
            .ToList();
        Bijlagekeuzes = bijlagen.Select(b => new SelectListItem(b.Titel, b.Id.ToString())).ToList();
        return (voorstellen.Select(v => v.Id).ToHashSet(), bijlagen.Select(b => b.Id).ToHashSet());
    }
}
