using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Trajecten;

/// <summary>
/// A traject of a project (one accommodatie's route, one voorzieningenprogramma) running on a workflow definition of
/// family <c>traject</c>, the version it started on. Each visit of a step is a <see cref="TrajectStap"/> with its
/// owner, deadline (working days), evidence and remarks; everything that happens is a timeline line and raises domain
/// events as a collegevoorstel does. Verbs take the definition the traject runs on.
/// </summary>
public sealed partial class Traject
{
    private readonly List<TrajectStap> _stappen = [];
    private readonly List<TrajectGebeurtenis> _gebeurtenissen = [];
    private readonly List<Domeingebeurtenis> _domeingebeurtenissen = [];
    private Dictionary<string, Taakhouder> _eigenaren = [];
    private ITrajectPoort? _poort;

    public int Id { get; private set; }
    public int? ProjectId { get; private set; }
    public string Naam { get; private set; } = "";
    /// <summary>The kern (village or district) the traject serves, for the board's filter; null when not tied to one.</summary>
    public string? Kern { get; private set; }
    /// <summary>The group of houses that share the joint track (e.g. "Groep 1"); null when the traject runs alone.</summary>
    public string? Groep { get; private set; }
    /// <summary>Optimistic concurrency token: raised by every change, so two saves of the same state never both win.</summary>
    public int Versie { get; private set; }
    public string WorkflowNaam { get; private set; } = "";
    public int WorkflowVersie { get; private set; }
    /// <summary>The current step (state name of the definition).</summary>
    public string Status { get; private set; } = "";
    public DateTime StatusSinds { get; private set; }
    public string ProjectleiderId { get; private set; } = "";
    public string ProjectleiderNaam { get; private set; } = "";
    public IReadOnlyList<TrajectStap> Stappen => _stappen;
    public IReadOnlyList<TrajectGebeurtenis> Gebeurtenissen => _gebeurtenissen;
    /// <summary>Who owns the steps of each <c>eigenaarRol</c> (role name to person); others fall to the projectleider.</summary>
    public IReadOnlyDictionary<string, Taakhouder> Eigenaren => _eigenaren;

    private Traject() { }

    /// <summary>The open visit of the current step; null once the traject has ended.</summary>
    public TrajectStap? HuidigeStap => _stappen.LastOrDefault(s => s.IsOpen);

    /// <summary>The traject waits for the outcome of this linked collegevoorstel.</summary>
    public int? WachtOpVoorstelId => HuidigeStap?.VoorstelId;

    public bool IsAfgerond(WorkflowDefinitie definitie) => Definitie(definitie).Status(Status).Eind;

    /// <summary>
    /// Starts a traject at the definition's first step. Each step is owned by the person named for its
    /// <c>eigenaarRol</c> in <paramref name="eigenaren"/>, otherwise by the projectleider.
    /// </summary>
    public static Traject Start(WorkflowDefinitie definitie, string naam, int? projectId, Taakhouder projectleider,
        IReadOnlyDictionary<string, Taakhouder> eigenaren, Actor actor, DateTime nu, string? kern = null, string? groep = null)
    {
        if (definitie.Familie != Families.Traject)
            throw new ArgumentException($"Workflow '{definitie.Naam}' is geen trajectdefinitie.", nameof(definitie));
        if (string.IsNullOrWhiteSpace(naam)) throw new TrajectFout("Geef het traject een naam.", "naam");
        var traject = new Traject
        {
            ProjectId = projectId,
            Naam = naam.Trim(),
            WorkflowNaam = definitie.Naam,
            WorkflowVersie = definitie.Versie,
            Status = definitie.Beginstatus,
            StatusSinds = nu,
            ProjectleiderId = projectleider.Id,
            ProjectleiderNaam = projectleider.Naam,
            _eigenaren = new Dictionary<string, Taakhouder>(eigenaren),
            Kern = string.IsNullOrWhiteSpace(kern) ? null : kern.Trim(),
            Groep = string.IsNullOrWhiteSpace(groep) ? null : groep.Trim(),
        };
        traject.Log(nu, actor, "Gestart", $"Traject gestart op {definitie.Titel} (versie {definitie.Versie})", null, null, definitie.Beginstatus);
        traject.OpenStap(definitie.Status(definitie.Beginstatus), nu);
        return traject;
    }

    // ---- Verbs ----------------------------------------------------------------------------------------------

