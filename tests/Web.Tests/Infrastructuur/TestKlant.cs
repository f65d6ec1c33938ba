using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// An HTTP client that behaves like a browser on our forms: it GETs the page, keeps every value the form already
/// holds (including the antiforgery token), changes only the fields a test names, and posts to the form's action.
/// </summary>
public sealed class TestKlant(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public const string Wachtwoord = "Welkom-2026!";

    public async Task InloggenAsync(string gebruikersnaam, string wachtwoord = Wachtwoord)
    {
        var antwoord = await VerstuurAsync("/Account/Inloggen", new() { ["Gebruikersnaam"] = gebruikersnaam, ["Wachtwoord"] = wachtwoord });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"inloggen als {gebruikersnaam} mislukte: {await Route.Fouten(antwoord)}");
    }

    public async Task<(HttpResponseMessage Antwoord, IHtmlDocument Pagina)> GetAsync(string url)
    {
        var antwoord = await Http.GetAsync(url);
        var html = await antwoord.Content.ReadAsStringAsync();
        return (antwoord, Parser.ParseDocument(html));
    }

    public async Task<IHtmlDocument> PaginaAsync(string url)
    {
        var (antwoord, pagina) = await GetAsync(url);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return pagina;
    }

    /// <summary>GETs <paramref name="url"/>, fills the form and submits it with the given button (by its text or handler).</summary>
    public async Task<HttpResponseMessage> VerstuurAsync(string url, Dictionary<string, string?> waarden, string? knop = null,
        string formulierSelector = "main form[method=post]", IEnumerable<(string Veld, string Bestandsnaam, byte[] Inhoud)>? bestanden = null)
    {
        var pagina = await PaginaAsync(url);
        var formulier = pagina.QuerySelector<IHtmlFormElement>(formulierSelector)
            ?? throw new InvalidOperationException($"Geen formulier '{formulierSelector}' op {url}");
        return await VerstuurAsync(url, formulier, waarden, knop, bestanden);
    }

    public async Task<HttpResponseMessage> VerstuurAsync(string url, IHtmlFormElement formulier, Dictionary<string, string?> waarden,
        string? knop = null, IEnumerable<(string Veld, string Bestandsnaam, byte[] Inhoud)>? bestanden = null)
    {
        var velden = Velden(formulier);
        foreach (var (naam, waarde) in waarden)
        {
            velden.RemoveAll(v => v.Naam == naam);
            if (waarde is not null)
            {
                velden.Add((naam, waarde));
                continue;
            }
            // Null unticks a checkbox (or clears a field): what remains is the hidden "false" ASP.NET renders for it.
            foreach (var verborgen in formulier.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Where(i => i.Name == naam))
                velden.Add((naam, verborgen.Value));
        }

        var actie = formulier.GetAttribute("action") is { Length: > 0 } a ? a : url;
        if (knop is not null)
        {
            var knopElement = formulier.QuerySelectorAll("button[type=submit]")
                .FirstOrDefault(b => b.TextContent.Trim() == knop || (b.GetAttribute("formaction")?.Contains($"handler={knop}") ?? false))
                ?? throw new InvalidOperationException($"Geen knop '{knop}' in het formulier op {url}");
            if (knopElement.GetAttribute("formaction") is { Length: > 0 } fa) actie = fa;
        }

        HttpContent inhoud;
        if (formulier.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (naam, waarde) in velden) multipart.Add(new StringContent(waarde), naam);
            foreach (var (veld, bestandsnaam, bytes) in bestanden ?? [])
            {
                var bestand = new ByteArrayContent(bytes);
                bestand.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
                    bestandsnaam.EndsWith(".pdf") ? "application/pdf" : "application/octet-stream");
                multipart.Add(bestand, veld, bestandsnaam);
            }
            inhoud = multipart;
        }
        else
        {
            inhoud = new FormUrlEncodedContent(velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde)));
        }
        return await Http.PostAsync(WebUtility.HtmlDecode(actie), inhoud);
    }

    /// <summary>What a browser would send for this form as it stands.</summary>
    public static List<(string Naam, string Waarde)> Velden(IHtmlFormElement formulier)
    {
        var velden = new List<(string, string)>();
        foreach (var element in formulier.Elements)
        {
            var naam = element.GetAttribute("name");
            if (string.IsNullOrEmpty(naam) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "submit" or "button" or "file" or "reset") continue;
                    if (type is "checkbox" or "radio")
                    {
                        if (input.IsChecked) velden.Add((naam, input.Value));
                        continue;
                    }
                    velden.Add((naam, input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    velden.Add((naam, textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    var gekozen = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (gekozen is not null) velden.Add((naam, gekozen.Value));
                    break;
            }
        }
        return velden;
    }

    public static async Task<IHtmlDocument> LeesAsync(HttpResponseMessage antwoord) =>
        Parser.ParseDocument(await antwoord.Content.ReadAsStringAsync());
}
