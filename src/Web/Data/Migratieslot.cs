using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Besluitvorming.Web.Data;

/// <summary>
/// A database-wide lock that one starting instance holds while it migrates and seeds, so two instances starting on one
/// database never race (the second waits, then finds nothing left to do). It lives on a connection of its own, opened
/// for this only, so no migration transaction or connection reset can end it early. PostgreSQL: a session advisory lock;
/// SQL Server: sp_getapplock owned by the session. SQLite serves one instance only: no lock.
/// </summary>
public sealed class Migratieslot : IAsyncDisposable
{
    /// <summary>The advisory lock key on PostgreSQL ("Besluitvorming migraties" as a fixed 64-bit number).</summary>
    public const long PostgresSleutel = 0x42_65_73_6C_4D_69_67_72; // "BeslMigr"

    /// <summary>The sp_getapplock resource name on SQL Server.</summary>
    public const string SqlServerNaam = "Besluitvorming.Migraties";

    private readonly DbConnection? _verbinding;
    private readonly Func<DbConnection, Task>? _vrijgeven;

    private Migratieslot(DbConnection? verbinding, Func<DbConnection, Task>? vrijgeven)
    {
        _verbinding = verbinding;
        _vrijgeven = vrijgeven;
    }

    /// <summary>Waits until this instance holds the lock. An absent database is created first (the lock lives in it).</summary>
    public static async Task<Migratieslot> NeemAsync(BesluitvormingDbContext db, DatabaseOptions opties, CancellationToken ct = default)
    {
        if (opties.IsSqlite) return new Migratieslot(null, null);

        await MaakDatabaseAlsZeOntbreektAsync(db, ct);
        // Each server's driver in a method of its own: compiling this one then loads neither (a SQLite installation
        // would map Npgsql and Microsoft.Data.SqlClient for nothing; issue 12, P4).
        return opties.IsPostgreSql ? await NeemPostgreSqlAsync(opties, ct) : await NeemSqlServerAsync(opties, ct);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<Migratieslot> NeemPostgreSqlAsync(DatabaseOptions opties, CancellationToken ct)
    {
        var verbinding = new NpgsqlConnection(opties.ConnectionString);
        await verbinding.OpenAsync(ct);
        await VoerUitAsync(verbinding, $"SELECT pg_advisory_lock({PostgresSleutel})", ct);
        return new Migratieslot(verbinding, v => VoerUitAsync(v, $"SELECT pg_advisory_unlock({PostgresSleutel})", CancellationToken.None));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<Migratieslot> NeemSqlServerAsync(DatabaseOptions opties, CancellationToken ct)
    {
        var sql = new SqlConnection(opties.ConnectionString);
        await sql.OpenAsync(ct);
        await using (var neem = sql.CreateCommand())
        {
            // Wait without a limit (-1): a migration takes as long as it takes; the command timeout is lifted likewise.
            neem.CommandText = "DECLARE @r int; EXEC @r = sp_getapplock @Resource = @naam, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1; "
                + "IF @r < 0 THROW 50000, 'sp_getapplock weigerde het migratieslot', 1;";
            neem.CommandTimeout = 0;
            neem.Parameters.AddWithValue("@naam", SqlServerNaam);
            await neem.ExecuteNonQueryAsync(ct);
        }
        return new Migratieslot(sql, async v =>
        {
            await using var geef = (SqlCommand)v.CreateCommand();
            geef.CommandText = "EXEC sp_releaseapplock @Resource = @naam, @LockOwner = 'Session'";
            geef.Parameters.AddWithValue("@naam", SqlServerNaam);
            await geef.ExecuteNonQueryAsync();
        });
    }

    private static async Task VoerUitAsync(DbConnection verbinding, string sql, CancellationToken ct)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        opdracht.CommandTimeout = 0; // waiting for another instance's migration is not a timeout
        await opdracht.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Two instances may both find the database absent; the one that loses the race to create it goes on.</summary>
    private static async Task MaakDatabaseAlsZeOntbreektAsync(BesluitvormingDbContext db, CancellationToken ct)
    {
        var maker = db.GetService<IRelationalDatabaseCreator>();
        if (await maker.ExistsAsync(ct)) return;
        try
        {
            await maker.CreateAsync(ct);
        }
        catch (Exception) when (maker.Exists())
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_verbinding is null) return;
        try
        {
            await _vrijgeven!(_verbinding);
        }
        finally
        {
            // Closing the session ends the lock as well, also when the release above failed.
            await _verbinding.DisposeAsync();
        }
    }
}
