using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        // Pooled, with their options built once: every request uses a context, and building options and a context's
        // internal services anew each time (the SQLite path parsed, its folder created) cost a tenth of an advice
        // POST's CPU (issue 12, P1). The contexts hold no state of their own; EF Core resets the tracker on return.
        services.AddDbContextPool<PostgresBesluitvormingDbContext>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddDbContextPool<SqlServerBesluitvormingDbContext>((sp, o) =>
            o.UseSqlServer(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddDbContextPool<SqliteBesluitvormingDbContext>((sp, o) =>
        {
            var opties = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            // A connection of our own per context (disposed with it): its writers queue at the file's Schrijfpoort.
            o.UseSqlite(new Schrijfverbinding(SqliteVerbinding(opties.ConnectionString, sp.GetRequiredService<IHostEnvironment>())),
                    contextOwnsConnection: true, s => s.MigrationsHistoryTable("__EFMigrationsHistory"))
                .ReplaceService<Microsoft.EntityFrameworkCore.Update.IModificationCommandBatchFactory, SqliteBatches>();
        });
        services.AddScoped<BesluitvormingDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value switch
            {
                { IsPostgreSql: true } => sp.GetRequiredService<PostgresBesluitvormingDbContext>(),
                { IsSqlServer: true } => sp.GetRequiredService<SqlServerBesluitvormingDbContext>(),
                _ => sp.GetRequiredService<SqliteBesluitvormingDbContext>(),
            });
        return services;
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
