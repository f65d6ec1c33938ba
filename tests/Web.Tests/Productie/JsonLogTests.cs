using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>As shipped, Production logs one JSON object per line with its scopes (the correlation id) and UTC times.</summary>
public sealed class JsonLogTests
{
    [Fact]
    public void Productie_logt_json_met_scopes_en_utc_tijden()
    {
        using var app = new BesluitvormingFabriek { Omgeving = "Production" };
        app.ExtraInstellingen["Database:DemoData"] = null;

        app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName
            .ShouldBe(ConsoleFormatterNames.Json);
        var json = app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        json.IncludeScopes.ShouldBeTrue();
        json.UseUtcTimestamp.ShouldBeTrue();
    }

    [Fact]
    public void Development_logt_leesbare_regels()
    {
        using var app = new BesluitvormingFabriek { Omgeving = "Development" };
        app.ExtraInstellingen["Database:DemoData"] = null;

        app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName
            .ShouldBe(ConsoleFormatterNames.Simple);
    }
}
