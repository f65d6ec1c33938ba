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

    /// <summary>The one meaning of "te laat": still open while its deadline (a local date) has passed.</summary>
    public bool IsTeLaat(DateOnly vandaag) => IsOpen && Deadline is { } d && d < vandaag;

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
