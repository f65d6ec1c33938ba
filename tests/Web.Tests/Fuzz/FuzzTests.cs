using System.Diagnostics;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Fuzz;

/// <summary>
/// Every form and action of the app, found by browsing as the demo users, gets seeded bad input: NUL bytes, 10,000
/// characters, 2^31 and 1e30, "on"/"yes"/"1" for a checkbox, 0.5, 1.500 and 1,5, impossible dates, unknown ids,
/// enum values out of range, markup, unicode, missing and doubled fields. Nothing may give a server error, a form
/// that comes back may not have stored anything, and what was stored is what was posted.
/// </summary>
public class FuzzTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private const int Zaad = 20261208;
    private readonly Route _route = new(fabriek);

    private static readonly string[] Gebruikers =
        ["steller", "afdelingshoofd", "financien", "personeel", "dtsecretaris", "orsecretaris", "secretariaat", "griffie", "beheerder"];

    /// <summary>Actions that leave the proposal where it is go first, those that end its route last.</summary>
    private static readonly string[] Volgorde =
    [
        Triggers.Aanhouden, Triggers.RaadAanhouden, Triggers.AdviesUitbrengen, Triggers.Paraferen, Triggers.DirectiebesluitVastleggen,
        Triggers.OrAdviesVastleggen, Triggers.InstemmenMetWijzigingen, Triggers.Instemmen, Triggers.RaadVaststellen,
        Triggers.Afwijzen, Triggers.RaadVerwerpen, Triggers.Terugsturen, Triggers.Intrekken,
    ];

    [Fact]
    public async Task Geen_invoer_geeft_een_serverfout_of_slaat_iets_anders_op_dan_werd_verstuurd()
    {
        var stopwatch = Stopwatch.StartNew();
        var (ids, links) = await ZetVoorstellenKlaarAsync();
        var klaargezet = stopwatch.Elapsed;
        var fuzzer = new Formulierfuzzer(fabriek, Zaad);
        int? VoorstelVan(string url) =>
            Regex.Match(url, @"^/Voorstellen/(?:Bewerken/)?(\d+)", RegexOptions.IgnoreCase) is { Success: true } m ? int.Parse(m.Groups[1].Value)
            : links.TryGetValue(url, out var id) ? id : null;
        // The pages of each user's own proposals and tasks (not every proposal the overview lists), and beheer.
        bool Volgen(string van, string url)
        {
            if (url.Contains("/Bijlagen/") || url.StartsWith("/Link/") || url.StartsWith("/Account")) return false;
            if (Regex.Match(url, @"^/Voorstellen/(?:Bewerken/)?(\d+)") is { Success: true } m)
                return ids.Contains(int.Parse(m.Groups[1].Value)) && !van.StartsWith("/Overzicht");
            return url is "/Taken" or "/Voorstellen" or "/Voorstellen/Bewerken" or "/Voorstellen/Importeren" or "/Overzicht" || url.StartsWith("/Beheer")
                   || url.StartsWith("/Vergaderingen");
        }

        var formulieren = new List<Formulierfuzzer.Formulier>();
        foreach (var gebruiker in Gebruikers)
            formulieren.AddRange(await fuzzer.OntdekAsync(gebruiker, ["/"], Volgen, VoorstelVan));
        formulieren.AddRange(await fuzzer.OntdekAsync(null, ["/Account/Inloggen", .. links.Keys], (_, _) => false, VoorstelVan));

        // One form per URL pattern; the proposal form both new and existing, with each of its buttons.
        var teFuzzen = formulieren.GroupBy(f => f.Sleutel).Select(g => g.First())
            .OrderBy(f => Rang(f)).ThenBy(f => f.Sleutel, StringComparer.Ordinal).ToList();
        var ontdekt = $"{teFuzzen.Count} formulieren: {string.Join(", ", teFuzzen.Select(f => f.Sleutel))}";
        foreach (var verplicht in new[]
                 {
                     "/voorstellen/bewerken?handler=opslaan", "/voorstellen/bewerken/{n}?handler=indienen", "/voorstellen/{n}/opmerking",
                     "/link/", "/account/inloggen", "/beheer/begrotingskalender", "/vergaderingen", "/vergaderingen/{n}/verplaatsen",
                     "/vergaderingen/{n}/annuleren", "/beheer/regels/{naam}/nieuw",
                     "/beheer/regels/{naam}/{n}?handler=activeren", "/beheer/workflows/nieuw?handler=controleren", "/voorstellen/importeren",
                 }.Concat(Volgorde.Select(t => $"/voorstellen/{{n}}/actie/{t.ToLowerInvariant()}")))
            teFuzzen.ShouldContain(f => f.Sleutel.Contains(verplicht), $"niet gevonden: {verplicht}; {ontdekt}; bezocht: {string.Join(", ", fuzzer.Bezocht)}");

        var ontdekken = stopwatch.Elapsed;
        var gehad = new HashSet<string>();
        foreach (var f in teFuzzen)
            await fuzzer.FuzzAsync(f, volledig: gehad.Add($"{Formulierfuzzer.Patroon(f.Pagina)} {string.Join(",", f.Namen)}"));

        var uit = TestContext.Current.TestOutputHelper!;
        uit.WriteLine($"Fuzz ({GetType().Name}, zaad {Zaad}): {fuzzer.Aantal} verzonden in {stopwatch.Elapsed.TotalSeconds:0.0} s (klaarzetten {klaargezet.TotalSeconds:0.0} s, ontdekken {(ontdekken - klaargezet).TotalSeconds:0.0} s); {ontdekt}");
        uit.WriteLine($"Statussen van de {fuzzer.Aantal} verzonden formulieren: " + string.Join(", ", fuzzer.Statussen.Select(s => $"{s.Key}: {s.Value}")));
        uit.WriteLine("Statussen van de pagina's die ontdekt en nagekeken zijn: " + string.Join(", ", fuzzer.NakijkStatussen.Select(s => $"{s.Key}: {s.Value}")));
        foreach (var (sleutel, statussen) in fuzzer.PerFormulier)
            uit.WriteLine($"  {sleutel}: {statussen.Values.Sum()} in {fuzzer.Tijden.GetValueOrDefault(sleutel)} ms ({string.Join(", ", statussen.Select(s => $"{s.Key}: {s.Value}"))})");
        uit.WriteLine($"{fuzzer.Fouten.Count} fouten, waarvan {fuzzer.Fouten.Count(f => f.Contains("HTTP 5"))} serverfouten.");
        foreach (var fout in fuzzer.Fouten.Take(60)) uit.WriteLine(fout);

        fuzzer.Statussen.Keys.Concat(fuzzer.NakijkStatussen.Keys).ShouldAllBe(s => s < 500,
            $"{fuzzer.Fouten.Count(f => f.Contains("HTTP 5"))} serverfouten; zie de testuitvoer");
        fuzzer.Fouten.ShouldBeEmpty();
    }

    private static int Rang(Formulierfuzzer.Formulier f)
    {
        if (f.Sleutel.Contains("/account/uitloggen")) return 100;
        if (f.Sleutel.Contains("handler=indienen")) return 5;
        var m = Regex.Match(f.Sleutel, @"/actie/(\w+)");
        return m.Success ? 10 + Array.FindIndex(Volgorde, t => t.Equals(m.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) : 0;
    }

    /// <summary>A proposal at every gate, made through the forms; and the paraaf and advice links from their mails.</summary>
    private async Task<(HashSet<int> Ids, Dictionary<string, int> Links)> ZetVoorstellenKlaarAsync()
    {
        Dictionary<string, string?> Voorstel(string onderwerp, params (string, string?)[] meer)
        {
            var velden = Route.VolledigVoorstel($"Fuzz {onderwerp}");
            foreach (var (k, w) in meer) velden[k] = w;
            return velden;
        }
        var (bijlage, bestanden) = Route.Begrotingswijziging();

        var steller = await _route.AlsAsync("steller");
        var concept = await steller.VerstuurAsync("/Voorstellen/Bewerken", Voorstel("concept", [.. bijlage.Select(b => (b.Key, b.Value))]),
            knop: "Concept opslaan", bestanden: bestanden);
        var conceptId = int.Parse(concept.Headers.Location!.OriginalString.Split('/').Last());

        var paraaf = await _route.IndienenAsync("steller", Voorstel("paraaf"));
        var advies = await _route.IndienenAsync("steller", Voorstel("advies",
            ("Invoer.Aspecten[0].AdviesGevraagd", "true"), ("Invoer.Aspecten[4].AdviesGevraagd", "true")));
        await _route.DoeAsync("afdelingshoofd", advies, Triggers.Paraferen);
        var terug = await _route.IndienenAsync("steller", Voorstel("terug", [.. bijlage.Select(b => (b.Key, b.Value))]), bestanden);
        await _route.DoeAsync("afdelingshoofd", terug, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Graag aanvullen." });

        var dt = await _route.IndienenAsync("steller", Voorstel("directieteam"));
        await _route.DoeAsync("afdelingshoofd", dt, Triggers.Paraferen);
        var or = await _route.IndienenAsync("steller", Voorstel("ondernemingsraad",
            ("Invoer.FormatieveConsequenties", "true"), ("Invoer.Fte", "1")));
        await _route.DoeAsync("afdelingshoofd", or, Triggers.Paraferen);
        await _route.DoeAsync("personeel", or, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        var college = await _route.IndienenAsync("steller", Voorstel("college"));
        var raad = await _route.IndienenAsync("steller", Voorstel("raad", ("Invoer.RaadsbesluitNodig", "true")));
        foreach (var id in new[] { or, college, raad })
        {
            if (id != or) await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
            await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
                new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        }
        await _route.DoeAsync("secretariaat", raad, Triggers.Instemmen,
            new() { ["Invoer.Datum"] = Route.Datum(7), ["Invoer.Tekst"] = "Ingestemd." });
        (await _route.LaadAsync(raad)).Status.ShouldBe("Gemeenteraad");
        (await _route.LaadAsync(or)).Status.ShouldBe("OndernemingsRaad");
        (await _route.LaadAsync(college)).Status.ShouldBe("CollegeVanBW");

        // A concept version of a rule set, so there is a version to activate.
        var beheerder = await _route.AlsAsync("beheerder");
        var regelset = await beheerder.VerstuurAsync("/Beheer/Regels/poort-indienen/Nieuw", new() { ["Toelichting"] = "Fuzz" });
        regelset.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(regelset));

        // The links act on tasks of their own: the paraaf of a proposal no one else acts on, the juridisch advice.
        var linkParaaf = await _route.IndienenAsync("steller", Voorstel("linkparaaf"));
        var paraafMail = await Mailmap.WachtOpAsync(fabriek, m => (m.Subject ?? "").StartsWith("Paraaf gevraagd") && (m.Subject ?? "").Contains("Fuzz linkparaaf"));
        var adviesMail = await Mailmap.WachtOpAsync(fabriek, m => (m.Subject ?? "").StartsWith("Advies gevraagd") && (m.Subject ?? "").Contains("Fuzz advies") && m.Aan("juridisch@gemeente.example"));
        var links = new Dictionary<string, int> { [paraafMail.LinkPad()] = linkParaaf, [adviesMail.LinkPad()] = advies };
        return ([conceptId, paraaf, advies, terug, dt, or, college, raad], links);
    }
}
