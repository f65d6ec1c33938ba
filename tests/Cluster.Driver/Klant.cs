using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Besluitvorming.Cluster.Driver;

/// <summary>
/// One user's browser: a cookie jar shared by every address it talks to (instance A, instance B, the proxy), forms read
/// from the page (antiforgery token included) and posted with the fields the driver names. Each request goes to the
/// next address in turn, so a session alternates between instances when given both.
/// </summary>
public sealed class Klant
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient[] _http;
    private int _volgende;

    public Klant(CookieContainer koekjes, params Uri[] adressen)
    {
        Koekjes = koekjes;
        _http = adressen.Select(a => new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = koekjes, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromSeconds(30),
        }) { BaseAddress = a, Timeout = TimeSpan.FromSeconds(120) }).ToArray();
    }

    public CookieContainer Koekjes { get; }

    /// <summary>Where the next request goes (the addresses in turn).</summary>
    private HttpClient Http => _http[(Interlocked.Increment(ref _volgende) & int.MaxValue) % _http.Length];

    public const string Wachtwoord = "Welkom-2026!";

    public static async Task<Klant> IngelogdAsync(string gebruiker, params Uri[] adressen)
    {
        var klant = new Klant(new CookieContainer(), adressen);
        var antwoord = await klant.VerstuurAsync("/Account/Inloggen", new() { ["Gebruikersnaam"] = gebruiker, ["Wachtwoord"] = Wachtwoord });
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"inloggen als {gebruiker}: HTTP {(int)antwoord.StatusCode}");
        return klant;
    }

    /// <summary>A new browser with this one's cookies, talking to other addresses.</summary>
    public Klant Naar(params Uri[] adressen) => new(Koekjes, adressen);

    public Task<HttpResponseMessage> GetAsync(string pad) => Http.GetAsync(pad);

    public async Task<IHtmlDocument> PaginaAsync(string pad)
    {
        var antwoord = await Http.GetAsync(pad);
        if (antwoord.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {pad}: HTTP {(int)antwoord.StatusCode}");
        return Parser.ParseDocument(await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>GETs the page, fills the form (the first post form in main, or the selector) and submits it.</summary>
    public async Task<HttpResponseMessage> VerstuurAsync(string pad, Dictionary<string, string> waarden, string? knop = null,
        string selector = "main form[method=post]")
    {
        var pagina = await PaginaAsync(pad);
        var formulier = pagina.QuerySelector<IHtmlFormElement>(selector)
            ?? throw new InvalidOperationException($"geen formulier '{selector}' op {pad}");
        var velden = Velden(formulier);
        foreach (var (naam, waarde) in waarden)
        {
            velden.RemoveAll(v => v.Naam == naam);
            velden.Add((naam, waarde));
        }
        var actie = formulier.GetAttribute("action") is { Length: > 0 } a ? a : pad;
        if (knop is not null && formulier.QuerySelectorAll("button[type=submit]").FirstOrDefault(b => b.TextContent.Trim() == knop)
                ?.GetAttribute("formaction") is { Length: > 0 } fa)
            actie = fa;
        HttpContent inhoud;
        if (formulier.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (naam, waarde) in velden) multipart.Add(new StringContent(waarde), naam);
            inhoud = multipart;
        }
        else
        {
            inhoud = new FormUrlEncodedContent(velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde)));
        }
        return await Http.PostAsync(WebUtility.HtmlDecode(actie), inhoud);
    }

    /// <summary>What a browser sends for the form as it stands; a select without a choice takes its first real option.</summary>
    private static List<(string Naam, string Waarde)> Velden(IHtmlFormElement formulier)
    {
        var velden = new List<(string, string)>();
        foreach (var element in formulier.Elements)
        {
            var naam = element.GetAttribute("name");
            if (string.IsNullOrEmpty(naam) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type.ToLowerInvariant() is "submit" or "button" or "file" or "reset":
                    break;
                case IHtmlInputElement input when input.Type.ToLowerInvariant() is "checkbox" or "radio":
                    if (input.IsChecked) velden.Add((naam, input.Value));
                    break;
                case IHtmlInputElement input:
                    velden.Add((naam, input.Value));
                    break;
                case IHtmlTextAreaElement tekst:
                    velden.Add((naam, tekst.Value));
                    break;
                case IHtmlSelectElement keuze:
                    var gekozen = keuze.Options.FirstOrDefault(o => o.IsSelected && o.Value != "")
                        ?? keuze.Options.FirstOrDefault(o => o.Value != "");
                    if (gekozen is not null) velden.Add((naam, gekozen.Value));
                    break;
            }
        }
        return velden;
    }
}
