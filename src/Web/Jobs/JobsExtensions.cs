using Besluitvorming.Web.Productie;
using Besluitvorming.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;

namespace Besluitvorming.Web.Jobs;

public static class JobsExtensions
{
    /// <summary>
    /// Quartz with its persistent store in the application's own database (tables created when missing), the
    /// System.Text.Json serializer, and the application's <see cref="TimeProvider"/> as its clock.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindEnControleer(configuration, JobsOptions.Sectie);
        // Quartz picks its SQL dialect when it is registered, so the provider is read from configuration here (tests
        // pass it as a host setting for that reason); the connection string is read when the store first connects.
        var provider = new DatabaseOptions
        {
            Provider = configuration.GetSection(DatabaseOptions.Sectie)[nameof(DatabaseOptions.Provider)] ?? DatabaseOptions.Sqlite,
        };
        static string Verbinding(IServiceProvider sp) => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(s =>
            {
                if (provider.IsPostgreSql)
                    s.UsePostgres(o => o.DataSourceFactory = sp => Npgsql.NpgsqlDataSource.Create(Verbinding(sp)));
                else if (provider.IsSqlServer)
                    s.UseSqlServer(o => o.DataSourceFactory = sp =>
                        Microsoft.Data.SqlClient.SqlClientFactory.Instance.CreateDataSource(Verbinding(sp)));
                else
                    s.UseSqlite(o => o.DataSourceFactory = sp => new SqliteBron(
                        DatabaseExtensions.SqliteVerbinding(Verbinding(sp), sp.GetRequiredService<IHostEnvironment>())));
                // Several app instances share a server database: clustering lets exactly one of them fire a timer.
                if (!provider.IsSqlite) s.UseClustering();
                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
            });
            q.UseDefaultThreadPool(2);
            BijlagenOpruimJob.Plan(q);
            TokenOpruimJob.Plan(q);
        });
        // The stored timers belong to the scheduler's name (SCHED_NAME in the QRTZ_ tables), so it must not depend on
        // where the database is: a moved or restored database keeps its timers. Instances that share a database in a
        // cluster share this name too; each gets its own instance id.
        services.AddOptions<QuartzSchedulerOptions>().Configure<IOptions<JobsOptions>>((o, jobs) =>
        {
            o.InstanceName = jobs.Value.SchedulerNaam;
            o.IdleWaitTime = jobs.Value.IdleWacht;
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<TermijnPlanner>();
        // Timer changes of a transition are queued in its save and applied here, after the commit (Jobs/Termijnrij).
        services.AddSingleton<TermijnSignaal>();
        services.AddSingleton<Termijnrijmetingen>();
        services.AddSingleton<Termijnrij>();
        services.AddHostedService(sp => sp.GetRequiredService<Termijnrij>());
        services.AddSingleton<StapTermijnPlanner>();
        services.AddHostedService<TermijnHerplanning>();
        services.AddHostedService<StapTermijnHerplanning>();
        services.AddSingleton<PublicatiePlanner>();
        services.AddHostedService<PublicatieHerplanning>();
        return services;
    }
}