    /// <summary>Adds evidence to the current step (a bijlage the host stored).</summary>
    public void VoegBewijsToe(WorkflowDefinitie definitie, Actor actor, Bewijs bewijs, DateTime nu)
    {
        var stap = Open(definitie);
        EisEigenaarOfProjectleider(actor, stap);
        if (!Bewijssoorten.Alle.Contains(bewijs.Soort)) throw new TrajectFout($"Onbekende soort bewijs '{bewijs.Soort}'.", "bewijs");
        stap.VoegBewijsToe(bewijs);
        Log(nu, actor, "Bewijs", $"{Hoofdletter(Bewijssoorten.Naam(bewijs.Soort))} toegevoegd: {bewijs.Naam}", null, Status, null);
    }

    /// <summary>Completes the current step with its evidence; the definition says which kinds it needs.</summary>
    public void Voltooien(WorkflowDefinitie definitie, Actor actor, IEnumerable<Bewijs> bewijs, string? opmerking, DateTime nu)
    {
        var stap = Open(definitie);
        var overgang = Overgang(definitie, TrajectTriggers.Voltooien, "Deze stap wordt niet afgerond maar besloten: start een besluitmoment.");
        EisRol(actor, stap, overgang);
        var nieuw = bewijs.ToList();
        foreach (var b in nieuw.Where(b => !Bewijssoorten.Alle.Contains(b.Soort)))
            throw new TrajectFout($"Onbekende soort bewijs '{b.Soort}'.", "bewijs");
        var aanwezig = stap.Bewijs.Concat(nieuw).Select(b => b.Soort).ToHashSet();
        var ontbreekt = definitie.Status(Status).VereistBewijs.Where(s => !aanwezig.Contains(s)).ToList();
        if (ontbreekt.Count > 0)
            Weiger(definitie, nu, actor, $"Voeg eerst toe: {string.Join(", ", ontbreekt.Select(Bewijssoorten.Naam))}. " +
                              "Deze stap kan zonder dat bewijs niet worden afgerond.", "bewijs");
        ToetsPoort(definitie, actor, overgang, stap, nieuw, opmerking, nu);

        foreach (var b in nieuw) stap.VoegBewijsToe(b);
        if (!string.IsNullOrWhiteSpace(opmerking)) stap.VoegOpmerkingToe(opmerking.Trim());
        Ga(definitie, actor, overgang, StapUitkomst.Voltooid, string.IsNullOrWhiteSpace(opmerking) ? null : opmerking.Trim(), nu,
            $"Stap '{definitie.StatusTitel(Status)}' afgerond" + (nieuw.Count > 0 ? $" met {string.Join(", ", nieuw.Select(b => Bewijssoorten.Naam(b.Soort)))}" : ""));
    }

    /// <summary>Sends the traject back to the step before, with a reason.</summary>
    public void Terugsturen(WorkflowDefinitie definitie, Actor actor, string reden, DateTime nu)
    {
        var stap = Open(definitie);
        var overgang = Overgang(definitie, TrajectTriggers.Terugsturen, "Dit is de eerste stap; er is niets om naar terug te sturen.");
        EisRol(actor, stap, overgang);
        EisNietWachtend(stap);
        var r = EisReden(reden);
        ToetsPoort(definitie, actor, overgang, stap, [], r, nu);
        Ga(definitie, actor, overgang, StapUitkomst.Teruggestuurd, r, nu,
            $"Teruggestuurd van '{definitie.StatusTitel(Status)}' naar '{definitie.StatusTitel(overgang.Naar!)}'");
    }

    /// <summary>Skips the current step with a reason; only the projectleider may.</summary>
    public void Overslaan(WorkflowDefinitie definitie, Actor actor, string reden, DateTime nu)
    {
        var stap = Open(definitie);
        if (!IsProjectleider(actor)) throw new TrajectGeenToegangException("Alleen de projectleider kan een stap overslaan.");
        var overgang = Overgang(definitie, TrajectTriggers.Overslaan, "Een besluitmoment kan niet worden overgeslagen.");
        var r = EisReden(reden);
        ToetsPoort(definitie, actor, overgang, stap, [], r, nu);
        Ga(definitie, actor, overgang, StapUitkomst.Overgeslagen, r, nu,
            $"Stap '{definitie.StatusTitel(Status)}' overgeslagen");
    }

