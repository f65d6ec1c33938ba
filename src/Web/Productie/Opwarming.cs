using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// The first request through the pipeline (routing over every page and API endpoint, authentication, antiforgery, a
/// Razor page with the layout) costs far more than later ones (issue 12, P4). Right after Kestrel listens this sends
/// that request to the app itself: the login page, anonymous, which reads and changes nothing. /health/ready reports
/// not ready until it has been answered without a server error, so a proxy sends the first user to a warm instance.
/// A server without a TCP address (the in-process test server) has nothing to warm. It begins as soon as Kestrel
/// listens (the host's started phase), while the start-up work (<see cref="Startwerk"/>) may still run.
/// </summary>
public sealed class Opwarming(IServer server, ILogger<Opwarming> log)
    : BackgroundService, IHealthCheck, IHostedLifecycleService
{
    private readonly TaskCompletionSource _luistert = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public const string Pad = "/Account/Inloggen";
    private readonly TaskCompletionSource _opgewarmd = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _stand = "De app warmt op: de eerste pagina is nog niet geladen.";
    private int _status;

    /// <summary>Completes once the first page was answered without a server error (at once without a TCP address).</summary>
    public Task Opgewarmd => _opgewarmd.Task;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        // Kestrel listens once every hosted service started (the host's started phase, StartedAsync below, which the host
        // calls before ApplicationStarted); a host that never gets there does not need warming.
        using (stop.Register(() => _luistert.TrySetCanceled(stop)))
            await _luistert.Task;

        if (Adres() is not { } adres)
        {
            _opgewarmd.TrySetResult();
            return;
        }
        using var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false, UseCookies = false,
            // Its own loopback address: the certificate is issued for the public name, not for 127.0.0.1.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        }) { BaseAddress = adres, Timeout = TimeSpan.FromMinutes(1) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var antwoord = await http.GetAsync(Pad, stop);
                _status = (int)antwoord.StatusCode;
                if (_status < 500)
                {
                    _opgewarmd.TrySetResult();
                    // Where start-up goes (issue 12, P4): wall time since the process started, its CPU time, and the JIT's share.
                    log.LogDebug("Opgewarmd: {Pad} gaf {Status}; {Ms} ms na de start van het proces, CPU {Cpu} ms, {Methoden} methoden door de JIT in {Jit} ms",
                        Pad, _status, (long)(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds,
                        (long)Environment.CpuUsage.TotalTime.TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount(),
                        (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
                    return;
                }
                _stand = $"De eerste pagina ({Pad}) gaf HTTP {_status}.";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
            {
                _stand = $"De eerste pagina ({Pad}) laadde niet: {e.Message}";
            }
            log.LogWarning("Opwarmen mislukt, nieuwe poging over een seconde: {Stand}", _stand);
            await Task.Delay(TimeSpan.FromSeconds(1), stop);
        }
    }

    public Task StartedAsync(CancellationToken ct)
    {
        _luistert.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The first TCP address Kestrel listens on, a wildcard host replaced by the loopback address.</summary>
    private Uri? Adres()
    {
        foreach (var tekst in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var adres = BindingAddress.Parse(tekst);
            if (adres.IsUnixPipe || adres.IsNamedPipe) continue;
            var host = adres.Host is "0.0.0.0" or "[::]" or "+" or "*" ? "127.0.0.1" : adres.Host;
            return new Uri($"{adres.Scheme}://{host}:{adres.Port}");
        }
        return null;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(_opgewarmd.Task.IsCompleted
            ? HealthCheckResult.Healthy("De eerste pagina is geladen.", _status == 0 ? null : new Dictionary<string, object> { ["pad"] = Pad, ["status"] = _status })
            : new HealthCheckResult(context.Registration.FailureStatus, _stand));
}
