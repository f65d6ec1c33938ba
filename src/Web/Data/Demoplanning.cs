using Besluitvorming.Web.Kalenders;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// Where demo proposals are planned: on meetings of the calendar (Vergaderkalender), so the DT date is a DT meeting
/// (a Monday in the shipped pattern) and the B&amp;W date a collegevergadering (a Tuesday), never a free date that
/// lands on a Sunday. The calendar has no OR or raad meetings yet: those fall on the college's pattern, weeks later.
/// </summary>
public sealed class Demoplanning(IReadOnlyList<DateOnly> directieteam, IReadOnlyList<(DateOnly Datum, DateOnly Sluitingsdatum)> vergaderingenCollege)
{
    private readonly IReadOnlyList<DateOnly> college = vergaderingenCollege.Select(v => v.Datum).ToList();

    public static async Task<Demoplanning> LaadAsync(BesluitvormingDbContext db, CancellationToken ct = default)
    {
        var vergaderingen = await db.Vergaderkalender.AsNoTracking().Where(v => v.Status != Vergaderstatus.Geannuleerd)
            .Select(v => new { v.Soort, v.Datum, v.Sluitingsdatum }).ToListAsync(ct);
        return new Demoplanning(
            vergaderingen.Where(v => v.Soort == Vergadersoort.Directieteam).Select(v => v.Datum).Order().ToList(),
            vergaderingen.Where(v => v.Soort == Vergadersoort.College).OrderBy(v => v.Datum).Select(v => (v.Datum, v.Sluitingsdatum)).ToList());
    }

    /// <summary>
    /// The next collegevergadering whose agenda is still open on <paramref name="vandaag"/> (closing date today or
    /// later): a proposal reaching the college gate today is on its agenda, not late.
    /// </summary>
    public DateOnly OpenCollege(DateOnly vandaag) => vergaderingenCollege.First(v => v.Sluitingsdatum >= vandaag).Datum;

    /// <summary>The first collegevergadering on or after <paramref name="vanaf"/>.</summary>
    public DateOnly College(DateOnly vanaf) => college.First(d => d >= vanaf);

    /// <summary>The last collegevergadering on or before <paramref name="uiterlijk"/>.</summary>
    public DateOnly CollegeUiterlijk(DateOnly uiterlijk) => college.Last(d => d <= uiterlijk);

    /// <summary>
    /// The DT meeting that prepares a college meeting: the last one before that meeting's agenda closes (around
    /// Christmas the closing date moves forward, and the DT with it), as the terugrekenplanning requires.
    /// </summary>
    public DateOnly DirectieteamVoor(DateOnly collegevergadering)
    {
        var sluiting = vergaderingenCollege.Where(v => v.Datum == collegevergadering).Select(v => (DateOnly?)v.Sluitingsdatum)
            .FirstOrDefault() ?? collegevergadering.AddDays(-6);
        return DirectieteamUiterlijk(sluiting.AddDays(-1));
    }

    public DateOnly DirectieteamUiterlijk(DateOnly uiterlijk) => directieteam.Last(d => d <= uiterlijk);

    /// <summary>
    /// The raad about six weeks after the college, on a day of the college's pattern: the calendar has no raad
    /// meetings yet. Once it has, this takes the first raad meeting from that date.
    /// </summary>
    public DateOnly RaadNa(DateOnly collegevergadering) => College(collegevergadering.AddDays(42));
}
