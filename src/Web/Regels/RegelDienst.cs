using Besluitvorming.Rules;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// Loads what rules need (the active versions, read from the database on every request so an activation on any
/// instance counts at once; the proposal's afdeling, project and calendars) and names the rule set of a definition's gate.
/// </summary>
public sealed class RegelDienst(BesluitvormingDbContext db, Regelbeoordelaar beoordelaar, TimeProvider klok,
    Workflows.WorkflowRegister workflows)
{
    public const string Geblokkeerd = "RegelBlokkeert";
    public const string Waarschuwing = "RegelWaarschuwing";
    public const string RouteBepaald = "RouteBepaald";

    private readonly Dictionary<(int, int, int?, DateOnly?), Regelcontext> _contexten = [];
    private IReadOnlyDictionary<string, int>? _actief;

    /// <summary>
    /// The gate rule set a trigger must pass in a status, as the workflow definition names it ('poort'); in the shipped
    /// route withdrawing, returning, deferring and rejecting pass none.
    /// </summary>
    public static string? PoortVoor(WorkflowDefinitie definitie, string status, string trigger) =>
        definitie.PoortVoor(status, trigger) is { } poort ? Regelset.Poort(poort) : null;

    public async Task<Regelcontext> ContextAsync(Voorstel? voorstel, CancellationToken ct = default)
    {
        var sleutel = (voorstel?.Id ?? 0, voorstel?.AfdelingId ?? 0, voorstel?.ProjectId, voorstel?.GeplandBw);
        if (_contexten.TryGetValue(sleutel, out var bekend)) return bekend;
        var context = new Regelcontext(beoordelaar, await ActieveVersiesAsync(ct), await OmgevingAsync(voorstel, ct));
        _contexten[sleutel] = context;
        return context;
    }

    /// <summary>Name to active version; a version not compiled in this process yet is compiled now, once.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ActieveVersiesAsync(CancellationToken ct = default)
    {
        if (_actief is not null) return _actief;
        var actief = await db.RegelsetVersies.AsNoTracking().Where(r => r.Status == Regelsetstatus.Actief)
            .Select(r => new { r.Id, r.Naam, r.Versie }).ToListAsync(ct);
        foreach (var a in actief.Where(a => !beoordelaar.IsGecompileerd(a.Naam, a.Versie)))
        {
            var json = await db.RegelsetVersies.Where(r => r.Id == a.Id).Select(r => r.Json).SingleAsync(ct);
            beoordelaar.Compileer(new Regelset(a.Naam, a.Versie, json));
        }
        return _actief = actief.ToDictionary(a => a.Naam, a => a.Versie);
    }

    public async Task<Omgeving> OmgevingAsync(Voorstel? voorstel, CancellationToken ct = default)
    {
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        if (voorstel is null) return Omgeving.Leeg(vandaag);
        var afdeling = await db.Afdelingen.AsNoTracking().Where(a => a.Id == voorstel.AfdelingId)
            .Select(a => new { a.Naam, a.IsOntwikkelbedrijf }).SingleOrDefaultAsync(ct);
        var project = voorstel.ProjectId is null ? null : await db.Projecten.AsNoTracking().Where(p => p.Id == voorstel.ProjectId)
            .Select(p => new { p.Naam, p.Programma, p.Start, p.Einde }).SingleOrDefaultAsync(ct);
        var begroting = await db.Begrotingskalender.AsNoTracking()
            .Select(b => new Begrotingsdeadline(b.Jaar, b.VoorjaarsnotaDeadline, b.KadernotaDeadline)).ToListAsync(ct);
        var college = new List<Vergadering>();
        var directie = new List<Vergadering>();
        WorkflowDefinitie? definitie = null;
        IReadOnlyCollection<Vergadermoment>? vergaderingen = null;
        if (voorstel.GeplandBw is { } bw)
        {
            // One read of the calendar serves the meeting facts and the terugrekenplanning, which reads it as the
            // proposal page does; up to a year past the later of the B&W date and today, for the first reachable meeting.
            vergaderingen = await Planningsvergaderingen.LaadAsync(db, bw, (bw > vandaag ? bw : vandaag).AddYears(1), ct);
            definitie = await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct);
            college = vergaderingen.Where(m => m.Orgaan == Orgaan.College && m.Datum >= bw).OrderBy(m => m.Datum).Take(1)
                .Select(m => new Vergadering(m.Datum, m.Sluitingsdatum)).ToList();
            directie = vergaderingen.Where(m => m.Orgaan == Orgaan.Directieteam).OrderBy(m => m.Datum)
                .Select(m => new Vergadering(m.Datum, m.Sluitingsdatum)).ToList();
        }
        // Whether the planned DT date is a DT meeting at all.
        if (voorstel.GeplandDt is { } geplandDt && directie.All(m => m.Datum != geplandDt))
            directie.AddRange(await db.Vergaderkalender.AsNoTracking().Where(m => m.Soort == Vergadersoort.Directieteam && m.Datum == geplandDt && m.Status != Vergaderstatus.Geannuleerd)
                .Select(m => new Vergadering(m.Datum, m.Sluitingsdatum)).ToListAsync(ct));
        return new Omgeving(vandaag, afdeling?.Naam, afdeling?.IsOntwikkelbedrijf ?? false, project?.Naam, project?.Programma,
            project?.Start, project?.Einde, begroting, college, directie, await BesluitmomentMetRaadAsync(voorstel, ct), definitie, vergaderingen);
    }

    /// <summary>Whether the proposal serves a traject's decision moment that its definition gives to the raad.</summary>
    private async Task<bool> BesluitmomentMetRaadAsync(Voorstel voorstel, CancellationToken ct)
    {
        if (voorstel.TrajectId is not { } trajectId) return false;
        var moment = await db.TrajectStappen.AsNoTracking().Where(s => s.TrajectId == trajectId && s.VoorstelId == voorstel.Id)
            .Join(db.Trajecten, s => s.TrajectId, t => t.Id, (s, t) => new { s.Stap, t.WorkflowNaam, t.WorkflowVersie })
            .FirstOrDefaultAsync(ct);
        if (moment is null) return false;
        var definitie = await workflows.VersieAsync(moment.WorkflowNaam, moment.WorkflowVersie, ct);
        return definitie.ZoekStatus(moment.Stap)?.Besluitmoment?.Raad ?? false;
    }

    /// <summary>
    /// The gate check before a trigger fires: only when the actor may fire it now and the input is complete, so
    /// a refused or incomplete action is explained by the domain, not by a rule.
    /// </summary>
    public static Regeluitkomst? ToetsPoort(Voorstel voorstel, string trigger, ActieInvoer invoer, Overgangscontext ctx, Regelcontext regels)
    {
        if (PoortVoor(ctx.Definitie, voorstel.Status, trigger) is not { } naam) return null;
        if (invoer.Revisie is { } r && r != voorstel.Revisie) return null;
        if (!voorstel.ToegestaneActies(ctx).Any(o => o.Trigger == trigger)) return null;
        if (Invoervelden.Valideer(ctx.Definitie.ZoekOvergang(voorstel.Status, trigger)?.Invoer ?? [], invoer).Count > 0) return null;
        if (trigger is Triggers.Indienen or Triggers.Herindienen && voorstel.ControleerVolledigheid().Count > 0) return null;
        return regels.Beoordeel(naam, voorstel);
    }

    /// <summary>The gate rule set that applies in a status: the one its first gated transition names.</summary>
    public static string? PoortInStatus(WorkflowDefinitie definitie, string status) =>
        definitie.PoortInStatus(status) is { } poort ? Regelset.Poort(poort) : null;

    public static string Omschrijf(Regeluitkomst uitkomst, Bevinding b) => $"{b.Melding} ({uitkomst.Bron}, regel '{b.Regel}')";
}