    /// <summary>
    /// Re-opens an earlier step that was completed or skipped (also after the traject ended); the current step lapses.
    /// Only the projectleider may, and not while a decision moment waits for its proposal.
    /// </summary>
    public void Heropenen(WorkflowDefinitie definitie, Actor actor, string stapNaam, string reden, DateTime nu)
    {
        Definitie(definitie);
        if (!IsProjectleider(actor)) throw new TrajectGeenToegangException("Alleen de projectleider kan een stap heropenen.");
        if (!_stappen.Any(s => s.Stap == stapNaam && s.Uitkomst is StapUitkomst.Voltooid or StapUitkomst.Overgeslagen or StapUitkomst.Ingestemd))
            throw new TrajectFout($"Stap '{definitie.StatusTitel(stapNaam)}' is niet eerder afgerond en kan dus niet worden heropend.", "stap");
        var reden2 = EisReden(reden);
        if (HuidigeStap is { } huidig)
        {
            EisNietWachtend(huidig);
            if (huidig.Stap == stapNaam) throw new TrajectFout("Deze stap is al open.", "stap");
            SluitStap(huidig, StapUitkomst.Vervallen, "heropend: " + stapNaam, nu);
        }
        var van = Status;
        Status = stapNaam;
        StatusSinds = nu;
        Log(nu, actor, "Heropend", $"Stap '{definitie.StatusTitel(stapNaam)}' heropend", reden2, van, stapNaam);
        _domeingebeurtenissen.Add(new TrajectStapVoltooid("Heropenen", van, stapNaam, reden2));
        OpenStap(definitie.Status(stapNaam), nu);
    }

    /// <summary>Links the collegevoorstel started for this decision moment; the traject waits for its outcome.</summary>
    public void StartBesluitmoment(WorkflowDefinitie definitie, Actor actor, int voorstelId, DateTime nu)
    {
        var stap = Open(definitie);
        var overgang = Overgang(definitie, TrajectTriggers.StartBesluitmoment, "Deze stap is geen besluitmoment.");
        EisRol(actor, stap, overgang);
        if (stap.VoorstelId is { } al)
            throw new TrajectFout($"Dit besluitmoment wacht al op het besluit over voorstel {al}.");
        var raad = definitie.Status(Status).Besluitmoment!.Raad;
        ToetsPoort(definitie, actor, overgang, stap, [], null, nu);
        stap.Koppel(voorstelId);
        Machine(definitie).Fire(TrajectTriggers.StartBesluitmoment);
        Log(nu, actor, "Besluitmoment", $"Besluitmoment gestart: collegevoorstel {voorstelId} gekoppeld" + (raad ? " (met raadsbesluit)" : ""), null, Status, null);
        _domeingebeurtenissen.Add(new BesluitmomentGestart(stap, voorstelId, raad));
    }

    /// <summary>
    /// The linked proposal was withdrawn (or its concept deleted): the decision moment is free again, so the projectleider
    /// can start a new one. The step stays open and keeps its deadline.
    /// </summary>
    public void VerwerkIntrekking(WorkflowDefinitie definitie, int voorstelId, DateTime nu)
    {
        var stap = Open(definitie);
        if (stap.VoorstelId != voorstelId)
            throw new TrajectFout($"Het traject wacht niet op een besluit over voorstel {voorstelId}.");
        stap.Ontkoppel();
        Log(nu, Actor.Systeem, "BesluitmomentVrij", $"Voorstel {voorstelId} ingetrokken; het besluitmoment kan opnieuw worden gestart", null, Status, null);
    }

