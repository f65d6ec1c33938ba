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
    /// Where earlier versions of a definition are kept (the last text each had), for databases that stored them before
    /// their annotations existed: such a file only lets a stored version take its annotation keys; it is never
    /// registered anew, since new cases start on the highest version.
    /// </summary>
    public const string EerdereVersies = "eerdere";

    /// <summary>
    /// Validates every file under <paramref name="map"/> and stores versions the database does not have yet; files in
    /// <see cref="EerdereVersies"/> only annotate versions the database has. An invalid file, or a stored version whose
    /// content changed, stops start-up. With a <paramref name="register"/>, each version whose stored text is the file's
    /// keeps the definition parsed here, so the first proposal on it does not parse it again (issue 12, P4).
    /// </summary>
    public static async Task RegistreerAsync(BesluitvormingDbContext db, string map, DateTime nu, ILogger logger, WorkflowRegister? register = null)
    {
        var gelezen = new List<WorkflowDefinitie>();
        var regelsets = (await db.RegelsetVersies.Select(r => r.Naam).Distinct().ToListAsync()).ToHashSet();
        var eerdere = Path.Combine(map, EerdereVersies);
        var bestanden = Directory.EnumerateFiles(map, "*.json").Order().Select(p => (Pad: p, Eerder: false));
        if (Directory.Exists(eerdere))
            bestanden = bestanden.Concat(Directory.EnumerateFiles(eerdere, "*.json").Order().Select(p => (Pad: p, Eerder: true)));
        foreach (var (pad, eerder) in bestanden)
        {
            var json = await File.ReadAllTextAsync(pad);
            var bron = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(map)!)!, pad);
            var definitie = WorkflowDefinitieLezer.Lees(json, bron);
            if (WorkflowDefinitieLezer.OnbekendePoorten(definitie, regelsets) is { Count: > 0 } onbekend)
                throw new WorkflowDefinitieOngeldigException(bron, onbekend);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            var bestaand = await db.WorkflowDefinities.SingleOrDefaultAsync(w => w.Naam == definitie.Naam && w.Versie == definitie.Versie);
            if (bestaand is null && eerder) continue;
            if (bestaand is null)
            {
                db.WorkflowDefinities.Add(new WorkflowDefinitieRecord
                {
                    Naam = definitie.Naam, Versie = definitie.Versie, Familie = definitie.Familie, Json = json, Hash = hash, Bron = bron,
                    GeregistreerdOp = nu,
                });
                logger.LogInformation("Workflow {Naam} versie {Versie} geregistreerd uit {Bron}", definitie.Naam, definitie.Versie, bron);
            }
            else if (bestaand.Hash != hash && AlleenPoortenToegevoegd(bestaand.Json, json))
            {
                // Written before gates and mails were data: the code said what the file now says, so running
                // proposals keep the same behaviour. Once stored with them, the version is fixed again.
                bestaand.Json = json;
                bestaand.Hash = hash;
                logger.LogInformation("Workflow {Naam} versie {Versie}: poorten en mails uit {Bron} vastgelegd", definitie.Naam, definitie.Versie, bron);
            }
            else if (bestaand.Hash != hash)
            {
                throw new WorkflowDefinitieOngeldigException(bron,
                [
                    $"versie {definitie.Versie} van '{definitie.Naam}' is al geregistreerd met andere inhoud; " +
                    "verhoog 'versie' voor een gewijzigde route (lopende voorstellen houden hun versie)",
                ]);
            }
            // The stored text is now the file's (new, unchanged or annotated above): the same definition VersieAsync would parse.
            if (bestaand is null || bestaand.Json == json) gelezen.Add(definitie);
            // Versions stored before the family was a column got the default; the file says what they are.
            if (bestaand is not null && bestaand.Familie != definitie.Familie) bestaand.Familie = definitie.Familie;
        }
        await db.SaveChangesAsync();
        if (register is not null)
            foreach (var definitie in gelezen)
                register._cache.TryAdd((definitie.Naam, definitie.Versie), definitie);
    }

    /// <summary>
    /// The keys a stored version may gain once: what the code used to decide and the definition now says (gates, the
    /// mails of a transition and of a task, how a task's holder and deadline are found, which tasks are watched, what the
    /// action form asks), plus the comment.
    /// </summary>
    internal static readonly IReadOnlySet<string> Aantekeningen = new HashSet<string>
    {
        "$comment", "poort", "mail", "invoer", "uitleg", "houder", "gepland", "titel", "termijnbewaking",
    };

    /// <summary>
    /// True when the file differs from the stored version only by adding annotation keys the stored version lacks (and
    /// by its comments): the one change allowed to a stored version, for versions registered before these were data.
    /// A key the stored version already has keeps its value.
    /// </summary>
    internal static bool AlleenPoortenToegevoegd(string opgeslagen, string bestand)
    {
        var oud = System.Text.Json.Nodes.JsonNode.Parse(opgeslagen);
        var nieuw = System.Text.Json.Nodes.JsonNode.Parse(bestand);
        return oud is not null && nieuw is not null && IsUitbreiding(oud, nieuw);
    }

    private static bool IsUitbreiding(System.Text.Json.Nodes.JsonNode? oud, System.Text.Json.Nodes.JsonNode? nieuw)
    {
        switch (oud, nieuw)
        {
            case (System.Text.Json.Nodes.JsonObject o, System.Text.Json.Nodes.JsonObject n):
                foreach (var (sleutel, waarde) in o)
                    if (sleutel != "$comment" && (!n.TryGetPropertyValue(sleutel, out var nieuweWaarde) || !IsUitbreiding(waarde, nieuweWaarde)))
                        return false;
                return n.Select(p => p.Key).Where(k => !o.ContainsKey(k)).All(Aantekeningen.Contains);
            case (System.Text.Json.Nodes.JsonArray o, System.Text.Json.Nodes.JsonArray n):
                return o.Count == n.Count && o.Zip(n).All(p => IsUitbreiding(p.First, p.Second));
            default:
                return System.Text.Json.Nodes.JsonNode.DeepEquals(oud, nieuw);
        }
    }
}
