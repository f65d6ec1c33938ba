using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>Makes and finds <see cref="Maillink"/>s. A token is 32 random bytes (256 bits), base64url in the URL.</summary>
public sealed partial class Maillinks(BesluitvormingDbContext db, IOptions<MailOptions> opties, TimeProvider klok)
{
    private const int TokenLengte = 43; // base64url of 32 bytes, without padding
    private const string Pad = "/Link/";
    /// <summary>The link page of a traject step (<c>/Link/Stap?t=</c>): the token is a query value there.</summary>
    private const string StapPad = "/Link/Stap?t=";

    /// <summary>
    /// Stands in the stored mail where the token goes; <see cref="VulIn"/> puts the token there at send time. It can
    /// never be mistaken for a token (a token has no braces).
    /// </summary>
    public const string Plaatshouder = "{persoonlijke-link}";

    /// <summary>
    /// Adds a link for this person and task to the unit of work. Returns the token, which must not be stored (see
    /// <see cref="Linktokenkluis"/>), and the URL to put in the mail, with <see cref="Plaatshouder"/> for the token.
    /// </summary>
    public (string Token, string Url, DateTime VerlooptOp) Maak(Besluitvorming.Workflows.Voorstellen.Taak taak, int voorstelId)
    {
        var (token, nu, verloopt) = NieuwToken();
        var link = db.Maillinks.Add(new Maillink(Hash(token), taak.Id, voorstelId, taak.HouderId, nu, verloopt));
        // A task opened by the change being saved has only the tracker's temporary key: the link takes that, and the
        // save puts the real id in both, in order (the task's row first).
        if (db.Entry(taak) is { State: EntityState.Added } nieuw)
            link.Property(l => l.TaakId).CurrentValue = (int)nieuw.Property(t => t.Id).CurrentValue;
        return (token, Url(Plaatshouder), verloopt);
    }

    /// <summary>As <see cref="Maak"/>, for the owner of one visit of a traject step; the URL is the step's link page.</summary>
    public (string Token, string Url, DateTime VerlooptOp) MaakVoorStap(int trajectStapId, int trajectId, string gebruikerId)
    {
        var (token, nu, verloopt) = NieuwToken();
        db.Maillinks.Add(Maillink.VoorTrajectStap(Hash(token), trajectStapId, trajectId, gebruikerId, nu, verloopt));
        return (token, $"{opties.Value.BasisUrl.TrimEnd('/')}{StapPad}{Plaatshouder}", verloopt);
    }

    private (string Token, DateTime Nu, DateTime VerlooptOp) NieuwToken()
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        return (System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), nu, nu.AddDays(opties.Value.LinkGeldigDagen));
    }

    public string Url(string token) => $"{opties.Value.BasisUrl.TrimEnd('/')}{Pad}{token}";

    /// <summary>The stored text with the token in place of every link placeholder.</summary>
    public static string VulIn(string tekst, string token) => tekst
        .Replace(Pad + Plaatshouder, Pad + token, StringComparison.Ordinal)
        .Replace(StapPad + Plaatshouder, StapPad + token, StringComparison.Ordinal);

    /// <summary>The text with every raw token in a link replaced by the placeholder.</summary>
    public static string SchermAf(string tekst) => RuweLink().Replace(tekst, "/Link/${stap}" + Plaatshouder);

    [GeneratedRegex(@"/Link/(?<stap>Stap\?t=)?[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex RuweLink();

    /// <summary>The link this token belongs to, tracked; null for anything malformed or unknown.</summary>
    public async Task<Maillink?> ZoekAsync(string? token, CancellationToken ct = default)
    {
        if (token is null || token.Length != TokenLengte || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return null;
        var hash = Hash(token);
        return await db.Maillinks.SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
    }

    /// <summary>Voids every unused link to these tasks (they were closed some other way, or by this action).</summary>
    public Task TrekInAsync(IReadOnlyCollection<int> taakIds, CancellationToken ct = default) =>
        TrekInAsync(nameof(Maillink.TaakId), taakIds, ct);

    /// <summary>Voids every unused link to these traject step visits (the steps closed).</summary>
    public Task TrekInVoorStappenAsync(IReadOnlyCollection<int> stapIds, CancellationToken ct = default) =>
        TrekInAsync(nameof(Maillink.TrajectStapId), stapIds, ct);

    /// <summary>
    /// One UPDATE of the unused links whose <paramref name="kolom"/> is one of <paramref name="ids"/>. Written by hand:
    /// as a LINQ ExecuteUpdate, EF Core built and looked up its translation on every action that closes a task (issue
    /// 12, P1). Table and columns as the provider names them; the values are parameters, as EF Core's own would be.
    /// </summary>
    private Task TrekInAsync(string kolom, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return Task.CompletedTask;
        var link = db.Model.FindEntityType(typeof(Maillink))!;
        var tabel = StoreObjectIdentifier.Table(link.GetTableName()!, link.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Kolom(string eigenschap) => sql.DelimitIdentifier(link.FindProperty(eigenschap)!.GetColumnName(tabel)!);
        var waarden = new List<object>(ids.Count + 2) { true, false };
        waarden.AddRange(ids.Cast<object>());
        var lijst = string.Join(", ", Enumerable.Range(2, ids.Count).Select(i => $"{{{i}}}"));
        // Only identifiers from the model (quoted by the provider) and placeholders are put into the text; every value
        // goes in as a parameter.
#pragma warning disable EF1003
        return db.Database.ExecuteSqlRawAsync(
            $"UPDATE {sql.DelimitIdentifier(tabel.Name, tabel.Schema)} SET {Kolom(nameof(Maillink.Ingetrokken))} = {{0}} " +
            $"WHERE {Kolom(kolom)} IN ({lijst}) AND {Kolom(nameof(Maillink.Ingetrokken))} = {{1}} AND {Kolom(nameof(Maillink.GebruiktOp))} IS NULL",
            waarden, ct);
#pragma warning restore EF1003
    }

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));
}
