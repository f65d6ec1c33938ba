using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// The real app, in-process (TestServer), on a fresh database of its own: a SQLite file in a temporary folder, or a new
/// database on the given PostgreSQL server. On start the app migrates and seeds the demo organisation as always; the
/// host adds only what measures (<see cref="Verzoekmeter"/>, <see cref="SqlTeller"/>) and switches off what would
/// disturb the figures (the mail loop, costly password hashing of the demo accounts).
/// </summary>
public sealed class Benchmarkhost : WebApplicationFactory<Program>
{
    private readonly Opties _opties;
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-benchmark", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;

    private readonly IReadOnlyDictionary<string, string?> _extra;

    /// <param name="sqliteBestand">A SQLite database generated before (the benchmark's cache): the run works on a copy of it.</param>
    /// <param name="extra">Settings on top of the benchmark's own (the outbox scenario points the mail at its SMTP server).</param>
    /// <param name="postgresVorlage">PostgreSQL: a database generated before (the benchmark's cache): the run works on a copy of it
    /// (<c>CREATE DATABASE ... TEMPLATE</c>), dropped after the run.</param>
    /// <param name="postgresNaam">PostgreSQL: the run's database by this name, kept after the run (a cache being generated).</param>
    public Benchmarkhost(Opties opties, string? sqliteBestand = null, IReadOnlyDictionary<string, string?>? extra = null,
        string? postgresVorlage = null, string? postgresNaam = null)
    {
        _opties = opties;
        _extra = extra ?? new Dictionary<string, string?>();
        if (sqliteBestand is not null && opties.Postgres is null)
        {
            Directory.CreateDirectory(_map);
            File.Copy(sqliteBestand, Database);
        }
        if (opties.Postgres is { } server)
        {
            _postgresDatabase = new NpgsqlConnectionStringBuilder(server) { Database = postgresNaam ?? $"besluitvorming_benchmark_{Guid.NewGuid():N}" }.ConnectionString;
            _bewaarPostgres = postgresNaam is not null;
            if (postgresVorlage is not null)
                Postgres(server, $"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(_postgresDatabase).Database}\" TEMPLATE \"{postgresVorlage}\"");
        }
    }

    private readonly bool _bewaarPostgres;

    /// <summary>One statement on the server's maintenance database (postgres), outside any transaction.</summary>
    public static void Postgres(string server, string sql)
    {
        using var verbinding = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        opdracht.CommandTimeout = 600;
        opdracht.ExecuteNonQuery();
    }

    public Verzoekmeter Meter { get; } = new();

    /// <summary>Where the generated data lives: the SQLite file or the PostgreSQL connection string.</summary>
    public string Database => _postgresDatabase ?? Path.Combine(_map, "benchmark.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_map);
        var provider = _postgresDatabase is null ? "Sqlite" : "PostgreSQL";
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", provider);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = _postgresDatabase ?? $"Data Source={Database}",
            ["Database:DemoData"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            // SQLite migrations warn that some PRAGMAs run outside a transaction: true, and noise in the figures.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Error",
            // On PostgreSQL the first connection fails by design: the database does not exist until the migration makes it.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection"] = "None",
            ["Mail:Map"] = Path.Combine(_map, "mail"),
            ["Mail:VerzendenOpAchtergrond"] = "false",
            ["Inloggen:PogingenPerClient"] = "100000",
        }.Concat(_extra)));
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<IStartupFilter>(Meter);
            s.ConfigureDbContext<SqliteBesluitvormingDbContext>(o => o.AddInterceptors(new SqlTeller()));
            s.ConfigureDbContext<PostgresBesluitvormingDbContext>(o => o.AddInterceptors(new SqlTeller()));
            // The demo accounts' hashes carry their own iteration count, so signing in still checks them for real; only
            // seeding them no longer costs seconds that say nothing about the pages.
            s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        var bewaarSqlite = _opties.Bewaar && _postgresDatabase is null;
        if (_opties.Bewaar) Console.WriteLine($"De database blijft staan: {Database}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (!bewaarSqlite) Directory.Delete(_map, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        if (_postgresDatabase is not null && !_opties.Bewaar && !_bewaarPostgres) VerwijderPostgresDatabase();
    }

    private void VerwijderPostgresDatabase()
    {
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(_postgresDatabase).Database;
        Postgres(_postgresDatabase!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }
}
