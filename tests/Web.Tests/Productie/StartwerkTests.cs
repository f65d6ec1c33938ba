using Besluitvorming.Web.Productie;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// The re-planners run beside Kestrel's start (issue 12, P4): until they are done a request waits at the start gate
/// (except the probes and the warm-up page), /health/ready says not ready, and the host's start waits for them and fails
/// with them.
/// </summary>
public sealed class StartwerkTests
{
    /// <summary>Start-up work that ends when the test says so.</summary>
    public sealed class Werk : IHostedService
    {
        public TaskCompletionSource Einde { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Begonnen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task StartAsync(CancellationToken ct)
        {
            Begonnen.TrySetResult();
            await Einde.Task.WaitAsync(ct);
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }

    private static (Startwerk Startwerk, Werk Werk) Maak()
    {
        var services = new ServiceCollection();
        services.AddStartwerk<Werk>();
        services.AddSingleton<Startwerk>();
        var sp = services.BuildServiceProvider();
        return (sp.GetRequiredService<Startwerk>(), sp.GetRequiredService<Werk>());
    }

    private static async Task<HealthStatus> GezondheidAsync(Startwerk startwerk) =>
        (await startwerk.CheckHealthAsync(new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("startwerk", startwerk, HealthStatus.Unhealthy, null),
        }, TestContext.Current.CancellationToken)).Status;

    /// <summary>Sends a request through the gate; completes when the gate let it through to the rest of the pipeline.</summary>
    private static (Task Doorgelaten, Task Verzoek) Verzoek(Startwerk startwerk, string methode, string pad)
    {
        var doorgelaten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = new DefaultHttpContext { Request = { Method = methode, Path = pad } };
        var verzoek = startwerk.PoortAsync(context, _ =>
        {
            doorgelaten.TrySetResult();
            return Task.CompletedTask;
        });
        return (doorgelaten.Task, verzoek);
    }

    [Fact]
    public async Task Een_verzoek_wacht_aan_de_startpoort_tot_het_startwerk_klaar_is_en_gereed_meldt_pas_daarna_gereed()
    {
        var ct = TestContext.Current.CancellationToken;
        var (startwerk, werk) = Maak();
        await startwerk.StartAsync(ct);
        await werk.Begonnen.Task.WaitAsync(ct);
        var gestart = startwerk.StartedAsync(ct);

        var pagina = Verzoek(startwerk, HttpMethods.Get, "/Voorstellen");
        var post = Verzoek(startwerk, HttpMethods.Post, Opwarming.Pad);
        // The probes and the warm-up's own page pass at once.
        await Verzoek(startwerk, HttpMethods.Get, "/health/ready").Doorgelaten.WaitAsync(ct);
        await Verzoek(startwerk, HttpMethods.Get, Opwarming.Pad).Doorgelaten.WaitAsync(ct);
        pagina.Doorgelaten.IsCompleted.ShouldBeFalse();
        post.Doorgelaten.IsCompleted.ShouldBeFalse();
        gestart.IsCompleted.ShouldBeFalse();
        (await GezondheidAsync(startwerk)).ShouldBe(HealthStatus.Unhealthy);

        werk.Einde.TrySetResult();
        await gestart.WaitAsync(ct);
        await pagina.Verzoek.WaitAsync(ct);
        await post.Verzoek.WaitAsync(ct);
        pagina.Doorgelaten.IsCompletedSuccessfully.ShouldBeTrue();
        post.Doorgelaten.IsCompletedSuccessfully.ShouldBeTrue();
        (await GezondheidAsync(startwerk)).ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task Mislukt_startwerk_laat_de_start_mislukken_en_laat_geen_verzoek_door()
    {
        var ct = TestContext.Current.CancellationToken;
        var (startwerk, werk) = Maak();
        await startwerk.StartAsync(ct);
        var pagina = Verzoek(startwerk, HttpMethods.Get, "/Voorstellen");

        werk.Einde.TrySetException(new InvalidOperationException("herplannen mislukt"));
        (await Should.ThrowAsync<InvalidOperationException>(() => startwerk.StartedAsync(ct))).Message.ShouldBe("herplannen mislukt");
        await Should.ThrowAsync<InvalidOperationException>(() => pagina.Verzoek);
        pagina.Doorgelaten.IsCompleted.ShouldBeFalse();
        (await GezondheidAsync(startwerk)).ShouldBe(HealthStatus.Unhealthy);
    }
}
