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
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Sectie));
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(s =>
            {
                s.UseSqlite(o => o.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(
                    DatabaseExtensions.SqliteVerbinding(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
                        sp.GetRequiredService<IHostEnvironment>())));
                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
            });
            q.UseDefaultThreadPool(2);
        });
        // One scheduler per database: its name is what the stored jobs belong to, so it must stay the same
        // across restarts, and differ between two apps (tests) in one process.
        services.AddOptions<QuartzSchedulerOptions>().Configure<IOptions<DatabaseOptions>, IOptions<JobsOptions>>((o, db, jobs) =>
        {
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(db.Value.ConnectionString)))[..12];
            o.InstanceName = $"besluitvorming-{hash}";
            o.IdleWaitTime = jobs.Value.IdleWacht;
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<TermijnPlanner>();
        services.AddHostedService<TermijnHerplanning>();
        return services;
    }
}
