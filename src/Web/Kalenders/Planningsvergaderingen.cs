using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Termijnen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Kalenders;

/// <summary>
/// The meetings a terugrekenplanning works with, read the same way for the proposal page, the task deadlines and the
/// rules, so they can never disagree: every body, from a year before the B&amp;W date up to <c>tot</c>, in one query.
/// A cancelled meeting does not count (its proposals went to the next one).
/// </summary>
public static class Planningsvergaderingen
{
    public static async Task<IReadOnlyCollection<Vergadermoment>> LaadAsync(BesluitvormingDbContext db, DateOnly geplandBw, DateOnly tot,
        CancellationToken ct = default)
    {
        var van = geplandBw.AddYears(-1);
        var rijen = await db.Vergaderkalender.AsNoTracking()
            .Where(m => m.Datum >= van && m.Datum <= tot && m.Status != Vergaderstatus.Geannuleerd)
            .Select(m => new { m.Soort, m.Datum, m.Sluitingsdatum }).ToListAsync(ct);
        // Vergadersoort and Orgaan share their names and numbers.
        return rijen.Select(m => new Vergadermoment((Orgaan)(int)m.Soort, m.Datum, m.Sluitingsdatum)).ToList();
    }
}
