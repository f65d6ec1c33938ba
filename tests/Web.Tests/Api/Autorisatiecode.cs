using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Besluitvorming.Web.Api;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// What an interactive client does in the authorization code flow with PKCE, through real HTTP: a client registered in
/// the app's store (the same descriptor /Beheer/Api writes), the authorize URL with an S256 challenge, the consent
/// form, the code exchange and refresh at /connect/token.
/// </summary>
public sealed class Autorisatiecode(BesluitvormingFabriek fabriek)
{
    public const string Terug = "http://localhost:5999/terug";
    public const string TerugNaUitloggen = "https://raadsapp.example/uitgelogd";

    public sealed record Client(string Id, string? Geheim);

    public sealed record Pkce(string Verifier, string Challenge)
    {
        public static Pkce Nieuw()
        {
            var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            return new Pkce(verifier, Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        }
    }

    public sealed record Tokens(string Toegang, string? Vernieuwing);

    /// <summary>A new interactive client: confidential (with secret) or public, authorization code only.</summary>
    public async Task<Client> RegistreerAsync(bool vertrouwelijk = true, string scopes = "besluiten.lezen")
    {
        var id = $"app-{Guid.NewGuid():N}"[..16];
        var geheim = vertrouwelijk ? Guid.NewGuid().ToString("N") : null;
        using var scope = fabriek.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(
            ApiClients.Beschrijving(id, geheim, "Raadsapp " + id[4..], scopes.Split(' '), clientCredentials: false,
                autorisatiecode: true, redirectUris: [new Uri(Terug)], uitlogUris: [new Uri(TerugNaUitloggen)]));
        return new Client(id, geheim);
    }

    public static string AutoriseerUrl(Client client, Pkce pkce, string scope = "besluiten.lezen offline_access",
        string redirectUri = Terug, string methode = "S256", string state = "toestand-1") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = client.Id, ["response_type"] = "code", ["redirect_uri"] = redirectUri, ["scope"] = scope,
            ["code_challenge"] = pkce.Challenge, ["code_challenge_method"] = methode, ["state"] = state,
        });

    /// <summary>The query of a redirect to the client (code and state, or error).</summary>
    public static Dictionary<string, string> Terugkeer(HttpResponseMessage antwoord)
    {
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plek = antwoord.Headers.Location!;
        plek.GetLeftPart(UriPartial.Path).ShouldBe(Terug);
        return QueryHelpers.ParseQuery(plek.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>Answers the consent form shown at <paramref name="url"/> with Toestaan or Weigeren.</summary>
    public static Task<HttpResponseMessage> BeantwoordAsync(TestKlant gebruiker, string url, string besluit) =>
        gebruiker.VerstuurAsync(url, new() { ["besluit"] = besluit }, formulierSelector: "form[data-toestemming]");

    /// <summary>Signs in, consents, and returns the code from the redirect.</summary>
    public async Task<string> CodeAsync(TestKlant gebruiker, Client client, Pkce pkce, string scope = "besluiten.lezen offline_access")
    {
        var url = AutoriseerUrl(client, pkce, scope);
        var eerst = await gebruiker.Http.GetAsync(url);
        if (eerst.StatusCode == HttpStatusCode.Redirect) return Terugkeer(eerst)["code"];
        eerst.StatusCode.ShouldBe(HttpStatusCode.OK, await eerst.Content.ReadAsStringAsync());
        return Terugkeer(await BeantwoordAsync(gebruiker, url, "toestaan"))["code"];
    }

    public async Task<HttpResponseMessage> TokenverzoekAsync(Client client, Dictionary<string, string> velden)
    {
        velden["client_id"] = client.Id;
        if (client.Geheim is not null) velden["client_secret"] = client.Geheim;
        return await fabriek.Klant().Http.PostAsync("/connect/token", new FormUrlEncodedContent(velden));
    }

    public Task<HttpResponseMessage> WisselAsync(Client client, string code, string verifier, string redirectUri = Terug) =>
        TokenverzoekAsync(client, new() { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = verifier, ["redirect_uri"] = redirectUri });

    public Task<HttpResponseMessage> VernieuwAsync(Client client, string vernieuwing) =>
        TokenverzoekAsync(client, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = vernieuwing });

    public static async Task<Tokens> LeesTokensAsync(HttpResponseMessage antwoord)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        var json = JsonDocument.Parse(tekst).RootElement;
        return new Tokens(json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var v) ? v.GetString() : null);
    }

    /// <summary>A refused token request: 400 with the OAuth error code.</summary>
    public static async Task GeweigerdAsync(HttpResponseMessage antwoord, string fout)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.BadRequest, tekst);
        JsonDocument.Parse(tekst).RootElement.GetProperty("error").GetString().ShouldBe(fout, tekst);
    }

    /// <summary>Signs in (as the given demo user), consents and exchanges the code: the tokens of a fresh consent.</summary>
    public async Task<Tokens> TokensAsync(Client client, string gebruikersnaam = "steller", string scope = "besluiten.lezen offline_access")
    {
        var gebruiker = await fabriek.IngelogdAlsAsync(gebruikersnaam);
        var pkce = Pkce.Nieuw();
        return await LeesTokensAsync(await WisselAsync(client, await CodeAsync(gebruiker, client, pkce, scope), pkce.Verifier));
    }

    public async Task<HttpStatusCode> LeesBesluitenAsync(string toegang)
    {
        var http = fabriek.Klant().Http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", toegang);
        return (await http.GetAsync("/api/v1/besluiten")).StatusCode;
    }
}
