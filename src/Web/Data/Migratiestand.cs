using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Besluitvorming.Web.Data;

/// <summary>
/// The migrations this build has, per provider, as a fingerprint of their ids, so a start finds out whether any is
/// open from the history table alone (issue 12, P4). EF Core's own check (<c>GetPendingMigrationsAsync</c>) finds the
/// migrations by loading every type of the app assembly (2,475, with the other providers' migrations and compiled
/// models) at every start. When the history table holds exactly the migrations below, none is open; in every other
/// case (a fresh database, a migration added, an older or newer schema) EF Core's full check decides, so this only
/// ever skips that check, never a migration. <c>MigratiestandTests</c> fails with the new values when a migration is
/// added or removed and this list was not updated (as <c>GecompileerdModelTests</c> does for the compiled model).
/// </summary>
public static class Migratiestand
{
    /// <summary>Per context type: the last migration id (for the reader) and the fingerprint of all ids.</summary>
    public static readonly IReadOnlyDictionary<Type, (string Laatste, string Vingerafdruk)> Bekend = new Dictionary<Type, (string, string)>
    {
        [typeof(SqliteBesluitvormingDbContext)] = ("20261130181924_S18P5DeelindexenOutbox", "5a2db111de418781"),
        [typeof(PostgresBesluitvormingDbContext)] = ("20261130181939_S18P5DeelindexenOutbox", "a85cc276cbe3034f"),
        [typeof(SqlServerBesluitvormingDbContext)] = ("20261130181954_S18P5DeelindexenOutbox", "44a560ad03ea887f"),
    };

    /// <summary>The first 16 hex digits of SHA-256 over the ids in ordinal order, one per line.</summary>
    public static string Vingerafdruk(IEnumerable<string> ids) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', ids.Order(StringComparer.Ordinal)))))[..16];

    /// <summary>
    /// The migrations not applied yet: none when the history table holds exactly the known ones (one query, no type
    /// scan); otherwise EF Core's full check.
    /// </summary>
    public static async Task<List<string>> OpenAsync(BesluitvormingDbContext db, CancellationToken ct = default)
    {
        if (Bekend.TryGetValue(db.GetType(), out var bekend))
        {
            var geschiedenis = db.GetService<IHistoryRepository>();
            if (await geschiedenis.ExistsAsync(ct)
                && Vingerafdruk((await geschiedenis.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId)) == bekend.Vingerafdruk)
                return [];
        }
        return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
    }
}
