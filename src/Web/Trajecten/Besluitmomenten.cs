using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// A traject's decision moment and its collegevoorstel: starting one makes the concept, prefilled from the project and the
/// traject, for the step's owner as steller, and links both ways in one transaction; the proposal's decision (or its
/// withdrawal) reaches the traject in the transaction of that decision.
/// </summary>
public sealed class Besluitmomenten(BesluitvormingDbContext db, WorkflowRegister workflows, TrajectDienst trajecten, ActorLader actors,
    TimeProvider klok)
{
    /// <summary>What starting the decision moment will make, for the confirmation page and for the start itself.</summary>
    public sealed record Voorbereiding(Traject Traject, string StapTitel, string ProjectNaam, Actor Steller, VoorstelInhoud Inhoud, bool Raad);

    /// <summary>What the traject page shows of the current decision moment (partial _Besluitmoment).</summary>
    public sealed record Blok(int ProjectId, int TrajectId, int? VoorstelId, string? Onderwerp, string? Registratienummer, bool MagStarten);

    /// <summary>The current step's decision moment for the traject page: its linked proposal, or whether the actor may start it.</summary>
    public async Task<Blok?> BlokAsync(Traject traject, WorkflowDefinitie definitie, Actor actor, CancellationToken ct = default)
    {
        if (traject.ProjectId is not { } projectId || traject.IsAfgerond(definitie) || definitie.Status(traject.Status).Besluitmoment is null)
            return null;
        if (traject.WachtOpVoorstelId is not { } id)
            return new Blok(projectId, traject.Id, null, null, null, traject.KanBesluitmomentStarten(definitie, actor));
        var v = await db.Voorstellen.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Onderwerp, x.Registratienummer }).SingleOrDefaultAsync(ct);
        return new Blok(projectId, traject.Id, id, v?.Onderwerp, v?.Registratienummer, false);
    }

    /// <summary>
    /// The traject of the project with what its decision moment will prefill; a refusal (not a decision moment, already
    /// waiting, not allowed, no usable steller) is a <see cref="TrajectFout"/> or <see cref="GeenToegangException"/>.
    /// </summary>
    public async Task<Voorbereiding> BereidVoorAsync(int projectId, int trajectId, CancellationToken ct = default)
    {
        var actor = await actors.HuidigeAsync(ct);
        var traject = await trajecten.LaadAsync(trajectId, ct);
        if (traject is null || traject.ProjectId != projectId) throw new TrajectNietGevondenException();
        var definitie = await trajecten.DefinitieAsync(traject, ct);
        if (!traject.KanBesluitmomentStarten(definitie, actor)) throw Weigering(traject, definitie, actor);

        var stap = traject.HuidigeStap!;
        var status = definitie.Status(traject.Status);
        var project = await db.Projecten.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.Naam, p.Programma, p.AfdelingId }).SingleAsync(ct);
        var steller = await db.Users.AnyAsync(u => u.Id == stap.EigenaarId, ct)
            ? await ActorLader.LaadAsync(db, stap.EigenaarId, ct)
            : throw new TrajectFout($"De eigenaar van deze stap ({stap.EigenaarNaam}) is geen bekende gebruiker. Draag de stap eerst over.");
        if (!steller.HeeftRol(Rollen.Steller))
            throw new TrajectFout($"De eigenaar van deze stap, {steller.Naam}, is geen steller en kan het collegevoorstel niet opstellen. " +
                                  "Draag de stap eerst over aan een steller.");
        var afdelingId = project.AfdelingId ?? steller.AfdelingId
            ?? throw new TrajectFout("Het project en de eigenaar van de stap hebben geen afdeling; het voorstel kan geen afdeling krijgen.");
        // As a new form does for its steller: their team (when it belongs to the proposal's afdeling) and phone.
        var gegevens = await db.Users.AsNoTracking().Where(u => u.Id == steller.Id).Select(u => new
        {
            u.Telefoon,
            TeamId = db.Teams.Where(t => t.Id == u.TeamId && t.AfdelingId == afdelingId).Select(t => (int?)t.Id).FirstOrDefault(),
        }).SingleAsync(ct);

        var raad = status.Besluitmoment!.Raad;
        var volgende = definitie.ZoekOvergang(traject.Status, TrajectTriggers.Ingestemd)?.Naar;
        var onderwerp = $"{status.Titel}: {traject.Naam}";
        var inhoud = new VoorstelInhoud
        {
            Onderwerp = onderwerp.Length <= Veldlengtes.Onderwerp ? onderwerp : onderwerp[..Veldlengtes.Onderwerp],
            AfdelingId = afdelingId,
            TeamId = gegevens.TeamId,
            StellerTelefoon = gegevens.Telefoon,
            ProjectId = projectId,
            Programma = project.Programma,
            // The route rule set (route-or-raad) reads this field: a raad decision moment in the definition routes the
            // proposal to the gemeenteraad the same way a steller's own choice does.
            RaadsbesluitNodig = raad,
            Aanleiding = $"Dit voorstel is het besluitmoment '{status.Titel}' van traject '{traject.Naam}' in project '{project.Naam}'. " +
                         "Het traject wacht op dit besluit" +
                         (volgende is null ? "" : $": bij instemming gaat het verder met '{definitie.StatusTitel(volgende)}'") +
                         $", bij afwijzing terug naar '{definitie.StatusTitel(status.Besluitmoment.TerugNaar)}', bij aanhouden blijft het wachten." +
                         (raad ? " Over dit besluitmoment besluit de gemeenteraad; het college legt het aan de raad voor." : ""),
        };
        return new Voorbereiding(traject, status.Titel, project.Naam, steller, inhoud, raad);
    }

    /// <summary>
    /// Starts the decision moment: the concept for the step's owner, prefilled, linked to the traject, and the traject waiting
    /// for it, all in one transaction. The same <paramref name="aanmaakSleutel"/> again (a double click, a form sent twice)
    /// returns the proposal it made, so one decision moment makes one proposal; a second start with another key is
    /// refused by the traject, which already waits.
    /// </summary>
    public async Task<Voorstel> StartAsync(int projectId, int trajectId, Guid aanmaakSleutel, CancellationToken ct = default)
    {
        var actor = await actors.HuidigeAsync(ct);
        if (await VanSleutelAsync(aanmaakSleutel, trajectId, ct) is { } herhaald) return await HerhalingAsync(herhaald, projectId, actor, ct);
        if (aanmaakSleutel == Guid.Empty) aanmaakSleutel = Guid.NewGuid();
        Voorbereiding voorbereiding;
        try
        {
            voorbereiding = await BereidVoorAsync(projectId, trajectId, ct);
        }
        catch (TrajectFout)
        {
            // The other click of a double click may have committed between the key check above and this one: the
            // traject then waits for that click's proposal, which is this form's answer too.
            if (await VanSleutelAsync(aanmaakSleutel, trajectId, ct) is { } intussen) return await HerhalingAsync(intussen, projectId, actor, ct);
            throw;
        }
        var definitie = await workflows.NieuwsteAsync(Voorstellen.VoorstelDienst.Workflow, ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var voorstel = Voorstel.NieuwConceptVoor(definitie, voorbereiding.Steller, actor, aanmaakSleutel, voorbereiding.Inhoud,
                klok.GetUtcNow().UtcDateTime);
            voorstel.KoppelAanTraject(trajectId);
            db.Voorstellen.Add(voorstel);
            await db.SaveChangesAsync(ct);
            await trajecten.VoerAsync(trajectId, (t, d, a, nu) => t.StartBesluitmoment(d, a, voorstel.Id, nu), actor, ct: ct);
            await tx.CommitAsync(ct);
            await trajecten.NaCommitVanAsync(tx, ct);
            return voorstel;
        }
        catch (DbUpdateException)
        {
            // The other click won the race on the unique AanmaakSleutel: its proposal is this decision moment's.
            db.ChangeTracker.Clear();
            if (await VanSleutelAsync(aanmaakSleutel, trajectId, ct) is { } winnaar) return await HerhalingAsync(winnaar, projectId, actor, ct);
            throw;
        }
    }

    /// <summary>A repeated start answers with the proposal it made, to the projectleider or the steller only.</summary>
    private async Task<Voorstel> HerhalingAsync(Voorstel voorstel, int projectId, Actor actor, CancellationToken ct)
    {
        var traject = await trajecten.LaadAsync(voorstel.TrajectId!.Value, ct);
        if (traject is null || traject.ProjectId != projectId) throw new TrajectNietGevondenException();
        if (!traject.IsProjectleider(actor) && voorstel.StellerId != actor.Id)
            throw new TrajectGeenToegangException("Alleen de projectleider kan dit besluitmoment starten.");
        return voorstel;
    }

    private async Task<Voorstel?> VanSleutelAsync(Guid sleutel, int trajectId, CancellationToken ct) =>
        sleutel == Guid.Empty ? null
            : await db.Voorstellen.AsNoTracking().SingleOrDefaultAsync(v => v.AanmaakSleutel == sleutel && v.TrajectId == trajectId, ct);

    /// <summary>
    /// Called by the proposal's one handling path with the events of an action, inside its transaction: a decision that is
    /// final for the traject moves it (see <see cref="Besluituitkomsten"/>), a withdrawal frees the decision moment. A
    /// traject that no longer waits for this proposal is left alone, so a decision is never refused for the traject's sake.
    /// </summary>
    public async Task NaActieAsync(Voorstel voorstel, Domeingebeurtenissen gebeurtenissen, CancellationToken ct = default)
    {
        if (voorstel.TrajectId is not { } trajectId) return;
        if (gebeurtenissen.Besluit is { } besluit && Besluituitkomsten.Van(voorstel, besluit) is { } uitkomst)
            await VoerAlsWachtendAsync(trajectId, voorstel.Id, (t, d, nu) => t.VerwerkBesluit(d, voorstel.Id, uitkomst, nu), ct);
        else if (gebeurtenissen.Stap?.Trigger == Triggers.Intrekken)
            await NaVerwijderingAsync(voorstel, ct);
    }

    /// <summary>The proposal's transaction committed: the traject changes made in it plan their timers now.</summary>
    public Task NaCommitVanAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transactie, CancellationToken ct = default) =>
        trajecten.NaCommitVanAsync(transactie, ct);

    /// <summary>The linked proposal was withdrawn or its concept deleted: the decision moment can be started again.</summary>
    public Task NaVerwijderingAsync(Voorstel voorstel, CancellationToken ct = default) =>
        voorstel.TrajectId is { } trajectId
            ? VoerAlsWachtendAsync(trajectId, voorstel.Id, (t, d, nu) => t.VerwerkIntrekking(d, voorstel.Id, nu), ct)
            : Task.CompletedTask;

    private Task VoerAlsWachtendAsync(int trajectId, int voorstelId, Action<Traject, WorkflowDefinitie, DateTime> verb, CancellationToken ct) =>
        trajecten.VoerAsync(trajectId, (t, d, _, nu) =>
        {
            if (t.WachtOpVoorstelId == voorstelId) verb(t, d, nu);
        }, Actor.Systeem, ct: ct);

    /// <summary>Why the actor may not start the decision moment now, in the domain's words.</summary>
    private static TrajectFout Weigering(Traject traject, WorkflowDefinitie definitie, Actor actor)
    {
        if (traject.IsAfgerond(definitie)) return new TrajectFout("Het traject is afgerond.");
        if (definitie.Status(traject.Status).Besluitmoment is null) return new TrajectFout("Deze stap is geen besluitmoment.");
        if (traject.WachtOpVoorstelId is { } al) return new TrajectFout($"Dit besluitmoment wacht al op het besluit over voorstel {al}.");
        return new TrajectGeenToegangException("Alleen de projectleider kan dit besluitmoment starten.");
    }
}