    /// <summary>
    /// The linked proposal's outcome: ingestemd moves to the next step, afgewezen back to the definition's planning
    /// step (<c>terugNaar</c>), aangehouden leaves the traject waiting at the step.
    /// </summary>
    public void VerwerkBesluit(WorkflowDefinitie definitie, int voorstelId, Besluituitkomst uitkomst, DateTime nu)
    {
        var stap = Open(definitie);
        if (stap.VoorstelId != voorstelId)
            throw new TrajectFout($"Het traject wacht niet op een besluit over voorstel {voorstelId}.");
        var systeem = Actor.Systeem;
        switch (uitkomst)
        {
            case Besluituitkomst.Aangehouden:
                Log(nu, systeem, "Besluit", $"Voorstel {voorstelId} aangehouden; het traject wacht op een volgend besluit", null, Status, null);
                break;
            case Besluituitkomst.Ingestemd:
                Ga(definitie, systeem, Overgang(definitie, TrajectTriggers.Ingestemd, ""), StapUitkomst.Ingestemd, null, nu,
                    $"Voorstel {voorstelId} ingestemd");
                break;
            case Besluituitkomst.Afgewezen:
                var overgang = Overgang(definitie, TrajectTriggers.Afgewezen, "");
                Ga(definitie, systeem, overgang, StapUitkomst.Afgewezen, null, nu,
                    $"Voorstel {voorstelId} afgewezen; terug naar '{definitie.StatusTitel(overgang.Naar!)}'");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(uitkomst));
        }
    }

    /// <summary>Moves the deadline of the current step (the projectleider, with a reason).</summary>
    public void VerzetTermijn(WorkflowDefinitie definitie, Actor actor, DateOnly deadline, string reden, DateTime nu)
    {
        var stap = Open(definitie);
        if (!IsProjectleider(actor)) throw new TrajectGeenToegangException("Alleen de projectleider kan de termijn van een stap verzetten.");
        var r = EisReden(reden);
        var was = stap.Deadline;
        if (was == deadline) return;
        stap.VerzetDeadline(deadline);
        Log(nu, actor, "Termijn", $"Termijn van '{definitie.StatusTitel(Status)}' verzet naar {deadline:dd-MM-yyyy}", r, Status, null);
        _domeingebeurtenissen.Add(new TrajectTermijnVerschoven(stap, was));
    }

    /// <summary>Hands the current step to another owner (the projectleider).</summary>
    public void DraagOver(WorkflowDefinitie definitie, Actor actor, Taakhouder eigenaar, DateTime nu)
    {
        var stap = Open(definitie);
        if (!IsProjectleider(actor)) throw new TrajectGeenToegangException("Alleen de projectleider kan een stap overdragen.");
        var was = stap.EigenaarNaam;
        stap.DraagOver(eigenaar);
        Log(nu, actor, "Overgedragen", $"Stap '{definitie.StatusTitel(Status)}' overgedragen van {was} aan {eigenaar.Naam}", null, Status, null);
        _domeingebeurtenissen.Add(new TrajectStapGesloten(stap));
        _domeingebeurtenissen.Add(new TrajectStapGeopend(stap));
    }

    /// <summary>A remark on the current step, by its owner or the projectleider.</summary>
    public void PlaatsOpmerking(WorkflowDefinitie definitie, Actor actor, string tekst, DateTime nu)
    {
        var stap = Open(definitie);
        EisEigenaarOfProjectleider(actor, stap);
        if (string.IsNullOrWhiteSpace(tekst)) throw new TrajectFout("Schrijf een opmerking.", "tekst");
        stap.VoegOpmerkingToe(tekst.Trim());
        Log(nu, actor, "Opmerking", tekst.Trim(), null, Status, null);
        _domeingebeurtenissen.Add(new TrajectOpmerkingGeplaatst(stap, actor, tekst.Trim()));
    }

    /// <summary>The domain events raised since the last call, in order; the aggregate forgets them.</summary>
    public IReadOnlyList<Domeingebeurtenis> NeemDomeingebeurtenissen()
    {
        var lijst = _domeingebeurtenissen.ToList();
        _domeingebeurtenissen.Clear();
        return lijst;
    }

    /// <summary>
    /// The gate rules this traject's verbs check before a transition with a <c>poort</c> fires (for this unit of work;
    /// not stored). Without one, gates are not checked: the host sets it on every traject it loads for an action.
    /// </summary>
    public void GebruikPoort(ITrajectPoort poort) => _poort = poort;

    public bool IsProjectleider(Actor actor) => actor.Id == ProjectleiderId || actor.VervangtVoor.Contains(ProjectleiderId);

    // ---- Helpers --------------------------------------------------------------------------------------------

    private WorkflowDefinitie Definitie(WorkflowDefinitie definitie) =>
        definitie.Naam == WorkflowNaam && definitie.Versie == WorkflowVersie
            ? definitie
            : throw new ArgumentException($"Het traject loopt op '{WorkflowNaam}' versie {WorkflowVersie}, niet op '{definitie.Naam}' versie {definitie.Versie}.", nameof(definitie));

    private TrajectStap Open(WorkflowDefinitie definitie) =>
        HuidigeStap is { } stap && Definitie(definitie).Status(Status) is { Eind: false }
            ? stap
            : throw new TrajectFout("Het traject is afgerond; heropen eerst een stap.");

    private OvergangDefinitie Overgang(WorkflowDefinitie definitie, string trigger, string melding) =>
        definitie.ZoekOvergang(Status, trigger) ?? throw new TrajectFout(melding);

    private void EisRol(Actor actor, TrajectStap stap, OvergangDefinitie overgang)
    {
        if (!MagRol(actor, stap, overgang))
            throw new TrajectGeenToegangException("Alleen de eigenaar van de stap of de projectleider kan dit doen.");
    }

    private bool MagRol(Actor actor, TrajectStap stap, OvergangDefinitie overgang)
    {
        var alsProjectleider = IsProjectleider(actor) && overgang.Rollen.Contains(Rollen.Projectleider);
        var alsEigenaar = (actor.Id == stap.EigenaarId || actor.VervangtVoor.Contains(stap.EigenaarId)) && overgang.Rollen.Any(actor.HeeftRol);
        return alsProjectleider || alsEigenaar;
    }

    private void EisEigenaarOfProjectleider(Actor actor, TrajectStap stap)
    {
        if (!IsProjectleider(actor) && actor.Id != stap.EigenaarId && !actor.VervangtVoor.Contains(stap.EigenaarId))
            throw new TrajectGeenToegangException("Alleen de eigenaar van de stap of de projectleider kan dit doen.");
    }

    /// <summary>
    /// Refuses an action for a reason the record must keep (missing evidence, a blocking rule): the refusal becomes a
    /// timeline line, and the host saves it although nothing else changed.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Weiger(WorkflowDefinitie definitie, DateTime nu, Actor actor, string melding, string? veld)
    {
        Log(nu, actor, "Geweigerd", $"Stap '{definitie.StatusTitel(Status)}' niet afgerond: {melding}", null, Status, null);
        throw new TrajectGeweigerdException(melding, veld);
    }

    /// <summary>The gate of the transition: a blocking rule refuses (recorded), a warning is recorded and the action goes on.</summary>
    private void ToetsPoort(WorkflowDefinitie definitie, Actor actor, OvergangDefinitie overgang, TrajectStap stap,
        IReadOnlyList<Bewijs> nieuw, string? opmerking, DateTime nu)
    {
        if (overgang.Poort is null || _poort?.Toets(new Poortvraag(definitie, this, overgang, stap, nieuw, opmerking, actor, nu)) is not { } oordeel)
            return;
        if (oordeel.Blokkerend.Count > 0) Weiger(definitie, nu, actor, string.Join(" ", oordeel.Blokkerend), null);
        foreach (var w in oordeel.Waarschuwingen)
            Log(nu, actor, "Waarschuwing", $"Stap '{definitie.StatusTitel(Status)}': {w}", null, Status, null);
    }

    private static void EisNietWachtend(TrajectStap stap)
    {
        if (stap.VoorstelId is { } id)
            throw new TrajectFout($"Het traject wacht op het besluit over voorstel {id}; trek dat voorstel eerst in.");
    }

    private static string EisReden(string? reden) =>
        string.IsNullOrWhiteSpace(reden) ? throw new TrajectFout("Geef een reden op.", "reden") : reden.Trim();

    private Stateless.StateMachine<string, string> Machine(WorkflowDefinitie definitie) =>
        TrajectMachine.Bouw(definitie, () => Status, s => Status = s);

    /// <summary>Fires the transition: closes the current visit, moves, opens the next step (unless it is the end).</summary>
    private void Ga(WorkflowDefinitie definitie, Actor actor, OvergangDefinitie overgang, StapUitkomst uitkomst,
        string? reden, DateTime nu, string omschrijving)
    {
        var van = Status;
        SluitStap(HuidigeStap!, uitkomst, reden, nu);
        Machine(definitie).Fire(overgang.Trigger);
        StatusSinds = nu;
        Log(nu, actor, overgang.Trigger, omschrijving, reden, van, Status);
        _domeingebeurtenissen.Add(new TrajectStapVoltooid(overgang.Trigger, van, Status, reden));
        var naar = definitie.Status(Status);
        if (naar.Eind) Log(nu, Actor.Systeem, "Afgerond", "Traject afgerond", null, null, Status);
        else OpenStap(naar, nu);
    }

    private void SluitStap(TrajectStap stap, StapUitkomst uitkomst, string? reden, DateTime nu)
    {
        stap.Sluit(uitkomst, reden, nu);
        _domeingebeurtenissen.Add(new TrajectStapGesloten(stap));
    }

    private void OpenStap(StatusDefinitie stap, DateTime nu)
    {
        var eigenaar = stap.EigenaarRol is { } rol && _eigenaren.TryGetValue(rol, out var e)
            ? e
            : new Taakhouder(ProjectleiderId, ProjectleiderNaam);
        DateOnly? deadline = stap.TermijnWerkdagen is { } dagen ? Werkdagen.Plus(DateOnly.FromDateTime(nu), dagen) : null;
        var visit = new TrajectStap(stap.Naam, eigenaar, deadline, nu);
        _stappen.Add(visit);
        _domeingebeurtenissen.Add(new TrajectStapGeopend(visit));
    }

    // Every verb logs, so every change raises the concurrency token here.
    private void Log(DateTime nu, Actor actor, string soort, string omschrijving, string? reden, string? van, string? naar)
    {
        _gebeurtenissen.Add(new TrajectGebeurtenis(nu, actor, soort, omschrijving, reden, van, naar));
        Versie++;
    }

    private static string Hoofdletter(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
