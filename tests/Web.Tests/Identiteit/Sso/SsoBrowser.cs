using System.Net;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>
/// A browser for the single sign-on journey through real HTTP: it follows no redirect by itself (each hop is the test's)
/// and keeps cookies by hand (<see cref="CookieBewaarder"/>), which also sends back the Secure correlation cookie
/// OpenIddict's client sets, over the tests' plain HTTP.
/// </summary>
public sealed class SsoBrowser
{
    public SsoBrowser(Uri app)
    {
        Cookies = new CookieBewaarder(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        Http = new HttpClient(Cookies) { BaseAddress = app };
        Klant = new TestKlant(Http);
    }

    public CookieBewaarder Cookies { get; }
    public HttpClient Http { get; }
    public TestKlant Klant { get; }

    /// <summary>The app's request to the provider after "Inloggen met ..." on the login page.</summary>
    public async Task<Uri> StartAsync(string? returnUrl = null)
    {
        var url = "/Account/Inloggen" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var start = await Klant.VerstuurAsync(url, [], formulierSelector: "form.sso");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect, await start.Content.ReadAsStringAsync());
        return start.Headers.Location!;
    }

    /// <summary>Clicks "Inloggen met ...", visits the provider and returns its answer back to the app, not yet delivered.</summary>
    public async Task<Terugkeer> NaarProviderAsync(string? returnUrl = null) =>
        await Terugkeer.UitAsync(await Http.GetAsync(await StartAsync(returnUrl)));

    public Task<HttpResponseMessage> TerugAsync(Terugkeer terugkeer) => terugkeer.Post
        ? Http.PostAsync(terugkeer.Adres, new FormUrlEncodedContent(terugkeer.Velden))
        : Http.GetAsync(new UriBuilder(terugkeer.Adres)
        {
            Query = string.Join("&", terugkeer.Velden.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}")),
        }.Uri);

    /// <summary>The whole journey: login page, provider, back to the app. Returns the app's last answer.</summary>
    public async Task<HttpResponseMessage> InloggenAsync(string? returnUrl = null) => await TerugAsync(await NaarProviderAsync(returnUrl));
}
