using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;

namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>
/// The provider's answer that sends the browser back to the app (a redirect with the code and state in the query, or
/// an auto-posting form_post page), caught before the browser delivers it, so a test can deliver it as it is, change
/// it, or deliver it twice.
/// </summary>
public sealed record Terugkeer(Uri Adres, Dictionary<string, string> Velden, bool Post)
{
    public static async Task<Terugkeer> UitAsync(HttpResponseMessage antwoord)
    {
        if (antwoord.StatusCode == HttpStatusCode.Redirect)
        {
            var adres = antwoord.Headers.Location!;
            var velden = QueryHelpers.ParseQuery(adres.Query).ToDictionary(v => v.Key, v => v.Value.ToString());
            return new Terugkeer(new Uri(adres.GetLeftPart(UriPartial.Path)), velden, Post: false);
        }
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, tekst);
        var formulier = (await TestKlant.LeesAsync(new HttpResponseMessage { Content = new StringContent(tekst) }))
            .QuerySelector<IHtmlFormElement>("form") ?? throw new InvalidOperationException("De provider stuurde geen redirect en geen formulier: " + tekst);
        return new Terugkeer(new Uri(formulier.GetAttribute("action")!),
            TestKlant.Velden(formulier).ToDictionary(v => v.Naam, v => v.Waarde), Post: true);
    }

    public Terugkeer Met(string veld, string waarde) => this with { Velden = new(Velden) { [veld] = waarde } };
}
