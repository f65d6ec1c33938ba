using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Bijlagen;

/// <summary>
/// Checks and stores uploads. A valid upload is stored at once, before the rest of the form is validated,
/// so a form that comes back with errors still holds the file (by its id).
/// </summary>
public sealed class BijlageOpslag(BesluitvormingDbContext db, IOptions<BijlageOptions> opties, TimeProvider klok)
{
    public BijlageOptions Opties => opties.Value;

    /// <summary>Null when the file is acceptable, otherwise a Dutch message that names the file and the limit.</summary>
    public string? Controleer(IFormFile bestand)
    {
        var o = opties.Value;
        var extensie = Path.GetExtension(bestand.FileName).ToLowerInvariant();
        if (bestand.Length == 0) return $"Het bestand '{bestand.FileName}' is leeg.";
        if (!o.ToegestaneExtensies.Contains(extensie, StringComparer.OrdinalIgnoreCase))
            return $"Het bestandstype van '{bestand.FileName}' is niet toegestaan. Toegestaan zijn: {string.Join(", ", o.ToegestaneExtensies)}.";
        if (bestand.Length > o.MaxBytes)
            return $"Het bestand '{bestand.FileName}' is {Grootte(bestand.Length)}; de grens is {Grootte(o.MaxBytes)}.";
        return null;
    }

    public async Task<Bestand> BewaarAsync(IFormFile bestand, string eigenaarId, CancellationToken ct = default)
    {
        using var stroom = new MemoryStream();
        await bestand.CopyToAsync(stroom, ct);
        var b = new Bestand
        {
            Id = Guid.NewGuid(),
            EigenaarId = eigenaarId,
            Bestandsnaam = Path.GetFileName(bestand.FileName),
            ContentType = string.IsNullOrWhiteSpace(bestand.ContentType) ? "application/octet-stream" : bestand.ContentType,
            Grootte = bestand.Length,
            Inhoud = stroom.ToArray(),
            GeuploadOp = klok.GetUtcNow().UtcDateTime,
        };
        db.Bestanden.Add(b);
        await db.SaveChangesAsync(ct);
        return b;
    }

    /// <summary>An upload of this user that is not yet part of a proposal (kept across a failed form post).</summary>
    public Task<Bestand?> ZoekEigenUploadAsync(Guid id, string eigenaarId, CancellationToken ct = default) =>
        db.Bestanden.AsNoTracking()
            .Where(b => b.Id == id && b.EigenaarId == eigenaarId && !db.Bijlagen.Any(x => x.BestandId == b.Id))
            .Select(b => new Bestand { Id = b.Id, Bestandsnaam = b.Bestandsnaam, ContentType = b.ContentType, Grootte = b.Grootte, EigenaarId = b.EigenaarId })
            .SingleOrDefaultAsync(ct);

    public static string Grootte(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024d / 1024d:0.#} MB",
        >= 1024 => $"{bytes / 1024d:0} kB",
        _ => $"{bytes} bytes",
    };
}
