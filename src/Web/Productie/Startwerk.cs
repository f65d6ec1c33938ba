using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// Start-up work that runs beside the host's own start instead of before it (issue 12, P4): the re-planners
/// (<c>Jobs/*Herplanning</c>, registered with <see cref="StartwerkExtensions.AddStartwerk{T}"/>) start on the thread pool
/// where the host would have awaited them one by one, so Kestrel starts and the first page warms up
/// (<see cref="Opwarming"/>) on the other core meanwhile. The host's start still ends only when they are done
/// (<see cref="StartedAsync"/>; a failure fails the start, as before); until then every request except the health
/// endpoints and the warm-up's own anonymous page waits at the start gate (<see cref="PoortAsync"/>), and
/// /health/ready says not ready.
/// </summary>
public sealed class Startwerk(IServiceProvider services, IEnumerable<Startwerk.Onderdeel> onderdelen) : IHostedLifecycleService, IHealthCheck
{
    /// <summary>One piece of start-up work: a hosted service whose StartAsync does the work.</summary>
    public sealed record Onderdeel(Type Type);

    private readonly TaskCompletionSource _klaar = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _werk = Task.CompletedTask;

    /// <summary>Completes when every piece has run (faulted when one failed).</summary>
    public Task Klaar => _klaar.Task;

    public Task StartAsync(CancellationToken ct)
    {
        // The token stays valid until the host's start ends, which waits for this work (StartedAsync).
        _werk = Task.WhenAll(onderdelen.Select(o => (IHostedService)services.GetRequiredService(o.Type))
            .Select(s => Task.Run(() => s.StartAsync(ct), ct)));
        return Task.CompletedTask;
    }

    public async Task StartedAsync(CancellationToken ct)
    {
        try
        {
            await _werk.WaitAsync(ct);
            _klaar.TrySetResult();
        }
        catch (Exception e)
        {
            _klaar.TrySetException(e);
            throw;
        }
    }

    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The start gate: a request waits until the start-up work is done; the probes and the warm-up page do not.</summary>
    public async Task PoortAsync(HttpContext context, RequestDelegate next)
    {
        if (!Klaar.IsCompletedSuccessfully && !Vrij(context.Request))
            await Klaar.WaitAsync(context.RequestAborted);
        await next(context);
    }

    /// <summary>Reads and changes nothing the start-up work touches: the health endpoints, and the anonymous login page.</summary>
    private static bool Vrij(HttpRequest verzoek) =>
        verzoek.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || HttpMethods.IsGet(verzoek.Method) && verzoek.Path.Equals(Opwarming.Pad, StringComparison.OrdinalIgnoreCase);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(Klaar.IsCompletedSuccessfully ? HealthCheckResult.Healthy("De startwerkzaamheden (timers herplannen) zijn klaar.")
            : Klaar.IsFaulted ? new HealthCheckResult(context.Registration.FailureStatus, "De startwerkzaamheden zijn mislukt.", Klaar.Exception)
            : new HealthCheckResult(context.Registration.FailureStatus, "De app start nog: de timers worden herpland."));
}
