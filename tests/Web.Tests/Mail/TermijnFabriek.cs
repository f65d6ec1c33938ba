using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// An app host on a database folder that outlives it, with a clock the test moves: start one, stop it, move the
/// clock, start the next on the same database, as a restart would.
/// </summary>
public sealed class TermijnFabriek : BesluitvormingFabriek
{
    private readonly VerstelbareKlok _klok;

    public TermijnFabriek(string map, VerstelbareKlok klok, bool herplanBijStart = true)
    {
        _klok = klok;
        ExtraInstellingen["Database:ConnectionString"] = $"Data Source={Path.Combine(map, "termijn.db")}";
        ExtraInstellingen["Mail:Map"] = Path.Combine(map, "mail");
        ExtraInstellingen["Jobs:HerplanBijStart"] = herplanBijStart ? "true" : "false";
        if (Environment.GetEnvironmentVariable("TERMIJN_DEBUG") is not null) { ExtraInstellingen["Logging:LogLevel:Default"] = "Information"; ExtraInstellingen["Logging:LogLevel:Quartz"] = "Debug"; }
        GedeeldeMailMap = Path.Combine(map, "mail");
    }

    public string GedeeldeMailMap { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(_klok));
    }
}
