using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Agendering;

/// <summary>
/// What one meeting decided on one proposal, written in the decision's own transaction from its
/// <see cref="Besluitvorming.Workflows.Voorstellen.BesluitVastgelegd"/> event. The proposal keeps only its latest decision
/// (a proposal held over and decided later carries the later meeting's); the besluitenlijst of the earlier meeting reads
/// its item from here. Rows are only added; when a meeting decided twice on the same proposal, the last one counts.
/// </summary>
public sealed class Vergaderbesluit
{
    public long Id { get; set; }
    public int VoorstelId { get; set; }
    public Vergadersoort Soort { get; set; }
    public DateOnly Vergaderdatum { get; set; }
    /// <summary>The outcome as the trigger that recorded it (<see cref="Agendasoort.Uitkomst"/> names it).</summary>
    public string Trigger { get; set; } = "";
    public string? Besluittekst { get; set; }
    public int? Volgnummer { get; set; }
    /// <summary>The meeting a held-over proposal moved to.</summary>
    public DateOnly? AangehoudenTot { get; set; }
    public DateTime VastgelegdOp { get; set; }

    /// <summary>Adds a row per meeting decision among the change's events to the unit of work; the caller's save writes it.</summary>
    public static void Noteer(BesluitvormingDbContext db, int voorstelId, Domeingebeurtenissen gebeurtenissen, DateTime nu)
    {
        foreach (var b in gebeurtenissen.Lijst.OfType<BesluitVastgelegd>())
            db.Vergaderbesluiten.Add(new Vergaderbesluit
            {
                VoorstelId = voorstelId,
                Soort = Vergaderplanning.Soort(b.Planningsdatum),
                Vergaderdatum = b.Vergaderdatum, Trigger = b.Trigger, Besluittekst = b.Besluittekst, Volgnummer = b.Volgnummer,
                AangehoudenTot = b.AangehoudenTot, VastgelegdOp = nu,
            });
    }
}
