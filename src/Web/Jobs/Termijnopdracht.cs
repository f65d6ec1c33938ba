namespace Besluitvorming.Web.Jobs;

/// <summary>
/// One timer change that a committed transition implies, queued in the transition's own save: plan (or move) the
/// reminder or escalation of one advice task at <see cref="Op"/> for <see cref="Deadline"/>, or remove it (both null).
/// <see cref="Termijnrij"/> applies the queue to Quartz after the commit, in id order, and then deletes the rows.
/// </summary>
public sealed class Termijnopdracht
{
    public long Id { get; private set; }
    public int TaakId { get; private set; }
    /// <summary><see cref="TermijnPlanner.Herinnering"/> or <see cref="TermijnPlanner.Escalatie"/>.</summary>
    public string Soort { get; private set; } = "";
    public DateOnly? Deadline { get; private set; }
    /// <summary>The moment the timer fires (UTC); null removes the timer.</summary>
    public DateTime? Op { get; private set; }
    public DateTime AangemaaktOp { get; private set; }

    private Termijnopdracht() { }

    public static Termijnopdracht Plan(int taakId, string soort, DateOnly deadline, DateTimeOffset op, DateTime nu) =>
        new() { TaakId = taakId, Soort = soort, Deadline = deadline, Op = op.UtcDateTime, AangemaaktOp = nu };

    public static Termijnopdracht Verwijder(int taakId, string soort, DateTime nu) =>
        new() { TaakId = taakId, Soort = soort, AangemaaktOp = nu };

    public bool IsVerwijdering => Op is null;
}
