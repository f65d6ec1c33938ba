using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Definities;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Workflows;

/// <summary>
/// Parsed workflow definitions by (naam, versie). A stored version never changes, so each is parsed once.
/// New proposals start on the highest version; running ones keep theirs.
/// </summary>
public sealed class WorkflowRegister(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinitie> _cache = new();

    public async Task<WorkflowDefinitie> VersieAsync(string naam, int versie, CancellationToken ct = default)
    {
        if (_cache.TryGetValue((naam, versie), out var d)) return d;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var record = await db.WorkflowDefinities.AsNoTracking().SingleOrDefaultAsync(w => w.Naam == naam && w.Versie == versie, ct)
            ?? throw new InvalidOperationException($"Workflow '{naam}' versie {versie} is niet geregistreerd.");
        return _cache.GetOrAdd((naam, versie), WorkflowDefinitieLezer.Lees(record.Json, record.Bron));
    }

    public async Task<WorkflowDefinitie> NieuwsteAsync(string naam, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var versie = await db.WorkflowDefinities.Where(w => w.Naam == naam).MaxAsync(w => (int?)w.Versie, ct)
            ?? throw new InvalidOperationException($"Er is geen workflow '{naam}' geregistreerd.");
        return await VersieAsync(naam, versie, ct);
    }

    /// <summary>
    /// Validates every file under <paramref name="map"/> and stores versions the database does not have yet.
    /// An invalid file, or a stored version whose content changed, stops start-up.
    /// </summary>
    public static async Task RegistreerAsync(BesluitvormingDbContext db, string map, DateTime nu, ILogger logger)
    {
        foreach (var pad in Directory.EnumerateFiles(map, "*.json").Order())
        {
            var json = await File.ReadAllTextAsync(pad);
            var bron = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(map)!)!, pad);
            var definitie = WorkflowDefinitieLezer.Lees(json, bron);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            var bestaand = await db.WorkflowDefinities.SingleOrDefaultAsync(w => w.Naam == definitie.Naam && w.Versie == definitie.Versie);
            if (bestaand is null)
            {
                db.WorkflowDefinities.Add(new WorkflowDefinitieRecord
                {
                    Naam = definitie.Naam, Versie = definitie.Versie, Json = json, Hash = hash, Bron = bron, GeregistreerdOp = nu,
                });
                logger.LogInformation("Workflow {Naam} versie {Versie} geregistreerd uit {Bron}", definitie.Naam, definitie.Versie, bron);
            }
            else if (bestaand.Hash != hash)
            {
                throw new WorkflowDefinitieOngeldigException(bron,
                [
                    $"versie {definitie.Versie} van '{definitie.Naam}' is al geregistreerd met andere inhoud; " +
                    "verhoog 'versie' voor een gewijzigde route (lopende voorstellen houden hun versie)",
                ]);
            }
        }
        await db.SaveChangesAsync();
    }
}
