using AngleSharp.Dom;
using Besluitvorming.Workflows.Voorstellen;
using MimeKit;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Each gate mails the right people, in Dutch, with everything in the plain-text part too.</summary>
public sealed class MailPerGebeurtenisTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private List<MimeMessage> Mails(string onderwerp) => Mailmap.Berichten(fabriek).Where(m => (m.Subject ?? "").Contains(onderwerp)).ToList();

    private Task<MimeMessage> WachtAsync(string onderwerp, string aan, string begin) =>
        Mailmap.WachtOpAsync(fabriek, m => (m.Subject ?? "").Contains(onderwerp) && m.Aan(aan) && (m.Subject ?? "").StartsWith(begin));

    [Fact]
    public async Task Van_indienen_tot_besluit_krijgt_ieder_de_juiste_mail()
    {
        var onderwerp = $"Gebeurtenis {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "1000";
        velden["Invoer.Dekking"] = "Post onvoorzien";
        // Budget impact needs a begrotingswijziging before the DT (poort-directieteam).
        var (bijlage, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, v) in bijlage) velden[k] = v;
        var id = await _route.IndienenAsync("steller", velden, bestanden);
        var regnr = (await _route.LaadAsync(id)).Registratienummer!;

        var ingediend = await WachtAsync(onderwerp, "steller@gemeente.example", "Ingediend");
        ingediend.TextBody!.ShouldContain(regnr);
        var paraaf = await WachtAsync(onderwerp, "afdelingshoofd@gemeente.example", "Paraaf gevraagd");
        foreach (var deel in new[] { regnr, onderwerp, "Gevraagd: Paraaf afdelingshoofd", "Uiterlijk:", "/Link/" })
            paraaf.TextBody!.ShouldContain(deel);
        paraaf.HtmlBody!.ShouldContain("/Link/");

        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var advies = await WachtAsync(onderwerp, "financien@gemeente.example", "Advies gevraagd (financiën)");
        advies.TextBody!.ShouldContain("kunt u instemmen met het voorstel");

        await _route.DoeAsync("financien", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        var dt = await WachtAsync(onderwerp, "dtsecretaris@gemeente.example", "Voor de agenda van het DT");
        dt.TextBody!.ShouldContain("Gevraagd: Directiebesluit vastleggen");
        await WachtAsync(onderwerp, "steller@gemeente.example", "Geagendeerd voor het DT");

        await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        await WachtAsync(onderwerp, "secretariaat@gemeente.example", "Voor de agenda van B&W");
        await WachtAsync(onderwerp, "steller@gemeente.example", "Geagendeerd voor B&W");

        await _route.DoeAsync("secretariaat", id, Triggers.Instemmen, new()
        {
            ["Invoer.Datum"] = Route.Datum(7), ["Invoer.Tekst"] = "Het college stemt in met het voorstel.",
        });
        foreach (var betrokkene in new[] { "steller", "afdelingshoofd", "financien", "dtsecretaris" })
        {
            var besluit = await WachtAsync(onderwerp, $"{betrokkene}@gemeente.example", "Besluit");
            besluit.TextBody!.ShouldContain("Het college stemt in met het voorstel.");
        }
        Mails(onderwerp).ShouldNotContain(m => m.Aan("secretariaat@gemeente.example") && (m.Subject ?? "").StartsWith("Besluit"),
            "wie het besluit vastlegt krijgt er geen mail over");
        // The raad gate (a budget change) opens next: the griffie gets its task.
        await WachtAsync(onderwerp, "griffie@gemeente.example", "Raadsbesluit vastleggen");
        Mails(onderwerp).ShouldAllBe(m => m.From.Mailboxes.Single().Address == "besluitvorming@gemeente.example");
    }

    [Fact]
    public async Task Intrekken_meldt_de_houders_van_vervallen_taken()
    {
        var onderwerp = $"Intrekken {Guid.NewGuid():N}";
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        await _route.DoeAsync("steller", id, Triggers.Intrekken, new() { ["Invoer.Reden"] = "Niet meer nodig." });
        var mail = await WachtAsync(onderwerp, "afdelingshoofd@gemeente.example", "Ingetrokken");
        mail.TextBody!.ShouldContain("Niet meer nodig.");
    }

    [Fact]
    public async Task Opmerking_in_de_app_staat_in_de_tijdlijn_en_mailt_de_steller()
    {
        var onderwerp = $"Opmerking {Guid.NewGuid():N}";
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var hoofd = await _route.AlsAsync("afdelingshoofd");
        var post = await hoofd.VerstuurAsync($"/Voorstellen/{id}", new() { ["tekst"] = "Graag even bellen." }, formulierSelector: "form[data-opmerking]");
        post.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Soort == "Opmerking" && g.ActorNaam == "M. Verbeek");
        (await WachtAsync(onderwerp, "steller@gemeente.example", "Opmerking van M. Verbeek")).TextBody!.ShouldContain("Graag even bellen.");

        // Someone without a task on it gets no form (the domain verb refuses them as well).
        var financien = await _route.AlsAsync("financien");
        (await financien.GetAsync($"/Voorstellen/{id}")).Pagina.QuerySelector("form[data-opmerking]").ShouldBeNull();
    }

    [Fact]
    public async Task Op_een_afgerond_voorstel_kan_ook_de_steller_geen_opmerking_meer_plaatsen()
    {
        var onderwerp = $"Afgerond {Guid.NewGuid():N}";
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var steller = await _route.AlsAsync("steller");
        var formulier = (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[data-opmerking]")!;
        await _route.DoeAsync("steller", id, Triggers.Intrekken, new() { ["Invoer.Reden"] = "Niet meer nodig." });

        // The page no longer offers the form; the form from before the withdrawal, posted anyway, is refused.
        (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector("form[data-opmerking]").ShouldBeNull();
        var post = await steller.VerstuurAsync($"/Voorstellen/{id}", formulier, new() { ["tekst"] = "Nog een gedachte." });
        post.Headers.Location!.AbsolutePath.ShouldBe("/Account/Geweigerd");
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldNotContain(g => g.Soort == "Opmerking");
    }
}
