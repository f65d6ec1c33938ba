using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Regels;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Routering;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>Loads a proposal with what its verbs need, gathers the transition context, and saves safely.</summary>
public sealed class VoorstelDienst(BesluitvormingDbContext db, WorkflowRegister workflows, ActorLader actors, TimeProvider klok,
    RegelDienst regels, MailOpsteller mail, MailSignaal mailSignaal, TermijnPlanner termijnen, Trajecten.Besluitmomenten besluitmomenten,
    PublicatiePlanner publicaties, Api.Webhooks.NotificatieSchrijver notificaties, TermijnSignaal termijnSignaal,
    Agendering.AgendaDienst agendas)
{
    public const string Workflow = "collegevoorstel";

    public Task<WorkflowDefinitie> NieuwsteDefinitieAsync(CancellationToken ct = default) => workflows.NieuwsteAsync(Workflow, ct);

    /// <summary>
    /// Saves a new form's draft, once per form: the first post creates it; a later post with the same key (a double
    /// click, the browser's back button) goes to that same draft through <see cref="Voorstel.WijzigInhoud"/>, so a
    /// change is never dropped and a draft that can no longer be changed gives the domain's message. Herhaald: the
    /// post brought nothing new (a form sent twice). A key that is missing or belongs to another steller's draft is
    /// replaced by a fresh one: it never reaches a draft that is not the actor's own. The caller saves a change.
    /// </summary>
    public async Task<(Voorstel Voorstel, bool Herhaald)> MaakConceptAsync(Guid aanmaakSleutel, VoorstelInhoud inhoud,
        Actor? actor = null, CancellationToken ct = default)
    {
        actor ??= await actors.HuidigeAsync(ct);
        // One read decides: the key's draft is this steller's (a repeat or a later save), someone else's (a fresh key),
        // or nobody's yet. Two reads would leave a window in which the other click's draft appears between them, and
        // this post would then wrongly take a fresh key and make a second proposal.
        var bestaand = aanmaakSleutel == Guid.Empty ? null
            : await db.Voorstellen.Where(v => v.AanmaakSleutel == aanmaakSleutel)
                .Select(v => new { v.Id, v.StellerId }).SingleOrDefaultAsync(ct);
        if (bestaand is not null && bestaand.StellerId == actor.Id) return await WerkBijAsync(bestaand.Id, inhoud, actor, ct);
        if (aanmaakSleutel == Guid.Empty || bestaand is not null) aanmaakSleutel = Guid.NewGuid();

        var definitie = await NieuwsteDefinitieAsync(ct);
        var voorstel = Voorstel.NieuwConcept(definitie, actor, aanmaakSleutel, inhoud, klok.GetUtcNow().UtcDateTime);
        db.Voorstellen.Add(voorstel);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The other click may have won the race (unique AanmaakSleutel): then this post goes to its draft. The
            // loser's draft goes from the tracker with everything it owns (its aspects and first timeline line too).
            db.ChangeTracker.Clear();
            if (await EigenConceptAsync(aanmaakSleutel, actor, ct) is not { } winnaar) throw;
            return await WerkBijAsync(winnaar, inhoud, actor, ct);
        }
        return ((await LaadAsync(voorstel.Id, ct))!, false);
    }

    private Task<int?> EigenConceptAsync(Guid aanmaakSleutel, Actor actor, CancellationToken ct) =>
        db.Voorstellen.Where(v => v.AanmaakSleutel == aanmaakSleutel && v.StellerId == actor.Id).Select(v => (int?)v.Id)
            .SingleOrDefaultAsync(ct);

    private async Task<(Voorstel, bool)> WerkBijAsync(int id, VoorstelInhoud inhoud, Actor actor, CancellationToken ct)
    {
        var voorstel = await LaadAsync(id, ct) ?? throw new VoorstelFout("Dit voorstel bestaat niet meer.");
        if (voorstel.HeeftInhoud(inhoud)) return (voorstel, true);
        voorstel.WijzigInhoud(inhoud, await ContextAsync(voorstel, actor, ct), gezieneRevisie: null);
        return (voorstel, false);
    }

    /// <summary>
    /// The proposal with what its verbs need, loaded once per request: the page that checks access and the action
    /// after it work on the same tracked instance (a second query would return that same instance anyway). When the
    /// tracker lets it go (a lost race, a deletion), the next call loads it afresh.
    /// </summary>
    public Task<Voorstel?> LaadAsync(int id, CancellationToken ct = default) => LaadAsync(id, metTijdlijn: true, ct);

    /// <summary>
    /// As <see cref="LaadAsync(int, CancellationToken)"/> without the timeline, for a request that changes the proposal
    /// and shows no timeline: a verb only appends to it (the new lines are saved all the same), and a long-running
    /// proposal's hundreds of lines are the largest read of an action. A later full load in the request adds them.
    /// </summary>
    public Task<Voorstel?> LaadVoorActieAsync(int id, CancellationToken ct = default) => LaadAsync(id, metTijdlijn: false, ct);

    private async Task<Voorstel?> LaadAsync(int id, bool metTijdlijn, CancellationToken ct)
    {
        if (_geladen.TryGetValue(id, out var bekend) && db.Entry(bekend).State != EntityState.Detached)
        {
            if (metTijdlijn && !db.Entry(bekend).Collection(v => v.Gebeurtenissen).IsLoaded)
                await db.Entry(bekend).Collection(v => v.Gebeurtenissen).Query().OrderBy(g => g.Id).LoadAsync(ct);
            return bekend;
        }
        // Three queries, not one per collection: the proposal with its owned rows (aspects, dictum, voorbesprekingen:
        // a handful each, so joining them costs less than a round trip each), then its tasks and its attachments, and
        // the timeline when asked for. Ordered by id: a database may return child rows in any order (PostgreSQL does,
        // as its plans change), and pages, mail and the timeline must show them the same way every time.
        // Compiled queries (every action runs them): no LINQ translated anew per request (issue 12, P1).
        // One connection for the rest of the request (the organisation, the save and its transaction follow): EF Core
        // otherwise takes one from the pool and returns it around every statement. It goes back with the context.
        await db.Database.OpenConnectionAsync(ct);
        var voorstel = await VoorstelQuery.Voor(db)(db, id, ct);
        if (voorstel is null) return null;
        var entry = db.Entry(voorstel);
        // By name: the lambda overload builds and parses an expression tree on every call (issue 12, P1).
        await foreach (var _ in TakenQuery.Voor(db)(db, id).WithCancellation(ct)) { }
        entry.Collection(nameof(Voorstel.Taken)).IsLoaded = true;
        await foreach (var _ in BijlagenQuery.Voor(db)(db, id).WithCancellation(ct)) { }
        entry.Collection(nameof(Voorstel.Bijlagen)).IsLoaded = true;
        if (metTijdlijn) await entry.Collection(v => v.Gebeurtenissen).Query().OrderBy(g => g.Id).LoadAsync(ct);
        _geladen[id] = voorstel;
        return voorstel;
    }

    private static readonly GecompileerdeQuery<Func<BesluitvormingDbContext, int, CancellationToken, Task<Voorstel?>>> VoorstelQuery = new(() =>
        EF.CompileAsyncQuery((BesluitvormingDbContext db, int id, CancellationToken ct) =>
            db.Voorstellen.AsSingleQuery().SingleOrDefault(v => v.Id == id)));

    // Tracked: the tracker puts each row into the loaded proposal's collection, as a collection load would.
    private static readonly GecompileerdeQuery<Func<BesluitvormingDbContext, int, IAsyncEnumerable<Taak>>> TakenQuery = new(() =>
        EF.CompileAsyncQuery<BesluitvormingDbContext, int, Taak>((db, id) => db.Set<Taak>().Where(t => t.VoorstelId == id).OrderBy(t => t.Id)));

    private static readonly GecompileerdeQuery<Func<BesluitvormingDbContext, int, IAsyncEnumerable<Bijlage>>> BijlagenQuery = new(() =>
        EF.CompileAsyncQuery<BesluitvormingDbContext, int, Bijlage>((db, id) => db.Set<Bijlage>().Where(b => b.VoorstelId == id).OrderBy(b => b.Id)));

    private readonly Dictionary<int, Voorstel> _geladen = [];
    private readonly Dictionary<string, OrganisatieSnapshot> _organisaties = [];

    public async Task<Overgangscontext> ContextAsync(Voorstel voorstel, Actor? actor = null, CancellationToken ct = default)
    {
        var definitie = await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct);
        return await ContextAsync(definitie, voorstel, actor, ct);
    }

    /// <summary>
    /// What a page that only reads needs (definition, actor, clock): no organisation snapshot, no rule context. A page
    /// that changes the proposal gets the full context from <see cref="ContextAsync(Voorstel, Actor?, CancellationToken)"/>.
    /// </summary>
    public async Task<Leescontext> LeescontextAsync(Voorstel voorstel, Actor? actor = null, CancellationToken ct = default) =>
        new(await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct), actor ?? await actors.HuidigeAsync(ct), klok);

    /// <summary>The context of a change that routes nothing and passes no gate (a meeting moved from the calendar).</summary>
    public async Task<Overgangscontext> ContextZonderRouteringAsync(Voorstel voorstel, Actor actor, CancellationToken ct = default) =>
        await ContextAsync(await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct), voorstel, actor, metRoutering: false, ct);

    /// <summary>The context for the signed-in user, or for <paramref name="actor"/> (demo data, jobs).</summary>
    public Task<Overgangscontext> ContextAsync(WorkflowDefinitie definitie, Voorstel? voorstel, Actor? actor = null,
        CancellationToken ct = default) => ContextAsync(definitie, voorstel, actor, metRoutering: true, ct);

    /// <param name="metRoutering">
    /// Whether the action may ask the routing policy (see <see cref="Voorstel.BepaaltRoute"/>): only then is the rule
    /// context read for it. Without, asking the policy is a programming error and says so.
    /// </param>
    private async Task<Overgangscontext> ContextAsync(WorkflowDefinitie definitie, Voorstel? voorstel, Actor? actor,
        bool metRoutering, CancellationToken ct)
    {
        actor ??= await actors.HuidigeAsync(ct);
        // Read once per request: the page's access check and the action after it need the same organisation.
        var stellerId = voorstel?.StellerId ?? actor.Id;
        if (!_organisaties.TryGetValue(stellerId, out var organisatie))
            _organisaties[stellerId] = organisatie = await OrganisatieSnapshot.LaadAsync(db, stellerId, ct);
        return new Overgangscontext(definitie, actor, organisatie,
            metRoutering ? await RouteringsbeleidAsync(voorstel, ct) : GeenRoutering.Instantie, klok);
    }

    /// <summary>The policy of an action that routes nothing (an advice, a decision): it was not read, so it cannot answer.</summary>
    private sealed class GeenRoutering : IRouteringsbeleid
    {
        public static readonly GeenRoutering Instantie = new();

        public Routering Bepaal(Voorstel voorstel) =>
            throw new InvalidOperationException("Deze actie heeft het routeringsbeleid niet geladen (zie Voorstel.BepaaltRoute).");
    }

    /// <summary>The single place the routing policy is chosen: the active rule sets decide.</summary>
    private async Task<IRouteringsbeleid> RouteringsbeleidAsync(Voorstel? voorstel, CancellationToken ct) =>
        new RegelRouteringsbeleid(await regels.ContextAsync(voorstel, ct));

    /// <summary>
    /// The meetings the proposal's terugrekenplanning works with: every meeting (not cancelled) in the year up to its B&amp;W
    /// date (or <paramref name="collegedatum"/>, the one it is about to move to), in one query, read as the rules read them
    /// (<see cref="Kalenders.Planningsvergaderingen"/>); none, and no query, without one.
    /// </summary>
    public async Task<IReadOnlyCollection<Vergadermoment>> VergaderingenAsync(Voorstel voorstel, CancellationToken ct = default,
        DateOnly? collegedatum = null) =>
        (collegedatum ?? voorstel.GeplandBw) is { } bw ? await Kalenders.Planningsvergaderingen.LaadAsync(db, bw, bw, ct) : [];

    /// <summary>Warnings the rules gave on the last action, for the page to show.</summary>
    public IReadOnlyList<string> Waarschuwingen { get; private set; } = [];

    /// <summary>
    /// Fires a trigger and saves; the first submission gets its registratienummer in the same transaction.
    /// When another save wins the race (a parallel advisor, say), the proposal is reloaded and the action tried
    /// again: the domain checks everything anew, so a conflicting change still ends in a clear refusal.
    /// </summary>
    /// <param name="maillinkId">The mail link this action came through: marked used in the same transaction.</param>
    public Task<Voorstel> VoerAsync(int voorstelId, string trigger, ActieInvoer invoer, Actor? actor = null,
        CancellationToken ct = default, long? maillinkId = null) =>
        MetNieuwePogingAsync(async () =>
        {
            var voorstel = await LaadVoorActieAsync(voorstelId, ct) ?? throw new VoorstelFout("Dit voorstel bestaat niet meer.");
            var gebeurtenissen = await VoerUitAsync(voorstel, trigger, invoer, actor, maillinkId, ct);
            mailSignaal.Wek();
            // The timer changes committed with the transition (queued rows); Quartz is not called in the request.
            termijnSignaal.Wek();
            await publicaties.NaOvergangAsync(voorstel, gebeurtenissen, ct);
            return voorstel;
        });

    /// <summary>
    /// The system publishes a decision whose day has come (the publication timer, the catch-up on start). False when
    /// there is nothing to publish: the proposal is gone or already published; one that is not public yet gets its
    /// timer again for the first day after the embargo date.
    /// </summary>
    public Task<bool> PubliceerAsync(int voorstelId, CancellationToken ct = default) =>
        MetNieuwePogingAsync(async () =>
        {
            var voorstel = await LaadAsync(voorstelId, ct);
            if (voorstel is null || voorstel.GepubliceerdOp is not null) return false;
            var definitie = await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct);
            var ctx = await ContextAsync(definitie, voorstel, Actor.Systeem, metRoutering: false, ct);
            if (!voorstel.HeeftEindbesluit(definitie) || !voorstel.IsOpenbaarOp(ctx.Vandaag))
            {
                if (voorstel.HeeftEindbesluit(definitie) && voorstel is { Openbaarheid: Openbaarheid.Uitgesteld, OpenbaarNa: { } na })
                    await publicaties.PlanAsync(voorstel.Id, na.AddDays(1), behoudGelijke: false, ct);
                return false;
            }
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                voorstel.Publiceer(ctx);
                notificaties.Schrijf(voorstel, voorstel.NeemDomeingebeurtenissen(), ctx);
                await OpslaanAsync(ct);
                await tx.CommitAsync(ct);
            }
            return true;
        });

    /// <summary>
    /// Runs a load-change-save attempt; when it lost a race to another save (not when the user's page was stale), the
    /// change tracker is cleared and the attempt repeated on the fresh state, up to three times.
    /// </summary>
    private async Task<T> MetNieuwePogingAsync<T>(Func<Task<T>> poging)
    {
        for (var i = 1; ; i++)
        {
            _verlorenRace = false;
            try
            {
                return await poging();
            }
            catch (VoorstelGewijzigdException) when (i < 3 && _verlorenRace)
            {
                db.ChangeTracker.Clear();
                _geladen.Clear();
                _organisaties.Clear();
            }
        }
    }

    private bool _verlorenRace;

    /// <summary>Applies the action in one transaction with its mail and timer changes; returns its domain events.</summary>
    private async Task<Domeingebeurtenissen> VoerUitAsync(Voorstel voorstel, string trigger, ActieInvoer invoer, Actor? actor,
        long? maillinkId, CancellationToken ct)
    {
        // The rule context (active rule sets, the proposal's afdeling, calendars) is read only for an action that passes
        // a gate or asks the routing policy; an advice or a decision without a gate needs neither.
        var definitie = await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct);
        var metRegels = definitie.PoortVoor(voorstel.Status, trigger) is not null || voorstel.BepaaltRoute(trigger);
        var ctx = await ContextAsync(definitie, voorstel, actor, metRegels, ct);
        // Deadlines of the tasks this action opens follow the terugrekenplanning: one query, only when tasks may open.
        if (voorstel.GeplandBw is not null && voorstel.KanTakenOpenen(definitie, trigger))
            ctx = ctx with { Vergaderingen = await VergaderingenAsync(voorstel, ct) };
        var toets = metRegels ? RegelDienst.ToetsPoort(voorstel, trigger, invoer, ctx, await regels.ContextAsync(voorstel, ct)) : null;
        if (toets is not null && toets.Blokkerend.Any())
        {
            // The refusal is recorded and saved, although the transition does not happen.
            foreach (var b in toets.Blokkerend)
                voorstel.NoteerRegelbevinding(RegelDienst.Geblokkeerd,
                    $"'{Triggers.Naam(trigger)}' geweigerd: {RegelDienst.Omschrijf(toets, b)}", ctx.Actor, ctx.Nu);
            await OpslaanAsync(ct);
            throw new RegelsBlokkerenException(trigger, toets);
        }
        // The write transaction is opened only where the database is needed: the verb, its mail and links are made in
        // memory first, so the write lock (all of SQLite, with concurrent advisors) is held for one batch of writes.
        // A submission reserves its number under the transaction, before the verb that needs it.
        var indienen = trigger == Triggers.Indienen && voorstel.Status == ctx.Definitie.Beginstatus;
        await using var tx = indienen ? await db.Database.BeginTransactionAsync(ct) : null;
        if (indienen)
        {
            var fouten = voorstel.ControleerVolledigheid();
            if (fouten.Count > 0) throw new ActieOngeldigException(fouten);
            if (!voorstel.IsVanSteller(ctx.Actor)) throw new GeenToegangException("Alleen de steller kan dit voorstel indienen.");
            // An imported proposal arrives with its historical number and keeps it.
            if (voorstel.Registratienummer is null)
                voorstel.KenRegistratienummerToe(await ReserveerRegistratienummerAsync(ctx.Vandaag.Year, ct));
        }
        voorstel.Voer(trigger, invoer, ctx);
        var waarschuwingen = toets?.Waarschuwingen.ToList() ?? [];
        foreach (var w in waarschuwingen)
            voorstel.NoteerRegelbevinding(RegelDienst.Waarschuwing, $"Waarschuwing: {RegelDienst.Omschrijf(toets!, w)}", ctx.Actor, ctx.Nu);
        if (voorstel.BepaaltRoute(trigger))
            voorstel.NoteerRegelbevinding(RegelDienst.RouteBepaald, RouteOmschrijving(voorstel, await regels.ContextAsync(voorstel, ct)), Actor.Systeem, ctx.Nu);
        var gebeurtenissen = voorstel.NeemDomeingebeurtenissen();
        // A proposal held over elsewhere leaves the agenda it was on: logged there, saved with the action.
        if (gebeurtenissen.AndereVergaderingen.Any()) await agendas.NoteerVerplaatsingenAsync(voorstel, gebeurtenissen, ctx.Actor, ct);
        // A submission's number changes the overview's count per project: its kept copy goes when this commits.
        Pages.Overzicht.Overzichtbewaking.Meld(db, gebeurtenissen);
        await SchrijfMailAsync(voorstel, gebeurtenissen, ctx, ct);
        termijnen.Noteer(db, gebeurtenissen, definitie);
        // What the meeting decided, for its besluitenlijst: saved with the decision itself.
        Agendering.Vergaderbesluit.Noteer(db, voorstel.Id, gebeurtenissen, ctx.Nu);
        notificaties.Schrijf(voorstel, gebeurtenissen, ctx);
        await using var schrijf = tx ?? await db.Database.BeginTransactionAsync(ct);
        // The outbox rows and links commit (or roll back) with the transition, in the same save.
        await mail.TrekLinksInAsync(gebeurtenissen, ct);
        await OpslaanAsync(ct);
        if (maillinkId is { } linkId && await db.Maillinks.Where(l => l.Id == linkId && l.GebruiktOp == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.GebruiktOp, ctx.Nu), ct) == 0)
            throw new VoorstelFout("Deze link is al gebruikt.");
        // A traject waiting at a decision moment for this proposal moves with its decision, in this same transaction.
        await besluitmomenten.NaActieAsync(voorstel, gebeurtenissen, ct);
        await schrijf.CommitAsync(ct);
        Productie.Metingen.TelOvergangen(definitie, gebeurtenissen);
        await besluitmomenten.NaCommitVanAsync(schrijf, ct);
        Waarschuwingen = waarschuwingen.Select(w => w.Melding).ToList();
        return gebeurtenissen;
    }

    /// <summary>
    /// Writes the change's mail and links into the unit of work before it is saved, so one save writes all. The tasks
    /// the change opened have no ids yet: the tracker gives them temporary keys, which the links point to and the save
    /// replaces with the real ones.
    /// </summary>
    private Task SchrijfMailAsync(Voorstel voorstel, Domeingebeurtenissen gebeurtenissen, Overgangscontext ctx, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        return mail.StelOpAsync(voorstel, gebeurtenissen, ctx, ct);
    }

    private static string RouteOmschrijving(Voorstel v, Regelcontext regels)
    {
        var adviezen = v.Aspecten.Where(a => a.Vereist).Select(a => AspectTeksten.Naam(a.Aspect)).ToList();
        var bron = string.Join(" en ", new[] { Besluitvorming.Rules.Regelset.VereisteAdviezen, Besluitvorming.Rules.Regelset.RouteOrRaad }
            .Where(regels.ActieveVersies.ContainsKey).Select(n => $"{n} versie {regels.ActieveVersies[n]}"));
        return $"Route bepaald ({bron}): advies van {(adviezen.Count == 0 ? "geen adviseurs" : string.Join(", ", adviezen))}; " +
               $"ondernemingsraad: {(v.OrVereist ? "ja" : "nee")}; gemeenteraad: {(v.RaadVereist ? "ja" : "nee")}";
    }

    /// <summary>
    /// A remark without a decision (an advisor by mail link, say): in the timeline, and the steller gets a mail. Like
    /// an action it is tried again when another save wins the race, so a remark is not refused for someone else's change.
    /// </summary>
    public Task<Voorstel> PlaatsOpmerkingAsync(int voorstelId, string? tekst, Actor? actor = null, CancellationToken ct = default) =>
        MetNieuwePogingAsync(async () =>
        {
            var voorstel = await LaadVoorActieAsync(voorstelId, ct) ?? throw new VoorstelFout("Dit voorstel bestaat niet meer.");
            // A remark routes nothing and opens no task: neither the rule context nor the role holders are read for it,
            // only the steller its mail goes to (one small query; none when this request read the organisation already).
            var definitie = await workflows.VersieAsync(voorstel.WorkflowNaam, voorstel.WorkflowVersie, ct);
            var organisatie = _organisaties.GetValueOrDefault(voorstel.StellerId)
                ?? await OrganisatieSnapshot.StellerAsync(db, voorstel.StellerId, ct);
            var ctx = new Overgangscontext(definitie, actor ?? await actors.HuidigeAsync(ct), organisatie, GeenRoutering.Instantie, klok);
            voorstel.PlaatsOpmerking(tekst, ctx);
            await SchrijfMailAsync(voorstel, voorstel.NeemDomeingebeurtenissen(), ctx, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await OpslaanAsync(ct);
            await tx.CommitAsync(ct);
            mailSignaal.Wek();
            return voorstel;
        });

    /// <summary>
    /// Deletes a concept that was never submitted (see <see cref="Voorstel.MagVerwijderen"/>) with everything it owns,
    /// its uploaded files included, in one transaction. A change since the confirmation page was opened refuses it.
    /// An import that was never submitted needs a <paramref name="motivering"/>; its deletion leaves a
    /// <see cref="Verwijderregel"/> (the audit trail), and its registratienummer is free again.
    /// </summary>
    public async Task<string> VerwijderConceptAsync(int voorstelId, int? gezieneRevisie, Actor? actor = null, CancellationToken ct = default,
        string? motivering = null)
    {
        var voorstel = await LaadAsync(voorstelId, ct) ?? throw new VoorstelFout("Dit voorstel bestaat niet meer.");
        var ctx = await ContextAsync(voorstel, actor, ct);
        voorstel.Verwijder(ctx, gezieneRevisie);
        var bestanden = voorstel.Bijlagen.Select(b => b.BestandId).ToList();
        if (voorstel.Registratienummer is { } nummer)
        {
            var fouten = new Dictionary<string, string>();
            if (string.IsNullOrWhiteSpace(motivering))
                fouten[nameof(Verwijderregel.Motivering)] = "Vul in waarom dit geïmporteerde voorstel wordt verwijderd.";
            else Veldlengtes.Controleer(fouten, nameof(Verwijderregel.Motivering), motivering, Verwijderregel.MotiveringLengte);
            if (fouten.Count > 0) throw new ActieOngeldigException(fouten);
            db.Verwijderregels.Add(new Verwijderregel
            {
                Tijdstip = ctx.Nu, VoorstelId = voorstel.Id, Registratienummer = nummer, Onderwerp = voorstel.Onderwerp,
                StellerNaam = voorstel.StellerNaam, DoorId = ctx.Actor.Id, DoorNaam = ctx.Actor.Naam, Motivering = motivering!.Trim(),
            });
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Voorstellen.Remove(voorstel);
        await OpslaanAsync(ct);
        await besluitmomenten.NaVerwijderingAsync(voorstel, ct);
        await db.Bestanden.Where(b => bestanden.Contains(b.Id) && !db.Bijlagen.Any(x => x.BestandId == b.Id)).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        await besluitmomenten.NaCommitVanAsync(tx, ct);
        return voorstel.Onderwerp;
    }

    /// <summary>
    /// After the steller changed the content (<see cref="Voorstel.WijzigInhoud"/>): a planned date that changed takes the
    /// proposal off the agenda it was on, logged there; another project changes the overview's count per project. The
    /// caller's next save writes both with the content.
    /// </summary>
    public Task NaInhoudswijzigingAsync(Voorstel voorstel, Actor actor, CancellationToken ct = default)
    {
        var gebeurtenissen = voorstel.NeemDomeingebeurtenissen();
        Pages.Overzicht.Overzichtbewaking.Meld(db, gebeurtenissen);
        return agendas.NoteerVerplaatsingenAsync(voorstel, gebeurtenissen, actor, ct);
    }

    /// <summary>Saves; a concurrent change by someone else becomes <see cref="VoorstelGewijzigdException"/>.</summary>
    public async Task OpslaanAsync(CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            _verlorenRace = true;
            throw new VoorstelGewijzigdException();
        }
    }

    /// <summary>
    /// Year-sequence like 14-10749. The counter row is updated before it is read, inside the caller's transaction,
    /// so two submissions at the same moment serialise on it and never get the same number.
    /// </summary>
    private async Task<string> ReserveerRegistratienummerAsync(int jaar, CancellationToken ct)
    {
        var bijgewerkt = await db.Registratietellers.Where(t => t.Jaar == jaar)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Laatste, t => t.Laatste + 1), ct);
        if (bijgewerkt == 0)
        {
            // The year's first number: create the counter. A submission at the same moment may create it too; the
            // loser rolls back to the savepoint (a failed statement spoils a PostgreSQL transaction) and counts on.
            var tx = db.Database.CurrentTransaction!;
            await tx.CreateSavepointAsync(nameof(Registratieteller), ct);
            var teller = new Registratieteller { Jaar = jaar, Laatste = 1 };
            db.Registratietellers.Add(teller);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                await tx.RollbackToSavepointAsync(nameof(Registratieteller), ct);
                db.Entry(teller).State = EntityState.Detached;
                await db.Registratietellers.Where(t => t.Jaar == jaar)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Laatste, t => t.Laatste + 1), ct);
            }
        }
        var laatste = await db.Registratietellers.Where(t => t.Jaar == jaar).Select(t => t.Laatste).SingleAsync(ct);
        // A number imported from the archive may already hold this place in the series (26-00012, or 26-12): skip it
        // and any taken after it. The counter row is this transaction's since the update above, so nobody else counts
        // meanwhile, and an import of the same year waits for it too (see ImporteerAsync).
        var vrij = await EersteVrijeAsync(jaar % 100, laatste, ct);
        if (vrij != laatste)
            await db.Registratietellers.Where(t => t.Jaar == jaar).ExecuteUpdateAsync(s => s.SetProperty(t => t.Laatste, vrij), ct);
        return Registratienummers.Maak(jaar, vrij);
    }

    /// <summary>The first sequence number from <paramref name="vanaf"/> on that no proposal of the year carries, in blocks of 50.</summary>
    private async Task<int> EersteVrijeAsync(int jaar2, int vanaf, CancellationToken ct)
    {
        for (var begin = vanaf; ; begin += Blok)
        {
            var kandidaten = Enumerable.Range(begin, Blok).ToList();
            var bezet = (await BezetAsync(kandidaten.SelectMany(n => Registratienummers.Schrijfwijzen(jaar2, n)).ToList(), ct))
                .Select(n => Registratienummers.Ontleed(n)!.Value.Volgnummer).ToHashSet();
            if (kandidaten.FirstOrDefault(n => !bezet.Contains(n)) is var vrij and > 0) return vrij;
        }
    }

    private const int Blok = 50;

    private Task<List<string>> BezetAsync(List<string> schrijfwijzen, CancellationToken ct) =>
        db.Voorstellen.Where(v => schrijfwijzen.Contains(v.Registratienummer!)).Select(v => v.Registratienummer!).ToListAsync(ct);

    /// <summary>
    /// Registers a proposal from the archive or an earlier system with its historical registratienummer, as a concept
    /// of <paramref name="stellerId"/> (see <see cref="Voorstel.Importeer"/>). A number already in use, however it
    /// is written, is refused at the field. The same form sent twice (its key) goes to the proposal it made.
    /// </summary>
    public async Task<(Voorstel Voorstel, bool Herhaald)> ImporteerAsync(Guid aanmaakSleutel, string? registratienummer, string? bron,
        string stellerId, VoorstelInhoud inhoud, Actor? door = null, CancellationToken ct = default)
    {
        door ??= await actors.HuidigeAsync(ct);
        if (aanmaakSleutel != Guid.Empty && await db.Voorstellen.Where(v => v.AanmaakSleutel == aanmaakSleutel)
                .Select(v => new { v.Id, v.Registratienummer }).SingleOrDefaultAsync(ct) is { } eerder)
        {
            if (eerder.Registratienummer == registratienummer?.Trim()) return ((await LaadAsync(eerder.Id, ct))!, true);
            aanmaakSleutel = Guid.NewGuid();
        }
        if (aanmaakSleutel == Guid.Empty) aanmaakSleutel = Guid.NewGuid();
        var steller = await ActorLader.LaadAsync(db, stellerId, ct);
        var voorstel = Voorstel.Importeer(await NieuwsteDefinitieAsync(ct), steller, door, registratienummer, bron, aanmaakSleutel,
            inhoud, klok.GetUtcNow().UtcDateTime);
        var (jaar2, volgnummer) = Registratienummers.Ontleed(voorstel.Registratienummer)!.Value;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Take the counter of that year, as a submission does, so the check below and a submission's skip see each other.
        await db.Registratietellers.Where(t => t.Jaar % 100 == jaar2).ExecuteUpdateAsync(s => s.SetProperty(t => t.Laatste, t => t.Laatste), ct);
        if ((await BezetAsync(Registratienummers.Schrijfwijzen(jaar2, volgnummer).ToList(), ct)).FirstOrDefault() is { } bezet)
            throw NummerBezet(bezet);
        db.Voorstellen.Add(voorstel);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import of the same number (or the same form) committed first: the unique index said no.
            db.ChangeTracker.Clear();
            throw NummerBezet(voorstel.Registratienummer!);
        }
        await tx.CommitAsync(ct);
        return ((await LaadAsync(voorstel.Id, ct))!, false);
    }

    private static ActieOngeldigException NummerBezet(string nummer) => new(new Dictionary<string, string>
    {
        [nameof(Voorstel.Registratienummer)] = $"Registratienummer {nummer} is al in gebruik bij een ander voorstel; een registratienummer is uniek.",
    });
}
