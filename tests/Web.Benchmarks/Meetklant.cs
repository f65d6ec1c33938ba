using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// A signed-in client of the benchmark host: GETs a page, marked so that <see cref="Verzoekmeter"/> times it inside the
/// server. A benchmark of error pages would measure the wrong thing, so anything but 200 stops the run.
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

    /// <summary>GETs <paramref name="url"/>, marked for <see cref="Verzoekmeter"/> when <paramref name="meting"/> is given; the answer must be 200.</summary>
    public async Task HaalAsync(string url, string? meting)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        if (meting is not null) verzoek.Headers.Add(Verzoekmeter.Kop, meting);
        using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseContentRead);
        if (antwoord.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} als {Gebruiker} gaf HTTP {(int)antwoord.StatusCode}, niet 200.");
    }

    private string? _token;

    /// <summary>Reads the antiforgery token of this session from a form page; later POSTs send it.</summary>
    public async Task TokenAsync(string formulier) =>
        _token = Antivervalsing().Match(await http.GetStringAsync(formulier)) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"{formulier} heeft geen antiforgery-token.");

    /// <summary>POSTs a form, marked for <see cref="Verzoekmeter"/>; the answer must be a redirect (the action was accepted).</summary>
    public async Task PostAsync(string url, Dictionary<string, string> velden, string meting, bool zonderToken = false)
    {
        if (!zonderToken) velden["__RequestVerificationToken"] = _token ?? throw new InvalidOperationException("Eerst TokenAsync.");
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(velden) };
        verzoek.Headers.Add(Verzoekmeter.Kop, meting);
        using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseContentRead);
        var verwacht = zonderToken ? HttpStatusCode.OK : HttpStatusCode.Redirect;
        if (antwoord.StatusCode != verwacht)
            throw new InvalidOperationException($"POST {url} als {Gebruiker} gaf HTTP {(int)antwoord.StatusCode}, niet {(int)verwacht}.");
    }

    /// <summary>The SQL commands one request to <paramref name="url"/> sends, in order (to see why a page costs what it does).</summary>
    public async Task<IReadOnlyList<Verzoekmeter.Commando>> SqlVanAsync(string url)
    {
        var id = $"sql-{Guid.NewGuid():N}{Verzoekmeter.MetSql}";
        await HaalAsync(url, id);
        return (await host.Meter.NeemAsync(id)).Commando;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antivervalsing();
}
