using System.Security.Cryptography;
using System.Text;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Definities;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Workflows;

/// <summary>
/// What the beheerder does with workflow definitions: see every version with the cases on it, check an uploaded
/// version, and store it. Nothing is stored that does not pass every check; a stored version never changes, so
/// running cases keep the version they started on and new ones start on the highest.
/// </summary>
public sealed class WorkflowBeheer(BesluitvormingDbContext db, WorkflowRegister register, TimeProvider klok, ILogger<WorkflowBeheer> logger)
{
    /// <summary>What <see cref="WorkflowDefinitieRecord.Bron"/> says for a version stored from this page.</summary>
    public const string BronBeheer = "Beheer";

    public sealed record Controle(WorkflowDefinitie? Definitie, WorkflowDefinitie? Vorige, IReadOnlyList<string> Problemen, Versieverschil? Verschil)
    {
        public bool InOrde => Definitie is not null && Problemen.Count == 0;
    }

    public sealed record Versieregel(string Naam, int Versie, string Familie, string Titel, DateTime GeregistreerdOp, string? GeregistreerdDoor,
        string Bron, string Hash, int Lopend, int Totaal);

    /// <summary>Every stored version with how many cases run on it (lopend: not in an end state of that version).</summary>
    public async Task<IReadOnlyList<Versieregel>> VersiesAsync(CancellationToken ct = default)
    {
        var records = await db.WorkflowDefinities.AsNoTracking().OrderBy(w => w.Familie).ThenBy(w => w.Naam).ThenByDescending(w => w.Versie)
            .Select(w => new { w.Naam, w.Versie, w.Familie, w.GeregistreerdOp, w.GeregistreerdDoor, w.Bron, w.Hash }).ToListAsync(ct);
        var zaken = (await db.Voorstellen.GroupBy(v => new { v.WorkflowNaam, v.WorkflowVersie, v.Status })
                .Select(g => new { Naam = g.Key.WorkflowNaam, Versie = g.Key.WorkflowVersie, g.Key.Status, Aantal = g.Count() }).ToListAsync(ct))
            .Concat(await db.Trajecten.GroupBy(t => new { t.WorkflowNaam, t.WorkflowVersie, t.Status })
                .Select(g => new { Naam = g.Key.WorkflowNaam, Versie = g.Key.WorkflowVersie, g.Key.Status, Aantal = g.Count() }).ToListAsync(ct))
            .ToLookup(z => (z.Naam, z.Versie));
        var regels = new List<Versieregel>();
        foreach (var r in records)
        {
            var definitie = await register.VersieAsync(r.Naam, r.Versie, ct);
            var hier = zaken[(r.Naam, r.Versie)].ToList();
            regels.Add(new Versieregel(r.Naam, r.Versie, r.Familie, definitie.Titel, r.GeregistreerdOp, r.GeregistreerdDoor, r.Bron, r.Hash,
                hier.Where(z => definitie.ZoekStatus(z.Status) is not { Eind: true }).Sum(z => z.Aantal), hier.Sum(z => z.Aantal)));
        }
        return regels;
    }

    /// <summary>Parses and checks <paramref name="json"/> as the next version; stores nothing.</summary>
    public async Task<Controle> ControleerAsync(string? json, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(json)) return new(null, null, ["Plak de definitie (JSON) in het veld of kies een bestand."], null);
        WorkflowDefinitie definitie;
        try
        {
            definitie = WorkflowDefinitieLezer.Lees(json, "upload");
        }
        catch (WorkflowDefinitieOngeldigException e)
        {
            return new(null, null, e.Problemen, null);
        }
        var regelsets = (await db.RegelsetVersies.Select(r => r.Naam).Distinct().ToListAsync(ct)).ToHashSet();
        var hoogste = await db.WorkflowDefinities.Where(w => w.Naam == definitie.Naam).MaxAsync(w => (int?)w.Versie, ct);
        var vorige = hoogste is { } v ? await register.VersieAsync(definitie.Naam, v, ct) : null;
        List<string> problemen = [.. WorkflowDefinitieLezer.OnbekendePoorten(definitie, regelsets), .. Versiecontrole.Controleer(definitie, vorige)];
        return new(definitie, vorige, problemen, Versiecontrole.Verschil(vorige, definitie));
    }

    /// <summary>Checks again and stores the version when it passes; the stored record, or null with the problems.</summary>
    public async Task<(WorkflowDefinitieRecord? Record, Controle Controle)> OpslaanAsync(string? json, string door, CancellationToken ct = default)
    {
        var controle = await ControleerAsync(json, ct);
        if (!controle.InOrde) return (null, controle);
        var d = controle.Definitie!;
        var record = new WorkflowDefinitieRecord
        {
            Naam = d.Naam, Versie = d.Versie, Familie = d.Familie, Json = json!, Hash = Hash(json!), Bron = BronBeheer,
            GeregistreerdOp = klok.GetUtcNow().UtcDateTime, GeregistreerdDoor = door,
        };
        db.WorkflowDefinities.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone stored this version number in the meantime (the unique index on naam and versie).
            db.Entry(record).State = EntityState.Detached;
            if (!await db.WorkflowDefinities.AsNoTracking().AnyAsync(w => w.Naam == d.Naam && w.Versie == d.Versie, ct)) throw;
            return (null, controle with { Problemen = [$"Versie {d.Versie} van '{d.Naam}' is intussen door een ander opgeslagen; controleer opnieuw tegen die versie."] });
        }
        logger.LogInformation("Workflow {Naam} versie {Versie} ({Familie}) opgeslagen door {Door} via Beheer, hash {Hash}; nieuwe zaken starten op deze versie",
            d.Naam, d.Versie, d.Familie, door, record.Hash);
        return (record, controle);
    }

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
