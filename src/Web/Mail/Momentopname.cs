using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// A proposal just before a transition: what mail to send and which timers to change follow from comparing it
/// with the proposal afterwards (its new open tasks, closed tasks, moved deadlines and new timeline lines).
/// </summary>
public sealed class Momentopname
{
    private readonly Dictionary<Taak, DateOnly?> _open;

    public string Status { get; }
    public int AantalGebeurtenissen { get; }

    public Momentopname(Voorstel voorstel)
    {
        Status = voorstel.Status;
        AantalGebeurtenissen = voorstel.Gebeurtenissen.Count;
        _open = new Dictionary<Taak, DateOnly?>(ReferenceEqualityComparer.Instance);
        foreach (var t in voorstel.Taken.Where(t => t.IsOpen)) _open[t] = t.Deadline;
    }

    public IReadOnlyList<Taak> Geopend(Voorstel na) => na.Taken.Where(t => t.IsOpen && !_open.ContainsKey(t)).ToList();

    public IReadOnlyList<Taak> Gesloten(Voorstel na) => _open.Keys.Where(t => !t.IsOpen).ToList();

    public IReadOnlyList<Taak> Verzet(Voorstel na) =>
        _open.Where(p => p.Key.IsOpen && p.Key.Deadline != p.Value).Select(p => p.Key).ToList();
}
