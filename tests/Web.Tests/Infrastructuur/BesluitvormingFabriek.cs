using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// The real app on a real SQLite file of its own (created, migrated and seeded with the demo organisation),
/// served in-process. One instance per test class.
/// </summary>
public class BesluitvormingFabriek : WebApplicationFactory<Program>
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", Guid.NewGuid().ToString("N"));

    public string Omgeving { get; init; } = "Testing";
    public Dictionary<string, string?> ExtraInstellingen { get; } = [];
    /// <summary>A clock of the test's own instead of the system clock.</summary>
    public TimeProvider? Klok { get; set; }

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
                // Tests log in many accounts from one address; the throttle has tests of its own.
                ["Inloggen:PogingenPerClient"] = "100000",
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
        if (Klok is { } klok) builder.ConfigureServices(s => s.AddSingleton(klok));
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
