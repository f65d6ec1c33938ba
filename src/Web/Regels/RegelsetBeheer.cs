using Besluitvorming.Rules;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// What the beheerder does with rule sets: store a new version (only when it validates), try a version on a
/// proposal, and activate a version. The active version is only ever changed by <see cref="ActiveerAsync"/>.
/// </summary>
public sealed class RegelsetBeheer(BesluitvormingDbContext db, Regelbeoordelaar beoordelaar, RegelDienst regels,
    VoorstelDienst voorstellen, Regelwerkbegrenzer begrenzer, TimeProvider klok)
{
    public async Task<bool> BestaatAsync(string naam, CancellationToken ct = default) =>
        await db.RegelsetVersies.AnyAsync(r => r.Naam == naam, ct);

    /// <summary>Validates and stores the JSON as a new concept version; on faults nothing is stored.</summary>
    public async Task<(RegelsetVersie? Versie, IReadOnlyList<Regelfout> Fouten)> NieuweVersieAsync(string naam, string json,
        string? toelichting, string door, CancellationToken ct = default)
    {
        var fouten = RegelsetValidator.Valideer(naam, json);
        if (fouten.Count > 0) return (null, fouten);
        var volgende = (await db.RegelsetVersies.Where(r => r.Naam == naam).MaxAsync(r => (int?)r.Versie, ct) ?? 0) + 1;
        var versie = new RegelsetVersie
        {
            Naam = naam, Versie = volgende, Json = json, Status = Regelsetstatus.Concept,
            Toelichting = string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim(),
            GewijzigdDoor = door, GewijzigdOp = klok.GetUtcNow().UtcDateTime,
        };
        db.RegelsetVersies.Add(versie);
        await db.SaveChangesAsync(ct);
        return (versie, []);
    }

    /// <summary>Makes the version the active one; the previous active version becomes 'vervangen'. Takes effect at once.</summary>
    public async Task ActiveerAsync(string naam, int versie, string door, CancellationToken ct = default)
    {
        var doel = await db.RegelsetVersies.SingleAsync(r => r.Naam == naam && r.Versie == versie, ct);
        if (doel.Status == Regelsetstatus.Actief) return;
        // Compile first: a version that cannot be used is never activated.
        var set = new Regelset(doel.Naam, doel.Versie, doel.Json);
        await begrenzer.VoerUitAsync(() => { beoordelaar.Compileer(set); return true; }, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var oud in await db.RegelsetVersies.Where(r => r.Naam == naam && r.Status == Regelsetstatus.Actief).ToListAsync(ct))
            oud.Status = Regelsetstatus.Vervangen;
        await db.SaveChangesAsync(ct);
        doel.Status = Regelsetstatus.Actief;
        doel.ActiefSinds = klok.GetUtcNow().UtcDateTime;
        doel.GeactiveerdDoor = door;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Runs a version (any status) against an existing proposal; nothing is stored. Throws
    /// <see cref="RegelsetOngeldigException"/> for a stored version that does not validate (anymore) and
    /// <see cref="RegelwerkTeZwaarException"/> when the work exceeds its limit.
    /// </summary>
    public async Task<Regeluitkomst?> ProefdraaiAsync(RegelsetVersie versie, int voorstelId, CancellationToken ct = default)
    {
        var voorstel = await voorstellen.LaadAsync(voorstelId, ct);
        if (voorstel is null) return null;
        var omgeving = await regels.OmgevingAsync(voorstel, ct);
        var set = new Regelset(versie.Naam, versie.Versie, versie.Json);
        var feiten = VoorstelFeiten.Van(voorstel, omgeving);
        return await begrenzer.VoerUitAsync(() => beoordelaar.Beoordeel(set, feiten), ct);
    }
}
