using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Besluitvorming.Web.Productie;

namespace Besluitvorming.Web.Data;

public static class DatabaseExtensions
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindEnControleer(configuration, DatabaseOptions.Sectie)
            .Validate<IHostEnvironment>((o, env) => !(o.DemoData && env.IsProduction()), DatabaseOptions.DemoDataInProductie)
            .ValidateOnStart();

        // Both providers are registered; the configured one is chosen when a context is asked for (configuration
        // is complete only then, also in tests). Each has its own derived context and migrations folder.
        // PostgreSQL and SQL Server contexts are pooled, with their options built once: every request uses a context,
        // and building options and a context's internal services anew each time cost a tenth of an advice POST's CPU
        // (issue 12, P1). The contexts hold no state of their own; EF Core resets the tracker on return. SQLite's are
        // not: each context owns a connection of its own (its writers queue at the file's Schrijfpoort), and options
        // built once would hand every pooled context the same connection. Its connection string is worked out once.
        services.AddDbContextPool<PostgresBesluitvormingDbContext>((sp, o) =>
            ZonderModelvergelijking(o).UseNpgsql(ZonderResetBijSluiten(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString))
                .AddInterceptors(Voorbereiding.Instantie));
        services.AddDbContextPool<SqlServerBesluitvormingDbContext>((sp, o) =>
            ZonderModelvergelijking(o).UseSqlServer(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddSingleton<SqliteVerbindingstekst>();
        services.AddSingleton(sp => new SqliteVerbindingpool(sp.GetRequiredService<SqliteVerbindingstekst>().Tekst));
        services.AddScoped<SqliteVerbindingpool.Gebruik>();
        services.AddDbContext<SqliteBesluitvormingDbContext>((sp, o) =>
        {
            // The connection is set on each context (below), not in the options: EF Core registers its SQLite functions
            // on a connection given in the options, and registering a function again expires every statement the
            // connection keeps prepared. The pool's connections got them once, when they were made.
            ZonderModelvergelijking(o).UseSqlite(s => s.MigrationsHistoryTable("__EFMigrationsHistory"))
                .ReplaceService<Microsoft.EntityFrameworkCore.Update.IModificationCommandBatchFactory, SqliteBatches>();
            // Without it EF Core looks the compiled model up by reflection over the assembly's attributes for every
            // context, that is every request here (issue 12, P1).
            if (SqliteModel.Value is { } model) o.UseModel(model);
        });
        // A connection of our own per context: its writers queue at the file's Schrijfpoort. Open, from the pool, with
        // the statements it prepared for earlier requests; back to the pool when the request's scope ends (taken before
        // the context is made, so the scope disposes the context first).
        services.Replace(ServiceDescriptor.Scoped(sp =>
        {
            var verbinding = sp.GetRequiredService<SqliteVerbindingpool.Gebruik>().Verbinding;
            var db = new SqliteBesluitvormingDbContext(sp.GetRequiredService<DbContextOptions<SqliteBesluitvormingDbContext>>());
            db.Database.SetDbConnection(verbinding, contextOwnsConnection: false);
            return db;
        }));
        services.AddScoped<BesluitvormingDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value switch
            {
                { IsPostgreSql: true } => sp.GetRequiredService<PostgresBesluitvormingDbContext>(),
                { IsSqlServer: true } => sp.GetRequiredService<SqlServerBesluitvormingDbContext>(),
                _ => sp.GetRequiredService<SqliteBesluitvormingDbContext>(),
            });
        return services;
    }

    /// <summary>
    /// The contexts' PostgreSQL connection string: a connection they give back to the pool is not reset (no
    /// <c>DISCARD ALL</c> sent with the next statement, on every statement of every request; issue 12, P2). Safe because
    /// nothing the app runs through a context leaves session state behind (no session <c>SET</c>, advisory lock, LISTEN,
    /// temporary table or cursor: <c>Data/VerbindingsstaatTests</c> checks every connection given back); an open
    /// transaction is still rolled back. The key makes this a pool of the contexts alone: the advisory lock of
    /// <see cref="Migratieslot"/> and the LISTEN connections use the configured string, whose connections are reset.
    /// A connection string that sets <c>No Reset On Close</c> itself keeps its own value.
    /// </summary>
    public static string ZonderResetBijSluiten(string verbinding)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(verbinding);
        var gezet = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = verbinding }.Keys.Cast<string>()
            .Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals(nameof(builder.NoResetOnClose), StringComparison.OrdinalIgnoreCase));
        if (!gezet) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Before it migrates, EF Core builds the whole model from OnModelCreating and compares it with the migrations' snapshot,
    /// to refuse a model change that has no migration (PendingModelChangesWarning). MigratiesTests fails on such a change
    /// for every provider before it can ship, so a migrating start skips that comparison (issue 12, P4: about half of
    /// migrating a fresh file in a profile of the first start).
    /// </summary>
    private static DbContextOptionsBuilder ZonderModelvergelijking(DbContextOptionsBuilder o) =>
        o.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));

    /// <summary>
    /// The compiled model of the SQLite context (Data/GecompileerdModel), found once as EF Core finds it; none while
    /// vernieuw.sh regenerates it.
    /// </summary>
    private static readonly Lazy<Microsoft.EntityFrameworkCore.Metadata.IModel?> SqliteModel = new(() =>
        typeof(SqliteBesluitvormingDbContext).Assembly.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextModelAttribute), false)
            .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextModelAttribute>()
            .SingleOrDefault(a => a.ContextType == typeof(SqliteBesluitvormingDbContext))?.ModelType
            .GetProperty("Instance", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null)
            as Microsoft.EntityFrameworkCore.Metadata.IModel);

    /// <summary>The SQLite connection string, worked out (and its folder created) once per app.</summary>
    internal sealed class SqliteVerbindingstekst(IOptions<DatabaseOptions> opties, IHostEnvironment env)
    {
        private readonly Lazy<string> _tekst = new(() => SqliteVerbinding(opties.Value.ConnectionString, env));
        public string Tekst => _tekst.Value;
    }

    /// <summary>Relative SQLite paths are taken from the content root, and their folder is created.</summary>
    internal static string SqliteVerbinding(string connectionString, IHostEnvironment env)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } bron && bron != ":memory:" && !Path.IsPathRooted(bron))
            builder.DataSource = Path.Combine(env.ContentRootPath, bron);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } map) Directory.CreateDirectory(map);
        // Wait for a busy database rather than failing at once.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
