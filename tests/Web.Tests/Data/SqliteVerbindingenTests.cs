using Besluitvorming.Web.Data;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// SqliteVerbindingen sets busy_timeout and synchronous once per SQLite connection handle, not on every open: the pool
/// hands a handle out again with its settings on it. A new handle (a fresh physical connection) must get them too.
/// </summary>
public sealed class SqliteVerbindingenTests : IDisposable
{
    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("besluitvorming-sqlite-verbindingen-");

    [Fact]
    public async Task Een_verbinding_uit_de_pool_en_een_nieuwe_verbinding_hebben_allebei_wachttijd_en_synchronous()
    {
        var bron = new SqliteBron($"Data Source={Path.Combine(_map.FullName, "proef.db")}");

        SQLitePCL.sqlite3 eerste;
        await using (var verbinding = (SqliteConnection)await bron.OpenConnectionAsync())
        {
            eerste = verbinding.Handle!;
            Instellingen(verbinding).ShouldBe((SqliteVerbindingen.WachttijdMs, 1L));
        }

        await using (var verbinding = (SqliteConnection)await bron.OpenConnectionAsync())
        {
            verbinding.Handle.ShouldBeSameAs(eerste, "de pool geeft dezelfde verbinding terug");
            Instellingen(verbinding).ShouldBe((SqliteVerbindingen.WachttijdMs, 1L));
            SqliteConnection.ClearPool(verbinding);
        }

        await using (var verbinding = (SqliteConnection)await bron.OpenConnectionAsync())
        {
            verbinding.Handle.ShouldNotBeSameAs(eerste, "na het legen van de pool is het een nieuwe verbinding");
            Instellingen(verbinding).ShouldBe((SqliteVerbindingen.WachttijdMs, 1L));
            SqliteConnection.ClearPool(verbinding);
        }
    }

    private static (long WachttijdMs, long Synchronous) Instellingen(SqliteConnection verbinding) =>
        (Waarde(verbinding, "PRAGMA busy_timeout"), Waarde(verbinding, "PRAGMA synchronous"));

    private static long Waarde(SqliteConnection verbinding, string pragma)
    {
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = pragma;
        return (long)opdracht.ExecuteScalar()!;
    }

    public void Dispose()
    {
        try
        {
            _map.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
