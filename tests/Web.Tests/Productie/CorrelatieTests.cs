using Besluitvorming.Web.Productie;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Each response carries an X-Correlation-ID: the caller's when it sent a valid one, else a new one per request; what
/// the request logs carries the same id in its scope (CorrelatieId).
/// </summary>
public sealed class CorrelatieTests(CorrelatieTests.LogFabriek fabriek) : IClassFixture<CorrelatieTests.LogFabriek>
{
    public sealed class LogFabriek : BesluitvormingFabriek
    {
        public Logboek Logboek { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ExtraInstellingen["Logging:LogLevel:Microsoft.AspNetCore.Mvc.RazorPages"] = "Information";
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Logboek));
        }
    }

    /// <summary>Keeps the CorrelatieId scope of every log record.</summary>
    public sealed class Logboek : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
        public System.Collections.Concurrent.ConcurrentBag<string> CorrelatieIds { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Schrijver(this);
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
        public void Dispose() { }

        private sealed class Schrijver(Logboek boek) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => boek._scopes.Push(state);
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                boek._scopes.ForEachScope((scope, _) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object>> paren)
                        foreach (var (k, v) in paren)
                            if (k == "CorrelatieId") boek.CorrelatieIds.Add(v.ToString()!);
                }, (object?)null);
        }
    }

    private async Task<HttpResponseMessage> VraagAsync(string pad, string? id)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        if (id is not null) verzoek.Headers.TryAddWithoutValidation(Correlatie.Kop, id);
        return await fabriek.Klant().Http.SendAsync(verzoek);
    }

    private static string Id(HttpResponseMessage antwoord) => antwoord.Headers.GetValues(Correlatie.Kop).Single();

    [Fact]
    public async Task Een_meegestuurde_correlatie_id_komt_terug_en_staat_in_de_logregels()
    {
        var id = "proxy-" + Guid.NewGuid().ToString("N");
        var antwoord = await VraagAsync("/Account/Inloggen", id);
        Id(antwoord).ShouldBe(id);
        fabriek.Logboek.CorrelatieIds.ShouldContain(id);
    }

    [Fact]
    public async Task Zonder_correlatie_id_krijgt_elk_verzoek_een_eigen()
    {
        var een = Id(await VraagAsync("/health/live", null));
        var twee = Id(await VraagAsync("/health/live", null));
        een.ShouldNotBeNullOrWhiteSpace();
        een.ShouldNotBe(twee);
    }

    [Theory]
    [InlineData("met spatie")]
    [InlineData("<script>")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task Een_ongeldige_correlatie_id_wordt_vervangen(string ongeldig)
    {
        var antwoord = await VraagAsync("/Account/Inloggen", ongeldig);
        var id = Id(antwoord);
        id.ShouldNotBe(ongeldig);
        Correlatie.IsGeldig(id).ShouldBeTrue();
    }

    [Fact]
    public async Task Ook_een_foutpagina_draagt_de_correlatie_id()
    {
        var klant = await fabriek.IngelogdAlsAsync("steller");
        var verzoek = new HttpRequestMessage(HttpMethod.Get, "/bestaat-niet");
        verzoek.Headers.Add(Correlatie.Kop, "fout-123");
        var antwoord = await klant.Http.SendAsync(verzoek);
        ((int)antwoord.StatusCode).ShouldBe(404);
        Id(antwoord).ShouldBe("fout-123");
    }
}
