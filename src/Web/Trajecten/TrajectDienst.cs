using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Regels;
using Besluitvorming.Rules;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// The one handling path for a traject: load it once per request, run a domain verb against the definition version
/// it started on, let <see cref="TrajectReacties"/> turn the raised events into mail in the same transaction, save
/// once, and plan timers after the commit. The verb checks its transition's gate rules (<see cref="TrajectPoort"/>).
/// A save that lost a race to another one is tried again on fresh state.
/// </summary>
public sealed class TrajectDienst(BesluitvormingDbContext db, WorkflowRegister workflows, ActorLader actors, TimeProvider klok,
    TrajectReacties reacties, MailSignaal mailSignaal, RegelDienst regels, Regelbeoordelaar beoordelaar)
{
    private readonly Dictionary<int, Traject> _geladen = [];

    /// <summary>The gate warnings of the last action that went through (recorded in the timeline too), for the page to show.</summary>
    public IReadOnlyList<string> Waarschuwingen { get; private set; } = [];

    /// <summary>The traject with its step visits (and their evidence) and its timeline, once per request.</summary>
    public async Task<Traject?> LaadAsync(int id, CancellationToken ct = default)
    {
        if (_geladen.TryGetValue(id, out var bekend) && db.Entry(bekend).State != EntityState.Detached) return bekend;
        var traject = await db.Trajecten
            .Include(t => t.Stappen.OrderBy(s => s.Id))
            .Include(t => t.Gebeurtenissen.OrderBy(g => g.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == id, ct);
        if (traject is not null) _geladen[id] = traject;
        return traject;
    }

    /// <summary>The definition version the traject runs on (parsed once per process).</summary>
    public Task<WorkflowDefinitie> DefinitieAsync(Traject traject, CancellationToken ct = default) =>
        workflows.VersieAsync(traject.WorkflowNaam, traject.WorkflowVersie, ct);

    public Task<WorkflowDefinitie> NieuwsteDefinitieAsync(string workflowNaam, CancellationToken ct = default) =>
        workflows.NieuwsteAsync(workflowNaam, ct);

    /// <summary>
    /// Runs <paramref name="verb"/> on the traject for the signed-in user (or <paramref name="actor"/>) and saves it with
    /// its mail in one transaction; timers follow the commit. Domain refusals (<see cref="TrajectFout"/>) pass through
    /// unchanged for the page to show next to the field.
    /// </summary>
    /// <param name="maillinkId">The mail link this action came through: marked used in the same transaction.</param>
    public async Task<Traject> VoerAsync(int trajectId, Action<Traject, WorkflowDefinitie, Actor, DateTime> verb, Actor? actor = null,
        long? maillinkId = null, CancellationToken ct = default)
    {
        actor ??= await actors.HuidigeAsync(ct);
        for (var poging = 1; ; poging++)
        {
            var traject = await LaadAsync(trajectId, ct) ?? throw new TrajectFout("Dit traject bestaat niet (meer).");
            var definitie = await DefinitieAsync(traject, ct);
            var nu = klok.GetUtcNow().UtcDateTime;
            var poort = new TrajectPoort(beoordelaar, await regels.ActieveVersiesAsync(ct), DateOnly.FromDateTime(klok.GetLocalNow().DateTime));
            traject.GebruikPoort(poort);
            try
            {
                verb(traject, definitie, actor, nu);
            }
            catch (TrajectGeweigerdException)
            {
                // The refusal is part of the record: its timeline line is saved although the step does not move.
                traject.NeemDomeingebeurtenissen();
                await db.SaveChangesAsync(ct);
                throw;
            }
            try
            {
                var buiten = db.Database.CurrentTransaction;
                var gebeurtenissen = await OpslaanAsync(traject, definitie, nu, maillinkId, actor, ct);
                await NaCommitAsync(buiten, traject, definitie, gebeurtenissen, ct);
                Waarschuwingen = poort.Waarschuwingen;
                return traject;
            }
            catch (DbUpdateConcurrencyException) when (poging < 3)
            {
                db.ChangeTracker.Clear();
                _geladen.Clear();
            }
        }
    }

    /// <summary>Adds a new traject (demo data, a project page) and saves it with its first step's mail.</summary>
    public async Task<Traject> StartAsync(Traject traject, CancellationToken ct = default)
    {
        db.Trajecten.Add(traject);
        var definitie = await DefinitieAsync(traject, ct);
        var buiten = db.Database.CurrentTransaction;
        var gebeurtenissen = await OpslaanAsync(traject, definitie, klok.GetUtcNow().UtcDateTime, null, null, ct);
        _geladen[traject.Id] = traject;
        await NaCommitAsync(buiten, traject, definitie, gebeurtenissen, ct);
        return traject;
    }

    private readonly List<(IDbContextTransaction Transactie, Func<CancellationToken, Task> Reactie)> _uitgesteld = [];

    /// <summary>
    /// Timers follow a commit: at once when this service owned the transaction, otherwise when the caller that owns
    /// it reports its commit through <see cref="NaCommitVanAsync"/>; a transaction that rolls back never plans any.
    /// </summary>
    private Task NaCommitAsync(IDbContextTransaction? buiten, Traject traject, WorkflowDefinitie definitie,
        IReadOnlyList<Domeingebeurtenis> gebeurtenissen, CancellationToken ct)
    {
        if (buiten is null) return reacties.NaCommitAsync(traject, definitie, gebeurtenissen, ct);
        _uitgesteld.Add((buiten, c => reacties.NaCommitAsync(traject, definitie, gebeurtenissen, c)));
        return Task.CompletedTask;
    }

    /// <summary>
    /// The caller's transaction <paramref name="transactie"/> committed: runs the after-commit reactions of the traject
    /// changes made inside it. Reactions of transactions that did not commit (a lost race, a rollback) are dropped.
    /// </summary>
    public async Task NaCommitVanAsync(IDbContextTransaction transactie, CancellationToken ct = default)
    {
        var klaar = _uitgesteld.Where(u => u.Transactie == transactie).Select(u => u.Reactie).ToList();
        _uitgesteld.Clear();
        foreach (var reactie in klaar) await reactie(ct);
    }

    /// <summary>
    /// Saves the traject and, in the same transaction, what its events cause (mail in the outbox); the step ids exist
    /// by the time the reactions run, so a mail link can name its step.
    /// </summary>
    private async Task<IReadOnlyList<Domeingebeurtenis>> OpslaanAsync(Traject traject, WorkflowDefinitie definitie, DateTime nu,
        long? maillinkId, Actor? actor, CancellationToken ct)
    {
        var eigen = db.Database.CurrentTransaction is null;
        await using var tx = eigen ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        if (maillinkId is { } linkId && await db.Maillinks.Where(l => l.Id == linkId && l.GebruiktOp == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.GebruiktOp, nu), ct) == 0)
            throw new TrajectFout("Deze link is al gebruikt.");
        var gebeurtenissen = traject.NeemDomeingebeurtenissen();
        if (await reacties.VoorCommitAsync(traject, definitie, gebeurtenissen, nu, actor, ct)) await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        mailSignaal.Wek();
        return gebeurtenissen;
    }
}
