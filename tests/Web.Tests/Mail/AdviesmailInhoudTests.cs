using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// The advice mail, as it arrives through a real SMTP server, carries what an advisor needs to decide without
/// signing in: the dictum, the summary, the facts of their aspect, the B&amp;W date, the attachments by name and
/// whether each is public, the deadline. Its plain-text part carries all of it and names no button.
/// </summary>
public sealed partial class AdviesmailInhoudTests : IAsyncLifetime
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;
    private Route _route = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.GedeeldAsync();
        _fabriek = new MailFabriek(_server);
        _route = new Route(_fabriek);
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    [GeneratedRegex(@"\b(knop|klik)", RegexOptions.IgnoreCase)]
    private static partial Regex Knop();

    [Fact]
    public async Task Adviesmail_draagt_alles_om_zonder_inloggen_te_beslissen()
    {
        var onderwerp = $"Inhoud {Guid.NewGuid():N}";
        var (velden, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, w) in Route.VolledigVoorstel(onderwerp)) velden[k] = w;
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "60000";
        velden["Invoer.KostenPerJaar"] = "true";
        velden["Invoer.Baten"] = "5000";
        velden["Invoer.Dekking"] = "Reserve sociaal domein";
        velden["Invoer.FormatieveConsequenties"] = "true";
        velden["Invoer.Fte"] = "0,5";
        velden["Invoer.Inhuur"] = "Projectleider 24 uur per week";
        velden["Invoer.Aspecten[0].Toelichting"] = "Kosten gedekt uit de reserve.";
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        velden["Invoer.Aspecten[4].Toelichting"] = "Past dit binnen de APV?";
        velden["Invoer.NieuweBijlagen[1].Naam"] = "Vertrouwelijke notitie";
        velden["Invoer.NieuweBijlagen[1].Openbaar"] = "false";
        var id = await _route.IndienenAsync("steller", velden, [.. bestanden, ("Invoer.NieuweBijlagen[1].Bestand", "notitie.pdf", Route.Pdf)]);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);

        var v = await _route.LaadAsync(id);
        v.Bijlagen.Select(b => b.Openbaar).ShouldBe([true, false], ignoreOrder: true, "een openbare en een niet-openbare bijlage");
        var voorAlle = new List<string>
        {
            v.Registratienummer!, onderwerp, "Dictum:",
            "Samenvatting: wat en waarom: Omdat het nodig is.", "Samenvatting: hoe: Stap voor stap.",
            $"B&W d.d.: {v.GeplandBw!.Value.ToString("d MMMM yyyy", Nl)}", "Uiterlijk: ", "Bijlagen:",
        };
        voorAlle.AddRange(v.Dictum.OrderBy(d => d.Volgorde).Select((d, i) => $"  {i + 1}. {d.Tekst}"));
        voorAlle.AddRange(v.Bijlagen.OrderBy(b => b.Nr).Select(b => $"  {b.Nr}. {b.Naam} ({(b.Openbaar == true ? "openbaar" : "niet openbaar")})"));

        var perAdviseur = new Dictionary<string, string[]>
        {
            ["financien@gemeente.example"] =
            [
                "Kunt u instemmen met het voorstel", "Budgettaire consequenties: ja", "Kosten: EUR 60.000 per jaar", "Baten: EUR 5.000",
                "Dekking: Reserve sociaal domein", "Toelichting financiën (steller): Kosten gedekt uit de reserve.",
            ],
            ["personeel@gemeente.example"] =
                ["Formatieve consequenties: ja", "Formatie: 0,5 fte", "Inhuur: Projectleider 24 uur per week"],
            ["juridisch@gemeente.example"] = ["Toelichting juridisch (steller): Past dit binnen de APV?"],
        };
        foreach (var (adres, eigen) in perAdviseur)
        {
            var mail = await _server.WachtOpAsync(b => b.Aan == adres && b.Onderwerp.Contains(onderwerp) && b.Onderwerp.StartsWith("Advies gevraagd"));
            foreach (var deel in voorAlle.Concat(eigen))
                mail.Tekst.ShouldContain(deel, Case.Insensitive, $"de platte tekst aan {adres} mist '{deel}'");
            Knop().Matches(mail.Tekst).Select(m => m.Value).ShouldBeEmpty($"de platte tekst aan {adres} noemt een knop");
            mail.LinkPad().ShouldStartWith("/Link/"); File.WriteAllText($"/tmp/mr-mail-{adres}.txt", mail.Tekst);
            (mail.Tekst + mail.Html).ShouldNotContain("/Bijlagen/", Case.Sensitive, "geen downloadlinks in de mail");
            // The HTML part shows the same values, in a table of label and value.
            foreach (var waarde in eigen.Select(d => d.Contains(": ") ? d[(d.IndexOf(": ", StringComparison.Ordinal) + 2)..] : d)
                         .Append(v.Dictum.OrderBy(d => d.Volgorde).Last().Tekst))
                WebUtility.HtmlDecode(mail.Html).ShouldContain(waarde, Case.Insensitive, $"het HTML-deel aan {adres} mist '{waarde}'");
        }
    }
}
