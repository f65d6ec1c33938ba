using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// The README's curl examples of the API work as written against the app in Development with its demo client: each
/// shell block asks a token the way it says, and every /api/v1 call in it succeeds with that token.
/// </summary>
public sealed partial class ReadmeVoorbeeldenTests
{
    private static string Readme()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
            if (File.Exists(Path.Combine(map.FullName, "README.md")) && File.Exists(Path.Combine(map.FullName, "Besluitvorming.sln")))
                return File.ReadAllText(Path.Combine(map.FullName, "README.md"));
        throw new FileNotFoundException("README.md van de repository niet gevonden");
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Shellblok();

    [GeneratedRegex("-d (\\w+)=(\"[^\"]*\"|\\S+)")]
    private static partial Regex Formulierveld();

    [GeneratedRegex("curl [^\\n]*?\"?http://localhost:5080(/api/v1/[^\"'\\s]*)\"?(?:[ \\\\\\n]*-d '([^']*)')?")]
    private static partial Regex ApiAanroep();

    [Fact]
    public async Task De_curl_voorbeelden_van_de_API_werken_met_de_democlient_van_Development()
    {
        var blokken = Shellblok().Matches(Readme()).Select(m => m.Groups[1].Value)
            .Where(b => b.Contains("/connect/token") && b.Contains("/api/v1/")).ToList();
        blokken.Count.ShouldBeGreaterThanOrEqualTo(2, "het besluiten- en het webhookvoorbeeld");

        using var fabriek = new BesluitvormingFabriek { Omgeving = "Development" };
        var aanroepen = 0;
        foreach (var blok in blokken)
        {
            var token = blok[..blok.IndexOf("| jq", StringComparison.Ordinal)];
            var velden = Formulierveld().Matches(token).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim('"'));
            velden["client_id"].ShouldBe("woo-platform");
            var http = fabriek.Klant().Http;
            var antwoord = await http.PostAsync("/connect/token", new FormUrlEncodedContent(velden));
            var tekst = await antwoord.Content.ReadAsStringAsync();
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, $"{velden["scope"]}: {tekst}");
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                JsonDocument.Parse(tekst).RootElement.GetProperty("access_token").GetString());

            foreach (Match aanroep in ApiAanroep().Matches(blok))
            {
                var pad = aanroep.Groups[1].Value;
                var resultaat = aanroep.Groups[2].Success
                    ? await http.PostAsync(pad, new StringContent(aanroep.Groups[2].Value, Encoding.UTF8, "application/json"))
                    : await http.GetAsync(pad);
                resultaat.IsSuccessStatusCode.ShouldBeTrue($"{pad}: {(int)resultaat.StatusCode} {await resultaat.Content.ReadAsStringAsync()}");
                aanroepen++;
            }
        }
        aanroepen.ShouldBe(blokken.Count, "elk voorbeeld doet één API-aanroep");
    }
}
