using System.Linq.Expressions;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>Work a gate asks of one person: a paraaf, an advice, recording a decision, a revision.</summary>
public sealed class Taak
{
    public int Id { get; private set; }
    public int VoorstelId { get; private set; }
    public string Soort { get; private set; } = "";
    /// <summary>The role the holder acts in (see <see cref="Organisatie.Rollen"/>); deputies need the same role.</summary>
    public string Rol { get; private set; } = "";
    public Aspect? Aspect { get; private set; }
    /// <summary>The workflow state the task belongs to; leaving that state closes it.</summary>
    public string Status { get; private set; } = "";
    public string HouderId { get; private set; } = "";
    public string HouderNaam { get; private set; } = "";
    public DateOnly? Deadline { get; private set; }
    public TaakStatus Toestand { get; private set; } = TaakStatus.Open;
    public DateTime AangemaaktOp { get; private set; }
    public DateTime? AfgerondOp { get; private set; }
    public string? AfgerondDoorId { get; private set; }
    public string? AfgerondDoorNaam { get; private set; }
    public string? Uitkomst { get; private set; }

    private Taak() { }

    internal Taak(string soort, string rol, Aspect? aspect, string status, string houderId, string houderNaam,
        DateOnly? deadline, DateTime nu)
    {
        Soort = soort;
        Rol = rol;
        Aspect = aspect;
        Status = status;
        HouderId = houderId;
        HouderNaam = houderNaam;
        Deadline = deadline;
        AangemaaktOp = nu;
    }

    public bool IsOpen => Toestand == TaakStatus.Open;

    // The one definition of 'late': an open task whose deadline lies before today (the app's local date). A
    // proposal is late when one of its open tasks is (Voorstel.IsTeLaat). TeLaatOp is the same rule for queries;
    // a test holds the two together.
    public bool IsTeLaat(DateOnly vandaag) => IsTeLaatOp(Toestand, Deadline, vandaag);

    /// <summary>The rule for a task read as a projection (toestand and deadline only).</summary>
    public static bool IsTeLaatOp(TaakStatus toestand, DateOnly? deadline, DateOnly vandaag) =>
        toestand == TaakStatus.Open && deadline is { } d && d < vandaag;

    /// <summary>The same rule as an expression a database can evaluate.</summary>
    public static Expression<Func<Taak, bool>> TeLaatOp(DateOnly vandaag) =>
        t => t.Toestand == TaakStatus.Open && t.Deadline != null && t.Deadline < vandaag;

    internal void Rond(string doorId, string doorNaam, string uitkomst, DateTime nu)
    {
        Toestand = TaakStatus.Afgerond;
        AfgerondDoorId = doorId;
        AfgerondDoorNaam = doorNaam;
        Uitkomst = uitkomst;
        AfgerondOp = nu;
    }

    internal void Verval(string reden, DateTime nu)
    {
        Toestand = TaakStatus.Vervallen;
        Uitkomst = reden;
        AfgerondOp = nu;
    }

    internal void VerzetDeadline(DateOnly? deadline) => Deadline = deadline;
}
