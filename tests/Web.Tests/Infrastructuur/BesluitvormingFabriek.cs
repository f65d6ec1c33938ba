using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// The real app on a real SQLite file of its own (created, migrated and seeded with the demo organisation),
/// served in-process. One instance per test class. Its clock is the test's (<see cref="VerstelbareKlok"/>, starting on
/// a fixed day); interleavings are forced with <see cref="Gelijktijdigheid"/>, job runs are awaited with
/// <see cref="Jobuitvoeringen"/>, and mail is sent by driving the dispatcher (<see cref="VerstuurMailAsync"/>).
/// </summary>
public class BesluitvormingFabriek : WebApplicationFactory<Program>
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", Guid.NewGuid().ToString("N"));

    public string Omgeving { get; init; } = "Testing";
    public Dictionary<string, string?> ExtraInstellingen { get; } = [];
    /// <summary>The app's clock; a test may hand in its own (to share it between apps) before the app starts.</summary>
    public VerstelbareKlok Klok { get; set; } = new();

    public Gelijktijdigheid Gelijktijdig { get; } = new();

    public SqlTeller Sql { get; } = new();

    public Jobuitvoeringen Jobs { get; } = new();

    /// <summary>Off: mail waits in the outbox until the test runs a round (<see cref="VerstuurMailAsync"/>).</summary>
    public bool VerzendenOpAchtergrond { get; set; } = true;

    public string DatabasePad => Path.Combine(_map, "test.db");

    /// <summary>Where mail goes as .eml files when a test configures no SMTP server.</summary>
    public string MailMap => Path.Combine(_map, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_map);
        builder.UseEnvironment(Omgeving);
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var instellingen = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={DatabasePad}",
                ["Database:DemoData"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Mail:Map"] = MailMap,
                ["Mail:Interval"] = "00:00:00.200",
                ["Mail:EersteWachttijd"] = "00:00:00.200",
                ["Mail:MaxWachttijd"] = "00:00:01",
                ["Jobs:IdleWacht"] = "00:00:01",
                // No timers planned behind a test's back at start-up: the demo data's late traject steps would otherwise
                // escalate on Quartz's own thread at a moment no test chooses. Tests of that safety net use TermijnFabriek.
                ["Jobs:HerplanBijStart"] = "false",
                // Tests log in many accounts from one address; the throttle has tests of its own.
                ["Inloggen:PogingenPerClient"] = "100000",
                ["Mail:VerzendenOpAchtergrond"] = VerzendenOpAchtergrond ? "true" : "false",
            };
            // Null means "not set": the app's own files and defaults decide, as on a real installation.
            foreach (var (k, v) in ExtraInstellingen)
                if (v is null) instellingen.Remove(k);
                else instellingen[k] = v;
            config.AddInMemoryCollection(instellingen);
        });
        // What the app reads while it registers its services (the job store's SQL dialect) must be a host setting:
        // the configuration above is only complete once the host is built.
        builder.UseSetting("Database:Provider", ExtraInstellingen.GetValueOrDefault("Database:Provider") ?? "Sqlite");
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<TimeProvider>(Klok);
            s.ConfigureDbContext<SqliteBesluitvormingDbContext>(o => o.AddInterceptors(Gelijktijdig, Sql));
            s.ConfigureDbContext<PostgresBesluitvormingDbContext>(o => o.AddInterceptors(Gelijktijdig, Sql));
            s.ConfigureAllQuartzSchedulers(q => q.AddJobListener(Jobs));
        });
    }

    /// <summary>Moves the clock past the longest retry back-off of a test app (Mail:MaxWachttijd): what waits is due.</summary>
    public void VoorbijDeWachttijd() => Klok.ZetOp(Klok.GetUtcNow().AddMinutes(1));

    /// <summary>
    /// Runs dispatcher rounds until one finds nothing left to do (nothing due, or nothing it could send), and adds up
    /// what they did. When it returns, every message that was due has been handed to the transport or has failed.
    /// </summary>
    public async Task<Verzendronde> VerstuurMailAsync()
    {
        var dispatcher = Services.GetRequiredService<MailDispatcher>();
        var totaal = Verzendronde.Leeg;
        for (var i = 0; i < 50; i++)
        {
            var ronde = await dispatcher.VerstuurRondeAsync();
            totaal = new Verzendronde(totaal.Klaar + ronde.Klaar, totaal.Verzonden + ronde.Verzonden,
                totaal.Mislukt + ronde.Mislukt, totaal.EldersGeclaimd + ronde.EldersGeclaimd);
            if (ronde.Verzonden == 0) return totaal;
        }
        throw new InvalidOperationException("Na 50 verzendrondes stond er nog steeds mail klaar.");
    }

    /// <summary>Where the app listens when it runs on a real port (browser tests); else the in-process server.</summary>
    public Uri? Basisadres { get; set; }

    /// <summary>Serves the app on a real 127.0.0.1 port (Kestrel), so the remote address is a real one.</summary>
    public Uri StartOpEchtePoort()
    {
        UseKestrel(0);
        StartServer();
        var adres = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        return Basisadres = new Uri(adres);
    }

    /// <summary>A client whose cookies the test can read and copy (see <see cref="CookieBewaarder"/>).</summary>
    public (TestKlant Klant, CookieBewaarder Cookies) KlantMetCookies()
    {
        if (Basisadres is { } adres)
        {
            var bewaarder = new CookieBewaarder(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
            return (new TestKlant(new HttpClient(bewaarder) { BaseAddress = adres }), bewaarder);
        }
        var cookies = new CookieBewaarder();
        return (new TestKlant(CreateDefaultClient(cookies)), cookies);
    }

    public TestKlant Klant() => new(Basisadres is { } adres
        ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = adres }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<TestKlant> IngelogdAlsAsync(string gebruikersnaam)
    {
        var klant = Klant();
        await klant.InloggenAsync(gebruikersnaam);
        return klant;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_map, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
