using System.Security.Cryptography;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>Makes and finds <see cref="Maillink"/>s. A token is 32 random bytes (256 bits), base64url in the URL.</summary>
public sealed class Maillinks(BesluitvormingDbContext db, IOptions<MailOptions> opties, TimeProvider klok)
{
    private const int TokenLengte = 43; // base64url of 32 bytes, without padding

    /// <summary>Adds a link for this person and task to the unit of work and returns its absolute URL.</summary>
    public (string Url, DateTime VerlooptOp) Maak(int taakId, int voorstelId, string gebruikerId)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var nu = klok.GetUtcNow().UtcDateTime;
        var verloopt = nu.AddDays(opties.Value.LinkGeldigDagen);
        db.Maillinks.Add(new Maillink(Hash(token), taakId, voorstelId, gebruikerId, nu, verloopt));
        return (Url(token), verloopt);
    }

    public string Url(string token) => $"{opties.Value.BasisUrl.TrimEnd('/')}/Link/{token}";

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
        taakIds.Count == 0
            ? Task.CompletedTask
            : db.Maillinks.Where(l => taakIds.Contains(l.TaakId) && !l.Ingetrokken && l.GebruiktOp == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Ingetrokken, true), ct);

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));
}
