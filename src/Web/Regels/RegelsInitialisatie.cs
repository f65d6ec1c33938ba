using Besluitvorming.Rules;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// On start-up (under the migration lock): every shipped rule set (seeds/rules/&lt;naam&gt;.json) reaches the database.
/// A set the database does not know yet is stored as version 1 and made active. A set it knows gets a file whose declared
/// version (<c>"Versie"</c>, 1 when absent) is higher than that of every shipped version stored, as a new version with
/// the database's next number (version numbers are the database's own, as the beheerder's are; the file's version is in
/// the stored JSON and the toelichting): stored versions never change. The new shipped version
/// becomes active when the active one is a shipped version too; when the beheerder activated a version of their own, it
/// waits as a concept for them to compare and activate, so a municipality's own policy is never overwritten.
/// An invalid shipped file stops start-up with every fault named.
/// </summary>
public static class RegelsInitialisatie
{
    public const string Systeem = "Systeem (geleverde regelset)";

    /// <summary>A shipped file's text and its validation, read ahead (<see cref="LeesEnValideer"/>).</summary>
    public sealed record GeleverdBestand(string Json, IReadOnlyList<Regelfout> Fouten);

    /// <summary>
    /// Reads and validates every shipped file without the database: on a fresh database this runs while it migrates
    /// (issue 12, P4), and <see cref="InitialiseerAsync"/> then stores exactly these texts. With a
    /// <paramref name="beoordelaar"/> (only for a database without rule sets, which stores each file as version 1) every
    /// valid file is compiled as version 1 too, so the first proposal finds it compiled.
    /// </summary>
    public static IReadOnlyDictionary<string, GeleverdBestand> LeesEnValideer(string map, Regelbeoordelaar? beoordelaar = null)
    {
        var bestanden = new Dictionary<string, GeleverdBestand>(StringComparer.Ordinal);
        foreach (var bestand in Directory.GetFiles(map, "*.json"))
        {
            var naam = Path.GetFileNameWithoutExtension(bestand);
            var json = File.ReadAllText(bestand);
            IReadOnlyList<Regelfout> fouten;
            if (beoordelaar is null) fouten = RegelsetValidator.Valideer(naam, json);
            else
            {
                // Compiling validates first (the same RegelsetValidator pass) and refuses an invalid set with its faults.
                try
                {
                    beoordelaar.Compileer(new Regelset(naam, 1, json));
                    fouten = [];
                }
                catch (RegelsetOngeldigException e)
                {
                    fouten = e.Fouten;
                }
            }
            bestanden[bestand] = new GeleverdBestand(json, fouten);
        }
        return bestanden;
    }

    public static async Task InitialiseerAsync(BesluitvormingDbContext db, string map, DateTime nu, ILogger logger,
        IReadOnlyDictionary<string, GeleverdBestand>? gelezen = null, CancellationToken ct = default)
    {
        // The JSON of shipped versions only: it says which file version each one is.
        var opgeslagen = await db.RegelsetVersies.AsNoTracking()
            .Select(r => new { r.Naam, r.Versie, r.Status, r.GewijzigdDoor, Json = r.GewijzigdDoor == Systeem ? r.Json : null })
            .ToListAsync(ct);
        foreach (var bestand in Directory.GetFiles(map, "*.json").Order())
        {
            var naam = Path.GetFileNameWithoutExtension(bestand);
            var vooraf = gelezen?.GetValueOrDefault(bestand);
            var json = vooraf?.Json ?? await File.ReadAllTextAsync(bestand, ct);
            var lever = RegelsetValidator.LeverVersie(json);
            var eigen = opgeslagen.Where(r => r.Naam == naam).ToList();
            var geleverd = eigen.Where(r => r.Json is not null).Select(r => RegelsetValidator.LeverVersie(r.Json!)).DefaultIfEmpty(0).Max();
            if (eigen.Count > 0 && lever <= geleverd) continue;
            // Validated (which compiles every rule) only when it is to be stored: a warm restart does not pay for it.
            var fouten = vooraf?.Fouten ?? RegelsetValidator.Valideer(naam, json);
            if (fouten.Count > 0)
                throw new InvalidOperationException($"Geleverde regelset {bestand} is ongeldig: {string.Join("; ", fouten)}");

            var actief = eigen.FirstOrDefault(r => r.Status == Regelsetstatus.Actief);
            var activeer = actief is null || actief.GewijzigdDoor == Systeem;
            var nummer = eigen.Count == 0 ? 1 : eigen.Max(r => r.Versie) + 1;
            if (activeer)
                foreach (var oud in await db.RegelsetVersies.Where(r => r.Naam == naam && r.Status == Regelsetstatus.Actief).ToListAsync(ct))
                    oud.Status = Regelsetstatus.Vervangen;
            db.RegelsetVersies.Add(new RegelsetVersie
            {
                Naam = naam, Versie = nummer, Json = json, Status = activeer ? Regelsetstatus.Actief : Regelsetstatus.Concept,
                Toelichting = lever == 1 ? "Geleverd met de applicatie" : $"Geleverd met de applicatie (versie {lever} van {Path.GetFileName(bestand)})",
                GewijzigdDoor = Systeem, GewijzigdOp = nu,
                GeactiveerdDoor = activeer ? Systeem : null, ActiefSinds = activeer ? nu : null,
            });
            if (activeer) logger.LogInformation("Regelset {Naam} versie {Versie} geladen en actief (geleverde versie {Lever})", naam, nummer, lever);
            else logger.LogWarning("Regelset {Naam}: geleverde versie {Lever} staat als concept versie {Versie} klaar; de actieve versie is van de beheerder", naam, lever, nummer);
        }
        await db.SaveChangesAsync(ct);
    }
}
