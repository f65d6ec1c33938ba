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
}

/// <summary>The words a transition's <c>mail</c> list may use.</summary>
public static class Overgangsmails
{
    /// <summary>The transition records a decision of the college or the raad: the betrokkenen get the decision.</summary>
    public const string Besluit = "besluit";

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { Besluit };
}

public sealed class TaakDefinitie
{
    /// <summary>See <see cref="Taaksoorten"/>.</summary>
    public string Soort { get; init; } = "";
    public string Rol { get; init; } = "";
    /// <summary>Deadline in working days from the moment the task opens; null for none.</summary>
    public int? TermijnWerkdagen { get; init; }
}
