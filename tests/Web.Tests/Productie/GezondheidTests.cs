using System.Net;
using System.Text.Json;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using System.Reflection;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// /health/live answers while the process runs; /health/ready reports database, job store and mail backlog, and turns
/// unhealthy (503) when the outbox holds more unsent mail than allowed or its oldest mail is too old. Anonymous, no secrets.
/// </summary>
public sealed class GezondheidTests
{
    private static BesluitvormingFabriek App(int maxAchterstand = 2)
    {
        var app = new BesluitvormingFabriek { VerzendenOpAchtergrond = false };
        app.ExtraInstellingen["Gezondheid:MaxMailAchterstand"] = maxAchterstand.ToString();
        app.ExtraInstellingen["Gezondheid:MaxMailLeeftijd"] = "01:00:00";
        return app;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Rapport, string Tekst)> VraagAsync(BesluitvormingFabriek app, string pad)
    {
        var antwoord = await app.Klant().Http.GetAsync(pad);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return (antwoord.StatusCode, JsonDocument.Parse(tekst).RootElement, tekst);
    }

    private static async Task ZetInDeWachtrijAsync(BesluitvormingFabriek app, int aantal)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        for (var i = 0; i < aantal; i++)
            db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", $"wachtrij{i}@gemeente.example", "Wachtrij", $"Wachtrij {i}",
                "<p>Wachtrij</p>", "Wachtrij", null, MailSoorten.Opmerking, app.Klok.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Waits until Quartz has started: its hosted service starts the scheduler after the application has started, so
    /// right after the host is up the scheduler may still be "Created" and /health/ready rightly says not ready.
    /// </summary>
    private static async Task TimersDraaienAsync(BesluitvormingFabriek app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var gestart = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.ListenerManager.AddSchedulerListener(Startluisteraar.Maak(gestart));
        if (await scheduler.GetStatus() == SchedulerStatus.Running) gestart.TrySetResult();
        await gestart.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>A scheduler listener that only waits for "started" (a proxy: the interface has twenty-odd methods).</summary>
    public class Startluisteraar : DispatchProxy
    {
        public TaskCompletionSource Gestart { get; private set; } = null!;

        public static ISchedulerListener Maak(TaskCompletionSource gestart)
        {
            var luisteraar = Create<ISchedulerListener, Startluisteraar>();
            ((Startluisteraar)(object)luisteraar).Gestart = gestart;
            return luisteraar;
        }

        protected override object? Invoke(MethodInfo? methode, object?[]? args)
        {
            if (methode?.Name == nameof(ISchedulerListener.SchedulerStarted)) Gestart.TrySetResult();
            return methode?.ReturnType == typeof(string) ? nameof(Startluisteraar) : ValueTask.CompletedTask;
        }
    }

    private static string Onderdeel(JsonElement rapport, string naam) =>
        rapport.GetProperty("onderdelen").GetProperty(naam).GetProperty("status").GetString()!;

    [Fact]
    public async Task Live_antwoordt_zonder_aanmelding_en_zonder_controles()
    {
        using var app = App();
        var (status, rapport, _) = await VraagAsync(app, "/health/live");
        status.ShouldBe(HttpStatusCode.OK);
        rapport.GetProperty("status").GetString().ShouldBe("Healthy");
        rapport.GetProperty("onderdelen").EnumerateObject().ShouldBeEmpty();
    }

    [Fact]
    public async Task Ready_wordt_ongezond_als_de_mailachterstand_boven_de_grens_komt_en_weer_gezond_na_verzending()
    {
        using var app = App(maxAchterstand: 2);
        await TimersDraaienAsync(app);
        await app.VerstuurMailAsync(); // whatever the demo data queued

        var (status, rapport, tekst) = await VraagAsync(app, "/health/ready");
        status.ShouldBe(HttpStatusCode.OK, tekst);
        rapport.GetProperty("status").GetString().ShouldBe("Healthy");
        Onderdeel(rapport, "database").ShouldBe("Healthy");
        Onderdeel(rapport, "timers").ShouldBe("Healthy");
        Onderdeel(rapport, "mail").ShouldBe("Healthy");

        await ZetInDeWachtrijAsync(app, 3);
        (status, rapport, tekst) = await VraagAsync(app, "/health/ready");
        status.ShouldBe(HttpStatusCode.ServiceUnavailable, tekst);
        rapport.GetProperty("status").GetString().ShouldBe("Unhealthy");
        Onderdeel(rapport, "mail").ShouldBe("Unhealthy");
        Onderdeel(rapport, "database").ShouldBe("Healthy");
        rapport.GetProperty("onderdelen").GetProperty("mail").GetProperty("gegevens").GetProperty("achterstand").GetInt32().ShouldBe(3);

        (await app.VerstuurMailAsync()).Verzonden.ShouldBe(3);
        (status, _, tekst) = await VraagAsync(app, "/health/ready");
        status.ShouldBe(HttpStatusCode.OK, tekst);
    }

    [Fact]
    public async Task Ready_wordt_ongezond_als_de_oudste_wachtende_mail_te_oud_is()
    {
        using var app = App(maxAchterstand: 100);
        await TimersDraaienAsync(app);
        await app.VerstuurMailAsync();
        await ZetInDeWachtrijAsync(app, 1);
        var (status, _, tekst) = await VraagAsync(app, "/health/ready");
        status.ShouldBe(HttpStatusCode.OK, tekst);

        app.Klok.ZetOp(app.Klok.GetUtcNow().AddMinutes(61));
        (status, var rapport, tekst) = await VraagAsync(app, "/health/ready");
        status.ShouldBe(HttpStatusCode.ServiceUnavailable, tekst);
        Onderdeel(rapport, "mail").ShouldBe("Unhealthy");
        rapport.GetProperty("onderdelen").GetProperty("mail").GetProperty("gegevens").GetProperty("oudsteSeconden").GetInt64()
            .ShouldBeGreaterThan(3600);
    }

    [Fact]
    public async Task Ready_noemt_geen_verbindingsreeks_of_pad()
    {
        using var app = App();
        var (_, _, tekst) = await VraagAsync(app, "/health/ready");
        tekst.ShouldNotContain(app.DatabasePad);
        tekst.ShouldNotContain("Data Source", Case.Insensitive);
        tekst.ShouldNotContain(Path.GetTempPath().TrimEnd('/'));
    }
}
