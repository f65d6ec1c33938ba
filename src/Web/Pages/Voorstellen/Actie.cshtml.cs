using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Regels;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// One action on a proposal (paraaf, advice, a decision, a return, a withdrawal). The GET only shows the form;
/// only the POST changes anything, and only when the machine permits the trigger for this user now.
/// </summary>
public sealed class ActieModel(VoorstelDienst dienst, RegelDienst regels) : PageModel
{
    public sealed class ActieFormulier
    {
        public int Revisie { get; set; }
        public int? TaakId { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Reden { get; set; }
        public bool? Instemming { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Opmerking { get; set; }
        public DateOnly? Datum { get; set; }
        public DateOnly? NieuweDatum { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Tekst { get; set; }
        public int? Volgnummer { get; set; }
        [MaxTekens(Veldlengtes.BehandelendTeam)]
        public string? BehandelendTeam { get; set; }
    }

    [BindProperty]
    public ActieFormulier Invoer { get; set; } = new();

    public Voorstel Voorstel { get; private set; } = null!;
    public OvergangDefinitie Overgang { get; private set; } = null!;
    public string Trigger { get; private set; } = "";
    public IReadOnlyList<Taak> MijnTaken { get; private set; } = [];
    public string StatusTitel { get; private set; } = "";
    /// <summary>The rules of the gate this action passes, against the proposal as it stands.</summary>
    public Besluitvorming.Rules.Regeluitkomst? Regeltoets { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string trigger)
    {
        var fout = await LaadAsync(id, trigger);
        if (fout is not null) return fout;
        Invoer = new ActieFormulier
        {
            Revisie = Voorstel.Revisie,
            TaakId = MijnTaken.FirstOrDefault()?.Id,
            Datum = Planningsdatums.Van(Voorstel, Veld(Invoervelden.Datum)?.Standaard),
            NieuweDatum = Planningsdatums.Van(Voorstel, Veld(Invoervelden.NieuweDatum)?.Standaard),
        };
        return Page();
    }

    /// <summary>The field of this action's form with this name, as the definition describes it; null when it does not ask it.</summary>
    public InvoerveldDefinitie? Veld(string naam) => Overgang.Invoer.FirstOrDefault(v => v.Veld == naam);

    public async Task<IActionResult> OnPostAsync(int id, string trigger)
    {
        var fout = await LaadAsync(id, trigger);
        if (fout is not null) return fout;
        if (!ModelState.IsValid) return Page();
        try
        {
            await dienst.VoerAsync(id, trigger, new ActieInvoer
            {
                Revisie = Invoer.Revisie, TaakId = Invoer.TaakId, Reden = Invoer.Reden, Instemming = Invoer.Instemming,
                Opmerking = Invoer.Opmerking, Datum = Invoer.Datum, NieuweDatum = Invoer.NieuweDatum, Tekst = Invoer.Tekst,
                Volgnummer = Invoer.Volgnummer, BehandelendTeam = Invoer.BehandelendTeam,
            });
        }
        catch (ActieOngeldigException e)
        {
            foreach (var (veld, melding) in e.Fouten) ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
            return Page();
        }
        catch (GeenToegangException)
        {
            return Forbid();
        }
        catch (VoorstelFout e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        TempData["Succes"] = $"{Overgang.Titel ?? Triggers.Naam(trigger)}: vastgelegd.";
        if (dienst.Waarschuwingen.Count > 0) TempData["Waarschuwing"] = "Let op: " + string.Join(" ", dienst.Waarschuwingen);
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LaadAsync(int id, string trigger)
    {
        // The form shows no timeline, and the action only appends to it.
        var voorstel = await dienst.LaadVoorActieAsync(id);
        if (voorstel is null) return NotFound();
        // The form only reads; the POST's transition gathers its full context in VoorstelDienst.VoerAsync.
        var ctx = await dienst.LeescontextAsync(voorstel);
        if (!voorstel.MagZien(ctx.Actor, ctx.Vandaag)) return NotFound();
        Voorstel = voorstel;
        Trigger = trigger;
        StatusTitel = ctx.Definitie.StatusTitel(voorstel.Status);
        MijnTaken = voorstel.Taken.Where(t => t.IsOpen && t.Status == voorstel.Status && ctx.Actor.MagHandelenOp(t)).ToList();
        var overgang = voorstel.ToegestaneActies(ctx.Definitie, ctx.Actor).FirstOrDefault(o => o.Trigger == trigger);
        if (overgang is null)
        {
            // A POST by someone who may not act is refused; a stale page gets an explanation instead.
            var bestaat = ctx.Definitie.Status(voorstel.Status).Overgangen.Any(o => o.Trigger == trigger);
            if (!bestaat && Request.Method == HttpMethods.Post && Invoer.Revisie != voorstel.Revisie)
            {
                TempData["Fout"] = new VoorstelGewijzigdException().Message;
                return RedirectToPage("Details", new { id });
            }
            return Forbid();
        }
        Overgang = overgang;
        if (RegelDienst.PoortVoor(ctx.Definitie, voorstel.Status, trigger) is { } poort) Regeltoets = (await regels.ContextAsync(voorstel)).Beoordeel(poort, voorstel);
        return null;
    }
}
