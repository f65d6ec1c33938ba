namespace Besluitvorming.Web.Agendering;

/// <summary>
/// The agenda of one meeting as the secretary arranged it: the order and hamerstuk/bespreekstuk choice of its items
/// (<see cref="Agendapunt"/>), when it was fixed (vastgesteld) and every change made to it (<see cref="Agendawijziging"/>).
/// Which proposals are candidates is not stored: they are those planned on the meeting's date (see <see cref="Agendasoort"/>).
/// The row exists from the first change; until then the agenda is the default one.
/// </summary>
public sealed class Agenda
{
    public int Id { get; set; }
    /// <summary>The meeting (<see cref="Kalenders.Vergaderdatum"/>): one agenda per meeting.</summary>
    public int VergaderingId { get; set; }
    /// <summary>The starting time of the meeting, set when the agenda is fixed; on the besluitenlijst.</summary>
    public TimeOnly? Aanvang { get; set; }
    public DateTime? VastgesteldOp { get; set; }
    public string? VastgesteldDoor { get; set; }
    /// <summary>Raised by every change, so two secretaries changing the agenda at once cannot both win.</summary>
    public int Versie { get; set; }
    public List<Agendapunt> Punten { get; set; } = [];
    public List<Agendawijziging> Wijzigingen { get; set; } = [];
}
