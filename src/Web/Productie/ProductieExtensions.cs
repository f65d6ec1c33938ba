using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Quartz;

namespace Besluitvorming.Web.Productie;

/// <summary>What an operator needs to run several instances: shared keys, health endpoints, correlation ids, metrics.</summary>
public static class ProductieExtensions
{
    public const string Gereed = "gereed";
    public const string Applicatienaam = "Besluitvorming";

    public static IServiceCollection AddProductie(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys in the database, under a fixed application name: a cookie, antiforgery token or encrypted mail link made
        // by one instance is read by every other instance on the same database, also after a move to another path.
        services.AddDataProtection().SetApplicationName(Applicatienaam).PersistKeysToDbContext<BesluitvormingDbContext>();
        services.AddHostedService<Sleutelring>();
        services.AddOptions<GezondheidOptions>().BindEnControleer(configuration, GezondheidOptions.Sectie);
        services.AddHealthChecks()
            .AddDbContextCheck<BesluitvormingDbContext>("database", tags: [Gereed])
            .AddCheck<JobStoreCheck>("timers", tags: [Gereed])
            .AddCheck<MailAchterstandCheck>("mail", tags: [Gereed])
            .AddCheck<Opwarming>("opwarming", tags: [Gereed])
            .AddCheck<Startwerk>("startwerk", tags: [Gereed]);
        services.AddSingleton<Opwarming>();
        services.AddHostedService(sp => sp.GetRequiredService<Opwarming>());
        // After Opwarming: its warm-up begins (when Kestrel listens) before this waits for the start-up work.
        services.AddSingleton<Startwerk>();
        services.AddHostedService(sp => sp.GetRequiredService<Startwerk>());
        services.AddHostedService<Geheugenteruggave>();

        // Metrics: ASP.NET Core's HTTP server metrics and the app's own meter, scraped by Prometheus on /metrics.
        services.AddSingleton<Mailmetingen>();
        services.ConfigureAllQuartzSchedulers(q => q.AddJobListener(new Timervertragingsmeter()));
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("besluitvorming"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(Metingen.Naam)
                .AddView(Metriekgrenzen.Stroom)
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>
    /// A hosted service whose StartAsync is start-up work that may run beside Kestrel's start and the warm-up
    /// (<see cref="Startwerk"/>), instead of before them.
    /// </summary>
    public static IServiceCollection AddStartwerk<T>(this IServiceCollection services) where T : class, IHostedService
    {
        services.AddSingleton<T>();
        services.AddSingleton(new Startwerk.Onderdeel(typeof(T)));
        return services;
    }

    /// <summary>
    /// First in the pipeline: the correlation id is in the scope of everything a request logs; then the start gate
    /// (<see cref="Startwerk"/>).
    /// </summary>
    public static WebApplication UseProductie(this WebApplication app)
    {
        app.UseMiddleware<Correlatie>();
        var startwerk = app.Services.GetRequiredService<Startwerk>();
        app.Use(startwerk.PoortAsync);
        return app;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no checks, so a slow database never gets an instance restarted);
    /// <c>/health/ready</c>: database, job store and mail backlog (take the instance out of the proxy when not ready).
    /// Both anonymous, for probes and load balancers; they show counts, never settings.
    /// </summary>
    public static WebApplication MapProductie(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Gezondheidsrapport.SchrijfAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Gereed),
            ResponseWriter = Gezondheidsrapport.SchrijfAsync,
        }).AllowAnonymous();
        // Anonymous like the health endpoints: the proxy admits only the monitoring network (deploy/nginx).
        app.Services.GetRequiredService<Mailmetingen>();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }
}
