using Besluitvorming.Workflows.Termijnen;
using System.Text.Json;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Kalenders;

/// <summary>
/// Fills empty calendars from seeds/kalenders: the budget calendar as listed, meetings from their pattern, per body
/// that has no meetings yet (a body added to the pattern reaches an existing database once, and never twice).
/// </summary>
public static class KalenderInitialisatie
{
    private sealed record Vergaderpatroon(int JarenTerug, int JarenVooruit, List<Reeks> Vergaderingen);

    /// <summary>One body's series: weekly, every <see cref="ElkeWeken"/> weeks, or on the n-th weekday of the month.</summary>
    internal sealed record Reeks(Vergadersoort Soort, DayOfWeek Weekdag, TimeOnly Aanvang, int SluitingWerkdagenVooraf,
        int? ElkeWeken = null, int? WeekVanDeMaand = null, List<int>? BehalveMaanden = null, string? Locatie = null)
    {
        public IEnumerable<DateOnly> Datums(DateOnly van, DateOnly tot)
        {
            var eerste = van;
            while (eerste.DayOfWeek != Weekdag) eerste = eerste.AddDays(1);
            for (var d = eerste; d <= tot; d = d.AddDays(7))
            {
                if (BehalveMaanden?.Contains(d.Month) == true) continue;
                if (ElkeWeken is { } n && (d.DayNumber - eerste.DayNumber) / 7 % n != 0) continue;
                if (WeekVanDeMaand is { } w && !IsWeekVanDeMaand(d, w)) continue;
                yield return d;
            }
        }

        /// <summary>Whether the day is the n-th of its weekday in its month (counted from the end when negative).</summary>
        private static bool IsWeekVanDeMaand(DateOnly d, int n) =>
            n > 0 ? (d.Day - 1) / 7 + 1 == n : (DateTime.DaysInMonth(d.Year, d.Month) - d.Day) / 7 + 1 == -n;
    }

    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task InitialiseerAsync(BesluitvormingDbContext db, string map, DateOnly vandaag, CancellationToken ct = default)
    {
        if (!await db.Begrotingskalender.AnyAsync(ct))
        {
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(map, "begrotingskalender.json"), ct));
            foreach (var j in doc.RootElement.GetProperty("jaren").EnumerateArray())
                db.Begrotingskalender.Add(new Begrotingsjaar
                {
                    Jaar = j.GetProperty("jaar").GetInt32(),
                    VoorjaarsnotaDeadline = DateOnly.Parse(j.GetProperty("voorjaarsnotaDeadline").GetString()!),
                    KadernotaDeadline = DateOnly.Parse(j.GetProperty("kadernotaDeadline").GetString()!),
                });
        }

        var patroon = JsonSerializer.Deserialize<Vergaderpatroon>(
            await File.ReadAllTextAsync(Path.Combine(map, "vergaderkalender.json"), ct), Opties)!;
        var van = new DateOnly(vandaag.Year - patroon.JarenTerug, 1, 1);
        var tot = new DateOnly(vandaag.Year + patroon.JarenVooruit, 12, 31);
        var aanwezig = await db.Vergaderkalender.Select(m => m.Soort).Distinct().ToListAsync(ct);
        // Meetings generated before start times existed came out of the migration at midnight. Asked once: on a
        // restart there are none, and an update per series cost more than the rest of this step (issue 12, P4).
        var middernacht = aanwezig.Count == 0 ? []
            : await db.Vergaderkalender.Where(m => m.Aanvang == TimeOnly.MinValue).Select(m => m.Soort).Distinct().ToListAsync(ct);
        foreach (var reeks in patroon.Vergaderingen)
        {
            if (aanwezig.Contains(reeks.Soort))
            {
                // Give those meetings the pattern's start time.
                if (middernacht.Contains(reeks.Soort))
                    await db.Vergaderkalender.Where(m => m.Soort == reeks.Soort && m.Aanvang == TimeOnly.MinValue)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Aanvang, reeks.Aanvang), ct);
                continue;
            }
            // No meeting on a public holiday (Tweede Paasdag, say): that week has none of this body.
            foreach (var d in reeks.Datums(van, tot).Where(Werkdagen.IsWerkdag))
                db.Vergaderkalender.Add(new Vergaderdatum
                {
                    Soort = reeks.Soort, Datum = d, Aanvang = reeks.Aanvang, Locatie = reeks.Locatie,
                    Sluitingsdatum = Werkdagen.Plus(d, -reeks.SluitingWerkdagenVooraf),
                });
        }
        await db.SaveChangesAsync(ct);
    }
}
