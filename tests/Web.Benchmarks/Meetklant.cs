using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// A signed-in browser-like client of the benchmark host that GETs pages one after the other (no overlap, so the
/// figures are the cost of one request on an otherwise idle app) and collects client and server time per request.
/// </summary>
public sealed partial class Meetklant(Benchmarkhost host, HttpClient http, string gebruiker)
{
    public string Gebruiker { get; } = gebruiker;

    public static async Task<Meetklant> IngelogdAlsAsync(Benchmarkhost host, string gebruikersnaam)
    {
        var http = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var formulier = await http.GetStringAsync("/Account/Inloggen");
        var token = Antivervalsing().Match(formulier) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("Het inlogformulier heeft geen antiforgery-token.");
        var antwoord = await http.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = gebruikersnaam, ["Wachtwoord"] = Besluitvorming.Web.Data.DatabaseInitialisatie.DemoWachtwoord,
            ["__RequestVerificationToken"] = token,
        }));
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Inloggen als {gebruikersnaam} mislukte (HTTP {(int)antwoord.StatusCode}).");
        return new Meetklant(host, http, gebruikersnaam);
    }

    public async Task<HttpStatusCode> StatusAsync(string url) => (await http.GetAsync(url)).StatusCode;

    /// <summary>
    /// <paramref name="opwarmen"/> unmeasured requests, then <paramref name="aantal"/> measured ones; request i goes to
    /// <paramref name="url"/>(i). Every answer must be 200: a benchmark of error pages would measure the wrong thing.
    /// </summary>
    public async Task<Uitslag> MeetAsync(string naam, string patroon, Func<int, string> url, int aantal, int opwarmen, bool tegenBudget)
    {
        for (var i = 0; i < opwarmen; i++) await HaalAsync(url(i), null);
        var server = new List<double>(aantal);
        var klant = new List<double>(aantal);
        var sql = new List<int>(aantal);
        for (var i = 0; i < aantal; i++)
        {
            var id = $"{naam}-{i}";
            var start = Stopwatch.GetTimestamp();
            await HaalAsync(url(opwarmen + i), id);
            klant.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var meting = await host.Meter.NeemAsync(id);
            server.Add(meting.ServerMs);
            sql.Add(meting.Sql);
        }
        return new Uitslag(naam, patroon, server, klant, sql, tegenBudget);
    }

    private async Task HaalAsync(string url, string? meting)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        if (meting is not null) verzoek.Headers.Add(Verzoekmeter.Kop, meting);
        using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseContentRead);
        if (antwoord.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} als {Gebruiker} gaf HTTP {(int)antwoord.StatusCode}, niet 200.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antivervalsing();
}
