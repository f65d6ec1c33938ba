using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// Every submitted proposal across projects for the bestuurssecretariaat (and DT, college, griffie):
/// where it is, who holds it and for how long. Drafts stay private to their steller.
/// </summary>
public sealed class IndexModel(BesluitvormingDbContext db, WorkflowRegister workflows, TimeProvider klok) : PageModel
{
    public const int PaginaGrootte = 25;

    public sealed record Regel(int Id, string? Registratienummer, string Onderwerp, string? Project, string? Afdeling,
        string Status, string Houders, int DagenInStatus, DateOnly? GeplandBw);

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public int? AfdelingId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;

    public IReadOnlyList<Regel> Regels { get; private set; } = [];
    public int Totaal { get; private set; }
    public int AantalPaginas => Math.Max(1, (Totaal + PaginaGrootte - 1) / PaginaGrootte);
    public List<SelectListItem> Statussen { get; private set; } = [];
    public List<SelectListItem> Projecten { get; private set; } = [];
    public List<SelectListItem> Afdelingen { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var definitie = await workflows.NieuwsteAsync(Besluitvorming.Web.Voorstellen.VoorstelDienst.Workflow);
        Statussen = definitie.Statussen.Where(s => s.Naam != definitie.Beginstatus)
            .Select(s => new SelectListItem(s.Titel, s.Naam)).ToList();
        Projecten = await db.Projecten.OrderBy(p => p.Naam).Select(p => new SelectListItem(p.Naam, p.Id.ToString())).ToListAsync();
        Afdelingen = await db.Afdelingen.OrderBy(a => a.Naam).Select(a => new SelectListItem(a.Naam, a.Id.ToString())).ToListAsync();

        var q = db.Voorstellen.AsNoTracking().Where(v => v.Registratienummer != null);
        if (!string.IsNullOrWhiteSpace(Status)) q = q.Where(v => v.Status == Status);
        if (ProjectId is { } p) q = q.Where(v => v.ProjectId == p);
        if (AfdelingId is { } a) q = q.Where(v => v.AfdelingId == a);
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            var z = Zoek.Trim().ToLower();
            q = q.Where(v => v.Registratienummer!.ToLower().Contains(z) || v.Onderwerp.ToLower().Contains(z));
        }

        Totaal = await q.CountAsync();
        Pagina = Math.Clamp(Pagina, 1, AantalPaginas);
        var rijen = await q
            .OrderBy(v => v.StatusSinds).ThenBy(v => v.Id)
            .Skip((Pagina - 1) * PaginaGrootte).Take(PaginaGrootte)
            .Select(v => new
            {
                v.Id, v.Registratienummer, v.Onderwerp, v.Status, v.StatusSinds, v.GeplandBw, v.WorkflowNaam, v.WorkflowVersie,
                Project = db.Projecten.Where(x => x.Id == v.ProjectId).Select(x => x.Naam).FirstOrDefault(),
                Afdeling = db.Afdelingen.Where(x => x.Id == v.AfdelingId).Select(x => x.Naam).FirstOrDefault(),
                Houders = v.Taken.Where(t => t.Toestand == TaakStatus.Open && t.Status == v.Status).Select(t => t.HouderNaam).ToList(),
                v.StellerNaam,
            })
            .ToListAsync();

        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var regels = new List<Regel>();
        foreach (var r in rijen)
        {
            var def = await workflows.VersieAsync(r.WorkflowNaam, r.WorkflowVersie);
            var status = def.Status(r.Status);
            var houders = r.Houders.Count > 0 ? string.Join(", ", r.Houders.Distinct())
                : status.BewerkbaarDoorSteller ? r.StellerNaam : "–";
            regels.Add(new Regel(r.Id, r.Registratienummer, r.Onderwerp, r.Project, r.Afdeling, status.Titel, houders,
                vandaag.DayNumber - DateOnly.FromDateTime(r.StatusSinds.ToLocalTime()).DayNumber, r.GeplandBw));
        }
        Regels = regels;
    }

    public string PaginaUrl(int pagina) => Url.Page("Index", new { Status, ProjectId, AfdelingId, Zoek, Pagina = pagina })!;
}
