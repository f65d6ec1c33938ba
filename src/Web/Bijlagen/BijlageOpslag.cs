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
    /// <summary>The column widths of <see cref="Bestand"/>.</summary>
    public const int MaxBestandsnaam = 255;

    public BijlageOptions Opties => opties.Value;

    /// <summary>
    /// Stores the file when its name, size and content are acceptable; otherwise a Dutch message that names the file
    /// and what is wrong. The content must match the type its extension promises; the stored content type is that type's.
    /// </summary>
    public async Task<(Bestand? Bestand, string? Fout)> BewaarAsync(IFormFile bestand, string eigenaarId, CancellationToken ct = default)
    {
        var o = opties.Value;
        var naam = Bestandsnaam(bestand.FileName);
        var extensie = Path.GetExtension(naam);
        if (bestand.Length == 0) return (null, $"Het bestand '{naam}' is leeg.");
        if (!o.ToegestaneExtensies.Contains(extensie, StringComparer.OrdinalIgnoreCase)
            || !Bestandstype.Bekend.TryGetValue(extensie, out var type))
            return (null, $"Het bestandstype van '{naam}' is niet toegestaan. Toegestaan zijn: {string.Join(", ", o.ToegestaneExtensies)}.");
        if (bestand.Length > o.MaxBytes) return (null, TeGroot(naam, bestand.Length));

        using var stroom = new MemoryStream((int)bestand.Length);
        await bestand.CopyToAsync(stroom, ct);
        var inhoud = stroom.ToArray();
        if (!type.Herkent(inhoud))
            return (null, $"De inhoud van '{naam}' is geen {type.Omschrijving}, al zegt de naam dat wel. Kies het juiste bestand, " +
                          "of sla het opnieuw op in het juiste formaat.");

        var b = new Bestand
        {
            Id = Guid.NewGuid(),
            EigenaarId = eigenaarId,
            Bestandsnaam = naam,
            ContentType = type.ContentType,
            Grootte = inhoud.Length,
            Inhoud = inhoud,
            GeuploadOp = klok.GetUtcNow().UtcDateTime,
        };
        db.Bestanden.Add(b);
        await db.SaveChangesAsync(ct);
        return (b, null);
    }

    /// <summary>The message for a file over the limit, the same whether the file was read or only counted.</summary>
    public string TeGroot(string bestandsnaam, long grootte) =>
        $"Het bestand '{Bestandsnaam(bestandsnaam)}' is {Grootte(grootte)}; de grens is {Grootte(opties.Value.MaxBytes)}.";

    /// <summary>
    /// The file name without a path or control characters, shortened to fit its column with the extension kept.
    /// </summary>
    public static string Bestandsnaam(string? ruw)
    {
        var naam = new string(Path.GetFileName(ruw ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (naam.Length == 0) naam = "bestand";
        if (naam.Length <= MaxBestandsnaam) return naam;
        var extensie = Path.GetExtension(naam);
        if (extensie.Length > 20) extensie = "";
        var stam = naam[..^extensie.Length];
        return stam[..(MaxBestandsnaam - extensie.Length)].TrimEnd() + extensie;
    }

    /// <summary>An upload of this user that is not yet part of a proposal (kept across a failed form post).</summary>
    public Task<Bestand?> ZoekEigenUploadAsync(Guid id, string eigenaarId, CancellationToken ct = default) =>
        db.Bestanden.AsNoTracking()
            .Where(b => b.Id == id && b.EigenaarId == eigenaarId && !db.Bijlagen.Any(x => x.BestandId == b.Id))
            .Select(b => new Bestand { Id = b.Id, Bestandsnaam = b.Bestandsnaam, ContentType = b.ContentType, Grootte = b.Grootte, EigenaarId = b.EigenaarId })
            .SingleOrDefaultAsync(ct);

    /// <summary>Whether this user's upload is already an attachment of a proposal.</summary>
    public Task<bool> IsBijgevoegdAsync(Guid id, string eigenaarId, CancellationToken ct = default) =>
        db.Bestanden.AnyAsync(b => b.Id == id && b.EigenaarId == eigenaarId && db.Bijlagen.Any(x => x.BestandId == b.Id), ct);

    public static string Grootte(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024d / 1024d:0.#} MB",
        >= 1024 => $"{bytes / 1024d:0} kB",
        _ => $"{bytes} bytes",
    };
}
