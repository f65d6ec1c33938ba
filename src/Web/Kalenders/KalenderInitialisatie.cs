using Besluitvorming.Workflows.Termijnen;
using System.Text.Json;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Kalenders;

/// <summary>Fills empty calendars from seeds/kalenders: the budget calendar as listed, meetings from a weekly pattern.</summary>
public static class KalenderInitialisatie
{
    private sealed record Vergaderpatroon(int JarenTerug, int JarenVooruit, List<Reeks> Vergaderingen);
    private sealed record Reeks(Vergadersoort Soort, DayOfWeek Weekdag, int SluitingWerkdagenVooraf);

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

        if (!await db.Vergaderkalender.AnyAsync(ct))
        {
            var patroon = JsonSerializer.Deserialize<Vergaderpatroon>(
                await File.ReadAllTextAsync(Path.Combine(map, "vergaderkalender.json"), ct), Opties)!;
            var van = new DateOnly(vandaag.Year - patroon.JarenTerug, 1, 1);
            var tot = new DateOnly(vandaag.Year + patroon.JarenVooruit, 12, 31);
            foreach (var reeks in patroon.Vergaderingen)
                for (var d = van; d <= tot; d = d.AddDays(1))
                    // No meeting on a public holiday (Tweede Paasdag, say): that week has none of this body.
                    if (d.DayOfWeek == reeks.Weekdag && Werkdagen.IsWerkdag(d))
                        db.Vergaderkalender.Add(new Vergaderdatum { Soort = reeks.Soort, Datum = d, Sluitingsdatum = Werkdagen.Plus(d, -reeks.SluitingWerkdagenVooraf) });
        }
        await db.SaveChangesAsync(ct);
    }
}
