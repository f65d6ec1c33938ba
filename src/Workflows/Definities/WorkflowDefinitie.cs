namespace Besluitvorming.Workflows.Definities;

/// <summary>
/// A route as data: states, the triggers that leave them, who may fire each trigger, guards by name and the
/// tasks each state opens. Loaded from JSON (seeds/workflows/*.json) by <see cref="WorkflowDefinitieLezer"/>.
/// </summary>
public sealed class WorkflowDefinitie
{
    [System.Text.Json.Serialization.JsonPropertyName("$comment")]
    public string? Toelichting { get; init; }
    public string Naam { get; init; } = "";
    /// <summary>What runs on it (see <see cref="Families"/>): a collegevoorstel when absent, or a traject.</summary>
    public string Familie { get; init; } = Families.Collegevoorstel;
    public int Versie { get; init; }
    public string Titel { get; init; } = "";
    public string Beginstatus { get; init; } = "";
    public List<StatusDefinitie> Statussen { get; init; } = [];
    /// <summary>
    /// Triggers this definition adds to the known ones (a collegevoorstel only): each completes the actor's open task
    /// and records nothing else, so a new gate needs no code.
    /// </summary>
    public List<string> EigenTriggers { get; init; } = [];

    public StatusDefinitie Status(string naam) =>
        Statussen.FirstOrDefault(s => s.Naam == naam)
        ?? throw new InvalidOperationException($"Status '{naam}' bestaat niet in workflow '{Naam}' versie {Versie}.");

    public StatusDefinitie? ZoekStatus(string naam) => Statussen.FirstOrDefault(s => s.Naam == naam);

    public string StatusTitel(string naam) => ZoekStatus(naam)?.Titel ?? naam;

    public OvergangDefinitie? ZoekOvergang(string status, string trigger) =>
        ZoekStatus(status)?.Overgangen.FirstOrDefault(o => o.Trigger == trigger);

    /// <summary>The gate word of a trigger in a status (the same on every transition of that trigger there), or null.</summary>
    public string? PoortVoor(string status, string trigger) =>
        ZoekStatus(status)?.Overgangen.FirstOrDefault(o => o.Trigger == trigger && o.Poort is not null)?.Poort;

    /// <summary>The definition of the task a status opened with this kind, or null (a task of a kind the status no longer knows).</summary>
    public TaakDefinitie? TaakDefinitie(string status, string soort) => ZoekStatus(status)?.Taken.FirstOrDefault(t => t.Soort == soort);

    /// <summary>What a task of this kind in this status asks, as people read it.</summary>
    public string TaakTitel(string status, string soort) => TaakDefinitie(status, soort)?.Titel ?? Taaksoorten.Naam(soort);

    /// <summary>The gate that applies in a status: the one its first gated transition passes.</summary>
    public string? PoortInStatus(string status) =>
        ZoekStatus(status)?.Overgangen.FirstOrDefault(o => o.Poort is not null)?.Poort;
}

public sealed class StatusDefinitie
{
    public string Naam { get; init; } = "";
    public string Titel { get; init; } = "";
    public string? Omschrijving { get; init; }
    /// <summary>A final state: the proposal's route has ended (besloten, afgewezen, ingetrokken).</summary>
    public bool Eind { get; init; }
    /// <summary>The steller may change the content in this state (concept, teruggestuurd).</summary>
    public bool BewerkbaarDoorSteller { get; init; }
    public List<TaakDefinitie> Taken { get; init; } = [];
    /// <summary>Traject steps only (see <see cref="TrajectStapvelden"/>).</summary>
    public string? EigenaarRol { get; init; }
    public int? TermijnWerkdagen { get; init; }
    public List<string> VereistBewijs { get; init; } = [];
    public BesluitmomentDefinitie? Besluitmoment { get; init; }
    public List<OvergangDefinitie> Overgangen { get; init; } = [];
}

public sealed class OvergangDefinitie
{
    public string Trigger { get; init; } = "";
    /// <summary>Target state; null together with <see cref="Intern"/> for a transition that stays put.</summary>
    public string? Naar { get; init; }
    public bool Intern { get; init; }
    /// <summary>Fired by the system as soon as its guards hold; its only role is <c>Systeem</c>.</summary>
    public bool Automatisch { get; init; }
    /// <summary>Button text in the UI.</summary>
    public string? Titel { get; init; }
    public List<string> Rollen { get; init; } = [];
    /// <summary>Guard names, all of which must hold; "!Naam" negates, "Naam:argument" passes an argument.</summary>
    public List<string> Guards { get; init; } = [];
    /// <summary>
    /// The gate this transition passes: rule set <c>poort-{Poort}</c> checks the proposal before it fires. Null for
    /// a transition without a gate (withdrawing, returning, deferring, rejecting).
    /// </summary>
    public string? Poort { get; init; }
    /// <summary>Mails the transition sends, by word; see <see cref="Overgangsmails"/>.</summary>
    public List<string> Mail { get; init; } = [];
    /// <summary>
    /// What the action form asks, in order; a field with a <see cref="InvoerveldDefinitie.Verplicht"/> message is
    /// refused when empty. See <see cref="Invoervelden"/> for the field names.
    /// </summary>
    public List<InvoerveldDefinitie> Invoer { get; init; } = [];
    /// <summary>A line on the action form saying what the action leads to.</summary>
    public string? Uitleg { get; init; }
}

public sealed class TaakDefinitie
{
    /// <summary>See <see cref="Taaksoorten"/>.</summary>
    public string Soort { get; init; } = "";
    public string Rol { get; init; } = "";
    /// <summary>What the task asks, as people read it; required for a kind <see cref="Taaksoorten"/> does not name.</summary>
    public string? Titel { get; init; }
    /// <summary>Deadline in working days from the moment the task opens; null for none.</summary>
    public int? TermijnWerkdagen { get; init; }
    /// <summary>Who gets the task (see <see cref="Taakhouders"/>); the holder of <see cref="Rol"/> when absent.</summary>
    public string Houder { get; init; } = Taakhouders.Rol;
    /// <summary>
    /// A planned meeting date of the proposal (see <see cref="Planningsdatums"/>) that is the deadline while it lies
    /// ahead; the working-day term applies otherwise.
    /// </summary>
    public string? Gepland { get; init; }
    /// <summary>The mail the holder gets when the task opens (see <see cref="Taakmails"/>); a plain task mail when absent.</summary>
    public string Mail { get; init; } = Taakmails.Taak;
    /// <summary>The task is watched: a reminder before its deadline and an escalation after it.</summary>
    public bool Termijnbewaking { get; init; }
}
