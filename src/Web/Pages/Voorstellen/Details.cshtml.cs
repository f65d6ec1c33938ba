using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Voorstellen;

public sealed class DetailsModel(BesluitvormingDbContext db, VoorstelDienst dienst, RegelDienst regels) : PageModel
{
    public Voorstel Voorstel { get; private set; } = null!;
    public WorkflowDefinitie Definitie { get; private set; } = null!;
    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<OvergangDefinitie> Acties { get; private set; } = [];
    public IReadOnlyList<Taak> HuidigeTaken { get; private set; } = [];
    public bool MagBewerken { get; private set; }
    public bool MagVerwijderen { get; private set; }
    public string Mermaid { get; private set; } = "";
    public string? AfdelingNaam { get; private set; }
    public string? TeamCode { get; private set; }
    public string? ProjectNaam { get; private set; }
    /// <summary>The traject whose decision moment this proposal is, with its project, for a link back.</summary>
    public (int ProjectId, int Id, string Naam)? Traject { get; private set; }
    public DateOnly Vandaag { get; private set; }
    public bool IsBetrokken { get; private set; }
    /// <summary>The current gate's rules against the proposal as it stands: what would stop or warn the next step.</summary>
    public Besluitvorming.Rules.Regeluitkomst? Regeltoets { get; private set; }
    /// <summary>The steller, or someone with an open task on it, may place a remark (see Voorstel.PlaatsOpmerking).</summary>
    public bool MagOpmerken { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var voorstel = await dienst.LaadAsync(id);
        if (voorstel is null) return NotFound();
        // Reading needs the definition, the actor and the clock only: no organisation snapshot, no routing policy.
        var ctx = await dienst.LeescontextAsync(voorstel);
        Vandaag = ctx.Vandaag;
        if (!voorstel.MagZien(ctx.Actor, Vandaag)) return NotFound();

        Voorstel = voorstel;
        Definitie = ctx.Definitie;
        Actor = ctx.Actor;
        IsBetrokken = voorstel.IsBetrokken(ctx.Actor);
        Acties = voorstel.ToegestaneActies(ctx.Definitie, ctx.Actor);
        MagBewerken = voorstel.IsVanSteller(ctx.Actor) && voorstel.IsBewerkbaar(ctx.Definitie);
        MagOpmerken = voorstel.MagOpmerkingPlaatsen(ctx.Actor, ctx.Definitie);
        MagVerwijderen = voorstel.MagVerwijderen(ctx.Actor, ctx.Definitie);
        HuidigeTaken = voorstel.Taken.Where(t => t.IsOpen && t.Status == voorstel.Status).OrderBy(t => t.Aspect).ToList();
        Route = voorstel.Routestappen(ctx.Definitie);
        Mermaid = VoorstelMachine.Mermaid(ctx.Definitie, voorstel.Status,
            Route.Where(s => s.Stand == Routestand.Overgeslagen).Select(s => s.Naam));
        if (!ctx.Definitie.Status(voorstel.Status).Eind)
            Planning = voorstel.Planning(ctx.Definitie, await dienst.VergaderingenAsync(voorstel), Vandaag);
        AfdelingNaam = await db.Afdelingen.Where(a => a.Id == voorstel.AfdelingId).Select(a => a.Naam).SingleOrDefaultAsync();
        TeamCode = await db.Teams.Where(t => t.Id == voorstel.TeamId).Select(t => t.Code).SingleOrDefaultAsync();
        ProjectNaam = await db.Projecten.Where(p => p.Id == voorstel.ProjectId).Select(p => p.Naam).SingleOrDefaultAsync();
        if (voorstel.TrajectId is { } trajectId
            && await db.Trajecten.Where(t => t.Id == trajectId).Select(t => new { t.ProjectId, t.Naam }).SingleOrDefaultAsync() is { ProjectId: { } pid } t)
            Traject = (pid, trajectId, t.Naam);
        if (IsBetrokken && RegelDienst.PoortInStatus(ctx.Definitie, voorstel.Status) is { } poort)
            Regeltoets = (await regels.ContextAsync(voorstel)).Beoordeel(poort, voorstel);
        return Page();
    }

    /// <summary>The latest day per gate worked back from the B&amp;W meeting; none once the proposal has ended.</summary>
    public Terugrekenplanning? Planning { get; private set; }

    public static string PoortKlasse(Poortstand stand) => stand switch
    {
        Poortstand.TeLaat => "poort--te-laat",
        Poortstand.Risico => "poort--risico",
        _ => "",
    };

    /// <summary>The gates and where this proposal stands at each; decided by the domain (Voorstel.Routestappen).</summary>
    public IReadOnlyList<Routestap> Route { get; private set; } = [];

    /// <summary>The proposal in the layout of the template as a Word document; the same access as the page.</summary>
    public Task<IActionResult> OnGetDocxAsync(int id) => DocumentAsync(id, VoorstelDocx.Schrijf, VoorstelDocx.ContentType, "docx");

    /// <summary>The proposal in the layout of the template as a PDF; the same access as the page.</summary>
    public Task<IActionResult> OnGetPdfAsync(int id) => DocumentAsync(id, VoorstelPdf.Schrijf, VoorstelPdf.ContentType, "pdf");

    private async Task<IActionResult> DocumentAsync(int id, Func<Voorsteldocument, byte[]> schrijf, string soort, string extensie)
    {
        var voorstel = await dienst.LaadAsync(id);
        if (voorstel is null) return NotFound();
        var ctx = await dienst.LeescontextAsync(voorstel);
        if (!voorstel.MagZien(ctx.Actor, ctx.Vandaag)) return NotFound();
        var afdeling = await db.Afdelingen.Where(a => a.Id == voorstel.AfdelingId).Select(a => a.Naam).SingleOrDefaultAsync();
        var team = await db.Teams.Where(t => t.Id == voorstel.TeamId).Select(t => t.Code).SingleOrDefaultAsync();
        var document = Voorsteldocument.Van(voorstel, afdeling, team);
        return File(schrijf(document), soort, $"{document.Bestandsnaam}.{extensie}");
    }


    public static string StandTekst(Routestand stand) => stand switch
    {
        Routestand.Huidig => "huidige stap",
        Routestand.Gedaan => "gepasseerd",
        Routestand.Overgeslagen => "Overgeslagen",
        Routestand.NogTeBepalen => "nog te bepalen",
        _ => "nog te doen",
    };

    public static string StandKlasse(Routestand stand) => stand switch
    {
        Routestand.NogTeBepalen => "nog-te-bepalen",
        _ => stand.ToString().ToLowerInvariant(),
    };

    public bool MagBijlageZien(Bijlage b) => Voorstel.MagBijlageZien(b, Actor, Vandaag);

    public int DagenInStatus => Math.Max(0, Vandaag.DayNumber - DateOnly.FromDateTime(Voorstel.StatusSinds.ToLocalTime()).DayNumber);

    public static string Datum(DateOnly? d) => Voorsteldocument.Datum(d);

    public static string JaNee(bool? b) => Voorsteldocument.JaNee(b);

    public string OpenbaarheidTekst => Voorsteldocument.OpenbaarheidTekst(Voorstel);

    public static string BijlageOpenbaar(Bijlage b, bool? bijlagenOpenbaar) => (b.Openbaar, bijlagenOpenbaar) switch
    {
        (true, true) => "Ja",
        (false, _) or (_, false) => "Nee",
        _ => "Nog niet gekozen",
    };
}
