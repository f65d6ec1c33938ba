using Besluitvorming.Rules;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// On start-up: every shipped rule set (seeds/rules/&lt;naam&gt;.json) that the database does not know yet is stored as
/// version 1 and made active. Sets the database already has are left alone: from then on the beheerder owns them.
/// An invalid shipped file stops start-up with every fault named.
/// </summary>
public static class RegelsInitialisatie
{
    public const string Systeem = "Systeem (geleverde regelset)";

    public static async Task InitialiseerAsync(BesluitvormingDbContext db, string map, DateTime nu, ILogger logger, CancellationToken ct = default)
    {
        var bekend = (await db.RegelsetVersies.Select(r => r.Naam).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var bestand in Directory.GetFiles(map, "*.json").Order())
        {
            var naam = Path.GetFileNameWithoutExtension(bestand);
            if (bekend.Contains(naam)) continue;
            var json = await File.ReadAllTextAsync(bestand, ct);
            var fouten = RegelsetValidator.Valideer(naam, json);
            if (fouten.Count > 0)
                throw new InvalidOperationException($"Geleverde regelset {bestand} is ongeldig: {string.Join("; ", fouten)}");
            db.RegelsetVersies.Add(new RegelsetVersie
            {
                Naam = naam, Versie = 1, Json = json, Status = Regelsetstatus.Actief, Toelichting = "Geleverd met de applicatie",
                GewijzigdDoor = Systeem, GewijzigdOp = nu, GeactiveerdDoor = Systeem, ActiefSinds = nu,
            });
            logger.LogInformation("Regelset {Naam} versie 1 geladen en actief", naam);
        }
        await db.SaveChangesAsync(ct);
    }
}
