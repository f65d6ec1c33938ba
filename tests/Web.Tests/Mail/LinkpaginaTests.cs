using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// The mail-link page speaks to the person it is for, puts an error next to the choice or field it is about (and
/// tells assistive technology so), keeps what was typed, and after the decision shows what was recorded, once, and
/// nothing more to do.
/// </summary>
public sealed class LinkpaginaTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private readonly Route _route = new(fabriek);

    private async Task<(int Id, string Onderwerp, string Pad)> InAdviesAsync()
    {
        var onderwerp = $"Linkpagina {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("juridisch@gemeente.example") && (m.Subject ?? "").Contains(onderwerp));
        return (id, onderwerp, mail.LinkPad());
    }

    private static IReadOnlyList<IHtmlInputElement> Keuzes(IHtmlDocument pagina) =>
        pagina.QuerySelectorAll<IHtmlInputElement>("[data-keuze] input[type=radio]").ToList();

    [Fact]
    public async Task De_pagina_vraagt_de_adviseur_of_hij_vanuit_zijn_aspect_kan_instemmen()
    {
        var (_, _, pad) = await InAdviesAsync();
        var pagina = await fabriek.Klant().PaginaAsync(pad);
        pagina.QuerySelector("h1")!.TextContent.ShouldBe("Uw advies juridisch");
        pagina.QuerySelector("[data-keuze] legend")!.TextContent.Trim().ShouldBe("Kunt u instemmen met dit voorstel vanuit juridisch?");
        Keuzes(pagina).ShouldAllBe(k => k.GetAttribute("aria-invalid") == null && k.GetAttribute("aria-describedby") == null);
    }

    [Fact]
    public async Task Een_fout_staat_bij_de_keuze_of_het_veld_waar_hij_over_gaat_en_de_invoer_blijft()
    {
        var (_, _, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();

        // No choice: the message stands with the choices, which point to it; the text stays.
        var post = await klant.VerstuurAsync(pad, new() { ["Invoer.Toelichting"] = "Mijn halve tekst" });
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(post);
        pagina.QuerySelector("[data-keuze] #keuze-fout")!.TextContent.ShouldContain("Kies");
        Keuzes(pagina).ShouldAllBe(k => k.GetAttribute("aria-describedby") == "keuze-fout" && k.GetAttribute("aria-invalid") == "true");
        Keuzes(pagina)[0].HasAttribute("autofocus").ShouldBeTrue();
        var tekst = pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invoer.Toelichting']")!;
        tekst.Value.ShouldBe("Mijn halve tekst");
        tekst.GetAttribute("aria-invalid").ShouldBeNull();

        // "Nee" without a reason: the message stands at the text field, which points to it; the choice stays.
        post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "nee", ["Invoer.Toelichting"] = "" });
        pagina = await TestKlant.LeesAsync(post);
        pagina.QuerySelector("#toelichting-fout")!.TextContent.ShouldContain("Licht toe waarom u niet kunt instemmen");
        tekst = pagina.QuerySelector<IHtmlTextAreaElement>("textarea[name='Invoer.Toelichting']")!;
        tekst.GetAttribute("aria-describedby")!.Split(' ').ShouldContain("toelichting-fout");
        tekst.GetAttribute("aria-invalid").ShouldBe("true");
        tekst.HasAttribute("autofocus").ShouldBeTrue();
        Keuzes(pagina).Single(k => k.IsChecked).Value.ShouldBe("nee");
        Keuzes(pagina).ShouldAllBe(k => k.GetAttribute("aria-invalid") == null);
    }

    [Fact]
    public async Task Na_het_advies_toont_de_pagina_wat_is_vastgelegd_en_verder_niets()
    {
        var (id, onderwerp, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        var post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "nee", ["Invoer.Toelichting"] = "Strijdig met de APV." });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        post.Headers.Location!.OriginalString.ShouldBe("/Link/Gereed");

        var advies = (await _route.LaadAsync(id)).Aspecten.Single(a => a.Aspect == Aspect.Juridisch);
        var regnr = (await _route.LaadAsync(id)).Registratienummer!;
        var gereed = await klant.PaginaAsync("/Link/Gereed");
        var vastgelegd = gereed.QuerySelector("[data-vastgelegd]")!;
        vastgelegd.QuerySelector("[data-voorstel]")!.TextContent.ShouldBe($"{regnr} {onderwerp}");
        vastgelegd.TextContent.ShouldContain("Uw advies juridisch");
        vastgelegd.QuerySelector("[data-uitkomst]")!.TextContent.ShouldBe("Nee, u kunt niet instemmen met het voorstel.");
        vastgelegd.QuerySelector("[data-toelichting]")!.TextContent.ShouldBe("Strijdig met de APV.");
        vastgelegd.QuerySelector("[data-tijdstip]")!.TextContent.ShouldBe(advies.AdviesOp!.Value.ToLocalTime().ToString("d MMMM yyyy 'om' HH:mm", Nl));
        gereed.QuerySelectorAll("main form, main button, main a").ShouldBeEmpty("na het vastleggen is er niets meer te doen");

        // Once, for this browser only: a second look or another visitor sees no details.
        (await klant.PaginaAsync("/Link/Gereed")).Body!.TextContent.ShouldNotContain(onderwerp);
        (await fabriek.Klant().PaginaAsync("/Link/Gereed")).QuerySelector("[data-vastgelegd]").ShouldBeNull();
    }

    [Fact]
    public async Task Paraaf_via_de_link_vraagt_akkoord_en_toont_na_terugsturen_de_reden()
    {
        var onderwerp = $"Linkparaaf {Guid.NewGuid():N}";
        await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("afdelingshoofd@gemeente.example") && (m.Subject ?? "").Contains(onderwerp));
        var klant = fabriek.Klant();
        var pagina = await klant.PaginaAsync(mail.LinkPad());
        pagina.QuerySelector("h1")!.TextContent.ShouldBe("Uw paraaf");
        pagina.QuerySelector("[data-keuze] legend")!.TextContent.Trim().ShouldBe("Gaat u akkoord met dit voorstel?");

        var post = await klant.VerstuurAsync(mail.LinkPad(), new() { ["Invoer.Keuze"] = "terugsturen", ["Invoer.Toelichting"] = "Dekking ontbreekt." });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        var gereed = await klant.PaginaAsync("/Link/Gereed");
        gereed.QuerySelector("[data-uitkomst]")!.TextContent.ShouldBe("Niet akkoord: het voorstel is teruggestuurd naar de steller.");
        gereed.QuerySelector("[data-toelichting]")!.TextContent.ShouldBe("Dekking ontbreekt.");
        gereed.QuerySelector("[data-voorstel]")!.TextContent.ShouldContain(onderwerp);
    }
}
