using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;

namespace Besluitvorming.Web.Tests.Agendering;

/// <summary>
/// The agenda of a college meeting: built from the proposals planned on it and ready, hamerstukken before
/// bespreekstukken, reordered and fixed by the bestuurssecretariaat with every change recorded; late items apart;
/// decisions for the meeting in one pass; the besluitenlijst as DOCX and PDF. Each test uses a meeting of its own.
/// </summary>
public class AgendaTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Agendaopzet _opzet = new(fabriek);
    private Route Route => _opzet.Route;

    [Fact]
    public async Task Hamerstukken_staan_voor_bespreekstukken_en_de_secretaris_kan_volgorde_en_soort_wijzigen()
    {
        var bw = Agendaopzet.Dinsdag(11); // a meeting no other test and no demo proposal is planned on
        var bespreek = await _opzet.NaarCollegeAsync("Agenda: bespreekstuk", bw, Behandelwijze.Bespreken);
        var hamer1 = await _opzet.NaarCollegeAsync("Agenda: hamerstuk een", bw, Behandelwijze.Akkoord);
        var hamer2 = await _opzet.NaarCollegeAsync("Agenda: hamerstuk twee", bw, Behandelwijze.Akkoord);
        var elders = await _opzet.NaarCollegeAsync("Agenda: andere vergadering", Agendaopzet.Dinsdag(9), Behandelwijze.Akkoord);
        var vergadering = await _opzet.VergaderingAsync(bw);

        var agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        Agendaopzet.Ids(agenda, "hamerstukken").ShouldBe([hamer1, hamer2]);
        Agendaopzet.Ids(agenda, "bespreekstukken").ShouldBe([bespreek]);
        agenda["hamerstukken"].Concat(agenda["bespreekstukken"]).Select(p => p.Volgnummer).ShouldBe([1, 2, 3]);
        agenda.Values.SelectMany(l => l).ShouldNotContain(p => p.Voorstel == elders);

        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Omlaag", hamer1);
        Agendaopzet.Ids(await _opzet.AgendaAsync("secretariaat", vergadering), "hamerstukken").ShouldBe([hamer2, hamer1]);
        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Wissel", hamer2);
        agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        Agendaopzet.Ids(agenda, "hamerstukken").ShouldBe([hamer1]);
        Agendaopzet.Ids(agenda, "bespreekstukken").ShouldBe([bespreek, hamer2], "een gewisseld punt komt achteraan zijn nieuwe lijst");
        agenda["hamerstukken"].Concat(agenda["bespreekstukken"]).Select(p => p.Volgnummer).ShouldBe([1, 2, 3]);

        // The top item cannot go up: a message, nothing changes, never an error page.
        var weigering = await _opzet.AgendaActieAsync("secretariaat", vergadering, "Omhoog", hamer1);
        weigering.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await Route.AlsAsync("secretariaat")).PaginaAsync(weigering.Headers.Location!.OriginalString))
            .QuerySelector(".melding--fout")!.TextContent.ShouldContain("bovenaan");
        Agendaopzet.Ids(await _opzet.AgendaAsync("secretariaat", vergadering), "hamerstukken").ShouldBe([hamer1]);
    }

    [Fact]
    public async Task Een_voorstel_dat_na_de_sluitingsdatum_gereed_kwam_staat_apart_tot_de_secretaris_het_toelaat()
    {
        // The meeting of 16 June closed on 9 June; the proposal reaches the college gate today, 10 June.
        var bw = Agendaopzet.Dinsdag(0);
        var laat = await _opzet.NaarCollegeAsync("Sluiting: te laat", bw, Behandelwijze.Akkoord);
        var vergadering = await _opzet.VergaderingAsync(bw);

        var agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        // The demo's proposals may be planned on this meeting too: only the test's own one is looked at.
        Agendaopzet.Ids(agenda, "hamerstukken").ShouldNotContain(laat);
        Agendaopzet.Ids(agenda, "niet-op-agenda").ShouldContain(laat);
        var pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        pagina.QuerySelector($"table[data-lijst=niet-op-agenda] tr[data-voorstel='{laat}']")!.TextContent
            .ShouldContain("Na sluitingsdatum: gereed op 10 juni 2026");
        (await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Besluiten"))
            .QuerySelector($"fieldset[data-voorstel='{laat}']").ShouldBeNull("niet toegelaten, dus geen besluit in deze vergadering");

        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Opnemen", laat);
        agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        Agendaopzet.Ids(agenda, "hamerstukken").ShouldBe([laat]);
        Agendaopzet.Ids(agenda, "niet-op-agenda").ShouldBeEmpty();
        pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        pagina.QuerySelector("table[data-lijst=wijzigingen]")!.TextContent.ShouldContain("toegelaten na sluitingsdatum");
    }

    [Fact]
    public async Task Na_vaststelling_wordt_een_wijziging_met_wie_en_wat_vastgelegd_en_getoond()
    {
        var bw = Agendaopzet.Dinsdag(3);
        var a = await _opzet.NaarCollegeAsync("Vaststellen: a", bw, Behandelwijze.Bespreken);
        var b = await _opzet.NaarCollegeAsync("Vaststellen: b", bw, Behandelwijze.Bespreken);
        var vergadering = await _opzet.VergaderingAsync(bw);

        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Vaststellen", extra: new() { ["Aanvang"] = "10:00" });
        var pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        pagina.QuerySelector("[data-agenda-status]")!.TextContent.ShouldContain("Vastgesteld op 10 juni 2026 door B. Claessens; aanvang 10:00");
        (await _opzet.AgendaActieAsync("secretariaat", vergadering, "Vaststellen")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await _opzet.GewijzigdAsync("secretariaat2", vergadering, "Afvoeren", a);
        var agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        Agendaopzet.Ids(agenda, "bespreekstukken").ShouldBe([b]);
        Agendaopzet.Ids(agenda, "niet-op-agenda").ShouldBe([a]);

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var wijzigingen = await db.Agendawijzigingen.Where(w => db.Agendas.Any(x => x.Id == w.AgendaId && x.VergaderingId == vergadering))
            .OrderBy(w => w.Id).ToListAsync();
        wijzigingen.Select(w => (w.Door, w.NaVaststelling)).ShouldBe([("B. Claessens", false), ("Y. Jacobs", true)]);
        wijzigingen[1].Omschrijving.ShouldContain("'Vaststellen: a' van de agenda afgevoerd");
        pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        var regels = pagina.QuerySelectorAll("table[data-lijst=wijzigingen] tbody tr").Select(r => r.TextContent).ToList();
        regels.Count.ShouldBe(2);
        regels[1].ShouldContain("Y. Jacobs");
        regels[1].ShouldContain("afgevoerd");
    }

    [Fact]
    public async Task Besluiten_in_een_keer_een_geweigerd_punt_houdt_de_invoer_en_de_andere_worden_vastgelegd()
    {
        var bw = Agendaopzet.Dinsdag(4);
        var ingestemd = await _opzet.NaarCollegeAsync("Besluiten: ingestemd", bw, Behandelwijze.Akkoord);
        var aangehouden = await _opzet.NaarCollegeAsync("Besluiten: aangehouden", bw, Behandelwijze.Bespreken);
        var geweigerd = await _opzet.NaarCollegeAsync("Besluiten: geweigerd", bw, Behandelwijze.Bespreken);
        var vergadering = await _opzet.VergaderingAsync(bw);
        var secretariaat = await Route.AlsAsync("secretariaat");
        var url = $"/Vergaderingen/{vergadering}/Besluiten";

        var formulier = await secretariaat.PaginaAsync(url);
        formulier.QuerySelector<IHtmlInputElement>($"input[name='Invoer[{aangehouden}].Volgnummer']")!.Value.ShouldBe("2", "volgnummer van de agenda");
        formulier.QuerySelector<IHtmlInputElement>($"input[name='Invoer[{ingestemd}].BehandelendTeam']")!.Value.ShouldBe("MOADO");
        var antwoord = await secretariaat.VerstuurAsync(url, new()
        {
            [$"Invoer[{ingestemd}].Uitkomst"] = Triggers.Instemmen,
            [$"Invoer[{ingestemd}].Tekst"] = "Het college stemt in.",
            [$"Invoer[{aangehouden}].Uitkomst"] = Triggers.Aanhouden,
            [$"Invoer[{aangehouden}].Tekst"] = "Eerst de wijkraad horen.",
            // No besluit text: the domain refuses this one.
            [$"Invoer[{geweigerd}].Uitkomst"] = Triggers.Afwijzen,
            [$"Invoer[{geweigerd}].BehandelendTeam"] = "JZ-typed",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        string.Concat(pagina.QuerySelectorAll($"fieldset[data-voorstel='{geweigerd}'] .veld-fout").Select(e => e.TextContent))
            .ShouldContain("Vul de besluittekst in.");
        pagina.QuerySelector<IHtmlInputElement>($"input[name='Invoer[{geweigerd}].BehandelendTeam']")!.Value.ShouldBe("JZ-typed");
        pagina.QuerySelector<IHtmlSelectElement>($"select[name='Invoer[{geweigerd}].Uitkomst']")!.Value.ShouldBe(Triggers.Afwijzen);
        pagina.QuerySelector($"fieldset[data-voorstel='{ingestemd}']").ShouldBeNull("vastgelegd, dus niet meer open");
        pagina.QuerySelector("[data-vastgelegd]")!.TextContent.ShouldContain("Besluiten: ingestemd: ingestemd");

        var v1 = await Route.LaadAsync(ingestemd);
        v1.Status.ShouldBe("Gepubliceerd"); // public: the Woo publication follows the decision at once
        v1.Collegebesluit!.Volgnummer.ShouldBe(1);
        v1.Collegebesluit.BehandelendTeam.ShouldBe("MOADO");
        v1.Collegebesluit.Vergaderdatum.ShouldBe(bw);
        var v2 = await Route.LaadAsync(aangehouden);
        v2.Status.ShouldBe("CollegeVanBW");
        v2.Collegebesluit!.Uitkomst.ShouldBe(CollegeUitkomst.Aangehouden);
        v2.GeplandBw.ShouldBe(bw.AddDays(7), "aangehouden tot de volgende collegevergadering");
        (await Route.LaadAsync(geweigerd)).Status.ShouldBe("CollegeVanBW");

        // Typing the text and sending again records the refused one too.
        var tweede = await secretariaat.VerstuurAsync(url, new()
        {
            [$"Invoer[{geweigerd}].Uitkomst"] = Triggers.Afwijzen, [$"Invoer[{geweigerd}].Tekst"] = "Het college wijst af.",
        });
        tweede.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(tweede));
        (await Route.LaadAsync(geweigerd)).Collegebesluit!.BehandelendTeam.ShouldBe("MOADO");

        // The besluitenlijst: the three decisions of the meeting, hamerstuk first.
        var besloten = (await secretariaat.PaginaAsync(url)).QuerySelectorAll("table[data-lijst=besloten] tbody tr")
            .Select(r => (int.Parse(r.GetAttribute("data-voorstel")!), r.QuerySelector("[data-uitkomst]")!.TextContent)).ToList();
        besloten.ShouldBe([(ingestemd, "Ingestemd"), (aangehouden, "Aangehouden"), (geweigerd, "Afgewezen")]);
    }

    [Fact]
    public async Task De_besluitenlijst_als_Word_en_PDF_bevat_de_besluiten_van_de_vergadering()
    {
        var bw = Agendaopzet.Dinsdag(8);
        var hamer = await _opzet.NaarCollegeAsync("Lijst: hamerstuk", bw, Behandelwijze.Akkoord);
        var bespreek = await _opzet.NaarCollegeAsync("Lijst: bespreekstuk", bw, Behandelwijze.Bespreken);
        var vergadering = await _opzet.VergaderingAsync(bw);
        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Vaststellen", extra: new() { ["Aanvang"] = "09:30" });
        var secretariaat = await Route.AlsAsync("secretariaat");
        var url = $"/Vergaderingen/{vergadering}/Besluiten";
        (await secretariaat.VerstuurAsync(url, new()
        {
            [$"Invoer[{hamer}].Uitkomst"] = Triggers.Instemmen, [$"Invoer[{hamer}].Tekst"] = "Conform.",
            [$"Invoer[{bespreek}].Uitkomst"] = Triggers.InstemmenMetWijzigingen, [$"Invoer[{bespreek}].Tekst"] = "Met een tekstuele aanpassing.\nAfstemmen met wethouder Tax.",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var regnrs = new[] { (await Route.LaadAsync(hamer)).Registratienummer!, (await Route.LaadAsync(bespreek)).Registratienummer! };
        // Public decisions are published at once (Woo): Gepubliceerd is past Besloten, and the besluitenlijst still lists them.
        (await Route.LaadAsync(hamer)).Status.ShouldBe("Gepubliceerd");
        (await Route.LaadAsync(bespreek)).Status.ShouldBe("Gepubliceerd");

        var docx = await secretariaat.Http.GetAsync($"{url}?handler=Docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            doc.PackageProperties.Title.ShouldBe("Besluitenlijst college van B&W 11 augustus 2026");
            var body = doc.MainDocumentPart!.Document!.Body!;
            string Tekst(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));
            var koppen = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Kop") == true)
                .Select(Tekst).ToList();
            koppen.ShouldBe(["Besluitenlijst college van B&W", "Hamerstukken", "1. Lijst: hamerstuk", "Bespreekstukken", "2. Lijst: bespreekstuk"]);
            var rijen = body.Descendants<TableRow>().Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            rijen.ShouldContain(r => r[0] == "Datum" && r[1] == "11 augustus 2026");
            rijen.ShouldContain(r => r[0] == "Aanvang" && r[1] == "09:30");
            rijen.ShouldContain(r => r[0] == "Reg.nr." && r[1] == regnrs[0]);
            rijen.ShouldContain(r => r[0] == "Reg.nr." && r[1] == regnrs[1]);
            rijen.ShouldContain(r => r[0] == "Portefeuillehouder" && r[1] == "H. Brauer");
            rijen.ShouldContain(r => r[0] == "Uitkomst" && r[1] == "Ingestemd met wijzigingen");
            body.Descendants<Paragraph>().Select(Tekst).ShouldContain("Afstemmen met wethouder Tax.");
        }

        var pdf = await secretariaat.Http.GetAsync($"{url}?handler=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var gelezen = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        gelezen.PageCount.ShouldBe(1);
        gelezen.Info.Title.ShouldBe("Besluitenlijst college van B&W 11 augustus 2026");
        gelezen.Info.Subject.ShouldBe("Besluitenlijst College van BenW 2026-08-11");
    }

    [Fact]
    public async Task Een_aangehouden_punt_blijft_op_de_besluitenlijst_van_zijn_vergadering_nadat_een_latere_vergadering_besloot()
    {
        var bw1 = Agendaopzet.Dinsdag(18);
        var bw2 = Agendaopzet.Dinsdag(19);
        var voorstel = await _opzet.NaarCollegeAsync("Historie: aangehouden, later ingestemd", bw1, Behandelwijze.Akkoord);
        var m1 = await _opzet.VergaderingAsync(bw1);
        var m2 = await _opzet.VergaderingAsync(bw2);
        var secretariaat = await Route.AlsAsync("secretariaat");

        // Held over in the meeting's own pass, decided later on the proposal's own page.
        (await secretariaat.VerstuurAsync($"/Vergaderingen/{m1}/Besluiten", new()
        {
            [$"Invoer[{voorstel}].Uitkomst"] = Triggers.Aanhouden, [$"Invoer[{voorstel}].Tekst"] = "Eerst de wijkraad horen.",
            [$"Invoer[{voorstel}].NieuweDatum"] = bw2.ToString("yyyy-MM-dd"),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fabriek.Klant().Http.GetAsync($"/Openbaar/Besluitenlijsten/{bw1:yyyy-MM-dd}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "aanhouden is geen besluit en wordt niet gepubliceerd");
        await Route.DoeAsync("secretariaat", voorstel, Triggers.Instemmen, new()
        {
            ["Invoer.Datum"] = bw2.ToString("yyyy-MM-dd"), ["Invoer.Tekst"] = "Het college stemt in na het horen van de wijkraad.",
        });
        (await Route.LaadAsync(voorstel)).Status.ShouldBe("Gepubliceerd");

        var eerste = (await secretariaat.PaginaAsync($"/Vergaderingen/{m1}/Besluiten"))
            .QuerySelector($"table[data-lijst=besloten] tr[data-voorstel='{voorstel}']");
        eerste.ShouldNotBeNull("de besluitenlijst van de eerste vergadering houdt wat die vergadering besloot");
        eerste.QuerySelector("[data-uitkomst]")!.TextContent.ShouldBe("Aangehouden");
        eerste.QuerySelector("[data-aangehouden-tot]")!.GetAttribute("data-aangehouden-tot").ShouldBe(bw2.ToString("yyyy-MM-dd"));
        eerste.TextContent.ShouldContain("Eerst de wijkraad horen.");
        var tweede = (await secretariaat.PaginaAsync($"/Vergaderingen/{m2}/Besluiten"))
            .QuerySelector($"table[data-lijst=besloten] tr[data-voorstel='{voorstel}']")!;
        tweede.QuerySelector("[data-uitkomst]")!.TextContent.ShouldBe("Ingestemd");
        tweede.QuerySelector("[data-aangehouden-tot]").ShouldBeNull();

        var lijst1 = await BesluitenlijstRijenAsync(secretariaat, m1);
        lijst1.ShouldContain(r => r[0] == "Uitkomst" && r[1] == "Aangehouden");
        lijst1.ShouldContain(r => r[0] == "Aangehouden tot" && r[1] == bw2.ToString("d MMMM yyyy", Nederlands));
        var lijst2 = await BesluitenlijstRijenAsync(secretariaat, m2);
        lijst2.ShouldContain(r => r[0] == "Uitkomst" && r[1] == "Ingestemd");
        lijst2.ShouldNotContain(r => r[0] == "Aangehouden tot");
        var pdf = await secretariaat.Http.GetAsync($"/Vergaderingen/{m1}/Besluiten?handler=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Public, once the final decision is published: the first meeting's list names the item as held over, the
        // second has the decision.
        var openbaar1 = await TestKlant.LeesAsync(await fabriek.Klant().Http.GetAsync($"/Openbaar/Besluitenlijsten/{bw1:yyyy-MM-dd}"));
        openbaar1.QuerySelector($"tr[data-besluit='{voorstel}']").ShouldBeNull();
        var aangehouden = openbaar1.QuerySelector($"tr[data-aangehouden='{voorstel}']")!;
        aangehouden.TextContent.ShouldContain("aangehouden");
        aangehouden.TextContent.ShouldContain(bw2.ToString("d MMMM yyyy", Nederlands));
        aangehouden.TextContent.ShouldNotContain("wijkraad", Case.Insensitive, "de reden van aanhouden is intern");
        var openbaar2 = await TestKlant.LeesAsync(await fabriek.Klant().Http.GetAsync($"/Openbaar/Besluitenlijsten/{bw2:yyyy-MM-dd}"));
        openbaar2.QuerySelector($"tr[data-besluit='{voorstel}']")!.TextContent.ShouldContain("ingestemd");
        openbaar2.QuerySelector($"tr[data-aangehouden='{voorstel}']").ShouldBeNull();
    }

    [Fact]
    public async Task Een_aangehouden_punt_van_een_niet_openbaar_voorstel_staat_alleen_op_de_interne_besluitenlijst()
    {
        var bw1 = Agendaopzet.Dinsdag(20);
        var bw2 = Agendaopzet.Dinsdag(21);
        var voorstel = await _opzet.NaarCollegeAsync("Historie: niet openbaar", bw1, Behandelwijze.Bespreken,
            new() { ["Invoer.Openbaarheid"] = nameof(Openbaarheid.Nee) });
        var m1 = await _opzet.VergaderingAsync(bw1);
        var m2 = await _opzet.VergaderingAsync(bw2);
        var secretariaat = await Route.AlsAsync("secretariaat");

        // Held over on the proposal's own page, decided later in the meeting's pass.
        await Route.DoeAsync("secretariaat", voorstel, Triggers.Aanhouden, new()
        {
            ["Invoer.Datum"] = bw1.ToString("yyyy-MM-dd"), ["Invoer.NieuweDatum"] = bw2.ToString("yyyy-MM-dd"),
            ["Invoer.Reden"] = "Eerst de begroting.",
        });
        (await secretariaat.VerstuurAsync($"/Vergaderingen/{m2}/Besluiten", new()
        {
            [$"Invoer[{voorstel}].Uitkomst"] = Triggers.Afwijzen, [$"Invoer[{voorstel}].Tekst"] = "Het college wijst af.",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Route.LaadAsync(voorstel)).Status.ShouldBe("Afgewezen");

        var eerste = (await secretariaat.PaginaAsync($"/Vergaderingen/{m1}/Besluiten"))
            .QuerySelector($"table[data-lijst=besloten] tr[data-voorstel='{voorstel}']");
        eerste.ShouldNotBeNull();
        eerste.QuerySelector("[data-uitkomst]")!.TextContent.ShouldBe("Aangehouden");
        (await BesluitenlijstRijenAsync(secretariaat, m2)).ShouldContain(r => r[0] == "Uitkomst" && r[1] == "Afgewezen");
        foreach (var d in new[] { bw1, bw2 })
            (await fabriek.Klant().Http.GetAsync($"/Openbaar/Besluitenlijsten/{d:yyyy-MM-dd}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static readonly System.Globalization.CultureInfo Nederlands = new("nl-NL");

    private static async Task<List<List<string>>> BesluitenlijstRijenAsync(TestKlant klant, int vergadering)
    {
        var docx = await klant.Http.GetAsync($"/Vergaderingen/{vergadering}/Besluiten?handler=Docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
    }

    [Fact]
    public async Task Zonder_eigen_aanvang_nemen_agenda_en_besluitenlijst_de_aanvang_van_de_vergadering()
    {
        var bw = Agendaopzet.Dinsdag(12); // a meeting no other test and no demo proposal is planned on
        var voorstel = await _opzet.NaarCollegeAsync("Aanvang: hamerstuk", bw, Behandelwijze.Akkoord);
        var vergadering = await _opzet.VergaderingAsync(bw);
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await db.Vergaderkalender.Where(m => m.Id == vergadering)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Aanvang, new TimeOnly(14, 15)));
        }
        var secretariaat = await Route.AlsAsync("secretariaat");

        var agenda = await secretariaat.PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        agenda.QuerySelector<IHtmlInputElement>("input[name=Aanvang]")!.Value.ShouldBe("14:15");

        var url = $"/Vergaderingen/{vergadering}/Besluiten";
        (await secretariaat.VerstuurAsync(url, new()
        {
            [$"Invoer[{voorstel}].Uitkomst"] = Triggers.Instemmen, [$"Invoer[{voorstel}].Tekst"] = "Conform.",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var docx = await secretariaat.Http.GetAsync($"{url}?handler=Docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var rijen = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rijen.ShouldContain(r => r[0] == "Aanvang" && r[1] == "14:15");
        rijen.ShouldContain(r => r[0] == "Agenda vastgesteld" && r[1] == "nee");
    }

    [Fact]
    public async Task Een_geannuleerde_collegevergadering_staat_niet_in_de_lijst_van_agendas()
    {
        var geannuleerd = await _opzet.VergaderingAsync(new DateOnly(2026, 6, 2)); // within the list's two weeks back
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var m = await db.Vergaderkalender.SingleAsync(x => x.Id == geannuleerd);
            m.Annuleer("Collegereis");
            await db.SaveChangesAsync();
        }

        var pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync("/Vergaderingen/Agendas");
        var links = pagina.QuerySelectorAll("table[data-soort=College] a").Select(a => a.TextContent.Trim()).ToList();
        links.ShouldContain("Agenda 9 juni 2026");
        links.ShouldNotContain("Agenda 2 juni 2026");
    }

    [Fact]
    public async Task Aanhouden_stelt_de_eerstvolgende_vergadering_voor_die_niet_geannuleerd_is()
    {
        var bw = Agendaopzet.Dinsdag(14);
        var voorstel = await _opzet.NaarCollegeAsync("Aanhouden: niet naar een geannuleerde vergadering", bw, Behandelwijze.Akkoord);
        var vergadering = await _opzet.VergaderingAsync(bw);
        var volgende = await _opzet.VergaderingAsync(Agendaopzet.Dinsdag(15));
        await _opzet.VergaderingAsync(Agendaopzet.Dinsdag(16));
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await db.Vergaderkalender.SingleAsync(x => x.Id == volgende)).Annuleer("Collegereis");
            await db.SaveChangesAsync();
        }

        var pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Besluiten");
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='Invoer[{voorstel}].NieuweDatum']")!.Value
            .ShouldBe(Agendaopzet.Dinsdag(16).ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("steller")]
    [InlineData("dtsecretaris")]
    [InlineData("griffie")]
    public async Task Wie_niet_het_secretariaat_van_het_college_is_krijgt_de_agenda_niet(string wie)
    {
        var vergadering = await _opzet.VergaderingAsync(Agendaopzet.Dinsdag(6));
        var klant = await Route.AlsAsync(wie);
        foreach (var url in new[] { $"/Vergaderingen/{vergadering}/Agenda", $"/Vergaderingen/{vergadering}/Besluiten", $"/Vergaderingen/{vergadering}/Besluiten?handler=Pdf" })
        {
            var antwoord = await klant.Http.GetAsync(url);
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            antwoord.Headers.Location!.AbsolutePath.ShouldBe("/Account/Geweigerd");
        }
        var beheerder = await (await Route.AlsAsync("beheerder")).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        beheerder.QuerySelector("[data-agenda-status]").ShouldNotBeNull("de beheerder mag kijken");
        // A post with a valid token of the user's own session (from the logout form) is refused too, and stores nothing.
        var token = (await klant.PaginaAsync("/Taken")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await klant.Http.PostAsync($"/Vergaderingen/{vergadering}/Agenda?handler=Vaststellen",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Aanvang", "09:00")]));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.AbsolutePath.ShouldBe("/Account/Geweigerd");
        using var scope = fabriek.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Agendas.AnyAsync(a => a.VergaderingId == vergadering)).ShouldBeFalse();
    }

    [Fact]
    public async Task De_dt_secretaris_beheert_de_agenda_van_het_directieteam_en_niet_die_van_het_college()
    {
        var maandag = new DateOnly(2026, 6, 29);
        var dt = await _opzet.VergaderingAsync(maandag, Besluitvorming.Web.Kalenders.Vergadersoort.Directieteam);
        var velden = Route.VolledigVoorstel("DT-agenda: voorstel");
        velden["Invoer.GeplandDt"] = maandag.ToString("yyyy-MM-dd");
        var id = await Route.IndienenAsync("steller", velden);
        await Route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);

        Agendaopzet.Ids(await _opzet.AgendaAsync("dtsecretaris", dt), "bespreekstukken").ShouldBe([id]);
        await _opzet.GewijzigdAsync("dtsecretaris", dt, "Vaststellen");
        (await (await Route.AlsAsync("secretariaat")).Http.GetAsync($"/Vergaderingen/{dt}/Agenda")).Headers.Location!.AbsolutePath
            .ShouldBe("/Account/Geweigerd");

        var antwoord = await (await Route.AlsAsync("dtsecretaris")).VerstuurAsync($"/Vergaderingen/{dt}/Besluiten", new()
        {
            [$"Invoer[{id}].Uitkomst"] = Triggers.DirectiebesluitVastleggen, [$"Invoer[{id}].Tekst"] = "Conform advies.\nDe raad vroeg informeren.",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var v = await Route.LaadAsync(id);
        v.Status.ShouldBe("CollegeVanBW");
        v.Directiebesluit!.Datum.ShouldBe(maandag);

        var pdf = await (await Route.AlsAsync("dtsecretaris")).Http.GetAsync($"/Vergaderingen/{dt}/Besluiten?handler=Pdf");
        using var gelezen = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        gelezen.Info.Title.ShouldBe("Besluitenlijst directieteam 29 juni 2026");
    }

    [Fact]
    public async Task De_griffie_legt_het_raadsbesluit_vast_en_de_besluitenlijst_van_de_raad_noemt_het()
    {
        var raadsdatum = new DateOnly(2026, 7, 9);
        var raad = await _opzet.VergaderingAsync(raadsdatum, Besluitvorming.Web.Kalenders.Vergadersoort.Gemeenteraad);
        // The college of 30 June, a meeting no other test here plans on, before the raad (the form refuses a raad before the college).
        var id = await _opzet.NaarCollegeAsync("Raad: kader buurtbudget", Agendaopzet.Dinsdag(2), extra: new()
        {
            ["Invoer.RaadsbesluitNodig"] = "true", ["Invoer.GeplandRaad"] = raadsdatum.ToString("yyyy-MM-dd"),
        });
        (await (await Route.AlsAsync("griffie")).PaginaAsync($"/Vergaderingen/{raad}/Agenda"))
            .QuerySelector($"[data-lijst=niet-gereed] a[href='/Voorstellen/{id}']").ShouldNotBeNull("gepland op de raad, nog bij het college");
        await Route.DoeAsync("secretariaat", id, Triggers.Instemmen, new() { ["Invoer.Tekst"] = "Het college stemt in en legt het voor aan de raad." });
        (await Route.LaadAsync(id)).Status.ShouldBe("Gemeenteraad");
        Agendaopzet.Ids(await _opzet.AgendaAsync("griffie", raad), "bespreekstukken").ShouldBe([id]);
        (await (await Route.AlsAsync("secretariaat")).Http.GetAsync($"/Vergaderingen/{raad}/Agenda")).Headers.Location!.AbsolutePath
            .ShouldBe("/Account/Geweigerd");

        var antwoord = await (await Route.AlsAsync("griffie")).VerstuurAsync($"/Vergaderingen/{raad}/Besluiten", new()
        {
            [$"Invoer[{id}].Uitkomst"] = Triggers.RaadVaststellen, [$"Invoer[{id}].Tekst"] = "De raad stelt het kader vast.",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var v = await Route.LaadAsync(id);
        v.Status.ShouldBe("Gepubliceerd"); // public: the Woo publication follows the decision at once
        v.Raadsbesluit!.Vergaderdatum.ShouldBe(raadsdatum);

        var docx = await (await Route.AlsAsync("griffie")).Http.GetAsync($"/Vergaderingen/{raad}/Besluiten?handler=Docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        doc.PackageProperties.Title.ShouldBe("Besluitenlijst gemeenteraad 9 juli 2026");
        var rijen = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rijen.ShouldContain(r => r[0] == "Reg.nr." && r[1] == v.Registratienummer);
        rijen.ShouldContain(r => r[0] == "Uitkomst" && r[1] == "Vastgesteld");
    }

    private async Task<List<Besluitvorming.Web.Agendering.Agendawijziging>> WijzigingenAsync(int vergadering)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Agendawijzigingen.AsNoTracking().Where(w => db.Agendas.Any(x => x.Id == w.AgendaId && x.VergaderingId == vergadering))
            .OrderBy(w => w.Id).ToListAsync();
    }

    /// <summary>A proposal at the college gate on the meeting of <paramref name="bw"/>, whose agenda the secretary fixed.</summary>
    private async Task<(int Id, int Vergadering)> OpVastgesteldeAgendaAsync(string onderwerp, DateOnly bw, Behandelwijze wijze)
    {
        var id = await _opzet.NaarCollegeAsync(onderwerp, bw, wijze);
        var vergadering = await _opzet.VergaderingAsync(bw);
        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Vaststellen", extra: new() { ["Aanvang"] = "09:30" });
        return (id, vergadering);
    }

    private static string NlDatum(DateOnly d) => d.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));

    [Fact]
    public async Task Een_voorstel_dat_door_annulering_van_een_vastgestelde_agenda_verhuist_blijft_zichtbaar_als_verplaatst_en_dat_is_vastgelegd()
    {
        var bw = Agendaopzet.Dinsdag(17); // a meeting no other test and no demo proposal is planned on
        var id = await _opzet.NaarCollegeAsync("Verhuist: buurtbudget", bw, Behandelwijze.Akkoord);
        var blijft = await _opzet.NaarCollegeAsync("Verhuist: ander punt", Agendaopzet.Dinsdag(18), Behandelwijze.Akkoord);
        var vergadering = await _opzet.VergaderingAsync(bw);
        var volgende = await _opzet.VergaderingAsync(Agendaopzet.Dinsdag(18));
        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Vaststellen", extra: new() { ["Aanvang"] = "09:30" });
        await _opzet.GewijzigdAsync("secretariaat", volgende, "Vaststellen", extra: new() { ["Aanvang"] = "09:30" });

        var antwoord = await (await Route.AlsAsync("secretariaat2")).VerstuurAsync($"/Vergaderingen/{vergadering}/Annuleren",
            new() { ["Reden"] = "Begrotingsbehandeling" });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));

        // On the cancelled meeting's agenda the item is no longer an item, but it stays in sight as moved, and cannot be put back.
        var agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        Agendaopzet.Ids(agenda, "hamerstukken").ShouldBeEmpty();
        Agendaopzet.Ids(agenda, "niet-op-agenda").ShouldBe([id]);
        var pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        var rij = pagina.QuerySelector($"table[data-lijst=niet-op-agenda] tr[data-voorstel='{id}']")!;
        rij.GetAttribute("data-verplaatst").ShouldBe("ja");
        rij.QuerySelector("[data-reden]")!.TextContent.ShouldBe($"Verplaatst naar de vergadering van {NlDatum(Agendaopzet.Dinsdag(18))}");
        rij.QuerySelector("button").ShouldBeNull();
        await _opzet.AgendaActieAsync("secretariaat", vergadering, "Opnemen", id);
        Agendaopzet.Ids(await _opzet.AgendaAsync("secretariaat", vergadering), "niet-op-agenda").ShouldBe([id]);

        // Who, when, what: after fixing, both as the agenda log shows them.
        var registratienummer = (await Route.LaadAsync(id)).Registratienummer;
        var wijzigingen = await WijzigingenAsync(vergadering);
        wijzigingen.Skip(1).Select(w => (w.Door, w.NaVaststelling, w.Omschrijving)).ShouldBe(
        [
            ("Y. Jacobs", true, "Vergadering geannuleerd: Begrotingsbehandeling"),
            ("Y. Jacobs", true, $"{registratienummer} 'Verhuist: buurtbudget' verplaatst naar de vergadering van {NlDatum(Agendaopzet.Dinsdag(18))}: Begrotingsbehandeling"),
        ]);
        var regels = pagina.QuerySelectorAll("table[data-lijst=wijzigingen] tbody tr").Select(r => r.TextContent).ToList();
        regels.Last().ShouldContain("verplaatst naar de vergadering van");
        regels.Last().ShouldContain("ja");

        // The fixed agenda it moved to has it apart, to be admitted; the other items there are untouched.
        var daar = await _opzet.AgendaAsync("secretariaat", volgende);
        // (Other tests of this class plan on that meeting too: only this test's proposals are looked at.)
        var hamerstukken = Agendaopzet.Ids(daar, "hamerstukken");
        hamerstukken.ShouldContain(blijft);
        hamerstukken.ShouldNotContain(id);
        Agendaopzet.Ids(daar, "niet-op-agenda").ShouldContain(id);
    }

    [Fact]
    public async Task Een_vastgestelde_agenda_legt_vast_dat_haar_vergadering_is_verplaatst_en_houdt_haar_punten()
    {
        var bw = Agendaopzet.Dinsdag(19); // a meeting no other test and no demo proposal is planned on
        var (id, vergadering) = await OpVastgesteldeAgendaAsync("Verhuist mee: wijkbudget", bw, Behandelwijze.Akkoord);

        var nieuw = bw.AddDays(2);
        var antwoord = await (await Route.AlsAsync("secretariaat")).VerstuurAsync($"/Vergaderingen/{vergadering}/Verplaatsen", new()
        {
            ["Invoer.Datum"] = nieuw.ToString("yyyy-MM-dd"), ["Invoer.Aanvang"] = "10:00",
            ["Invoer.Sluitingsdatum"] = bw.AddDays(-7).ToString("yyyy-MM-dd"), ["Invoer.Reden"] = "Werkbezoek",
        });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));

        // (Another test of this class plans on the same meeting: only this test's proposal is looked at.)
        Agendaopzet.Ids(await _opzet.AgendaAsync("secretariaat", vergadering), "hamerstukken").ShouldContain(id);
        var laatste = (await WijzigingenAsync(vergadering)).Last();
        (laatste.Door, laatste.NaVaststelling, laatste.Omschrijving).ShouldBe(
            ("B. Claessens", true, $"Vergadering verplaatst naar {NlDatum(nieuw)} om 10:00: Werkbezoek"));
    }

    [Fact]
    public async Task Een_teruggestuurd_voorstel_waarvan_de_steller_de_collegedatum_wijzigt_verlaat_de_vastgestelde_agenda_met_een_regel()
    {
        var bw = Agendaopzet.Dinsdag(20); // a meeting no other test and no demo proposal is planned on
        var (id, vergadering) = await OpVastgesteldeAgendaAsync("Steller verplaatst: speeltuin", bw, Behandelwijze.Bespreken);
        await Route.DoeAsync("secretariaat", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Eerst de wijkraad horen." });
        // (Another test of this class plans on the same meeting: only this test's proposal is looked at.)
        Agendaopzet.Ids(await _opzet.AgendaAsync("secretariaat", vergadering), "bespreekstukken").ShouldContain(id, "teruggestuurd: nog op de agenda, niet meer gereed");

        var later = Agendaopzet.Dinsdag(22);
        await _opzet.VergaderingAsync(later);
        var antwoord = await (await Route.AlsAsync("steller")).VerstuurAsync($"/Voorstellen/Bewerken/{id}",
            new() { ["Invoer.GeplandBw"] = later.ToString("yyyy-MM-dd") }, knop: "Concept opslaan");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));

        var agenda = await _opzet.AgendaAsync("secretariaat", vergadering);
        Agendaopzet.Ids(agenda, "bespreekstukken").ShouldNotContain(id);
        Agendaopzet.Ids(agenda, "niet-op-agenda").ShouldContain(id);
        var laatste = (await WijzigingenAsync(vergadering)).Last();
        (laatste.Door, laatste.NaVaststelling, laatste.Omschrijving).ShouldBe(("R.B.M. Janzen", true,
            $"{(await Route.LaadAsync(id)).Registratienummer} 'Steller verplaatst: speeltuin' verplaatst naar de vergadering van {NlDatum(later)}: planning gewijzigd door de steller"));
    }

    [Fact]
    public async Task Bij_een_gepland_voorstel_dat_nog_niet_gereed_is_toont_de_agenda_hoe_het_ervoor_staat()
    {
        // Today is 10 June 2026. For B&W of 23 June (closing 16 June) the advice must be done by 10 June (the DT of 15 June
        // closes then) and, to keep its ten working days, start by 27 May: the paraaf is late, the advice at risk.
        var bw = Agendaopzet.Dinsdag(1);
        async Task<int> IngediendAsync(string onderwerp, DateOnly datum)
        {
            var velden = Route.VolledigVoorstel(onderwerp);
            velden["Invoer.GeplandBw"] = datum.ToString("yyyy-MM-dd");
            velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
            return await Route.IndienenAsync("steller", velden);
        }
        var bijParaaf = await IngediendAsync("Stand: bij de paraaf", bw);
        var inAdvies = await IngediendAsync("Stand: in advies", bw);
        await Route.DoeAsync("afdelingshoofd", inAdvies, Triggers.Paraferen);
        var ruim = await IngediendAsync("Stand: ruim op tijd", Agendaopzet.Dinsdag(24));

        var pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{await _opzet.VergaderingAsync(bw)}/Agenda");
        IElement Regel(int id) => pagina.QuerySelector($"[data-lijst=niet-gereed] [data-voorstel='{id}']")!;
        (Regel(bijParaaf).GetAttribute("data-poort"), Regel(bijParaaf).GetAttribute("data-stand")).ShouldBe(("ParaafAfdelingshoofd", "TeLaat"));
        Regel(bijParaaf).TextContent.ShouldContain("Paraaf afdelingshoofd: te laat (uiterlijk 27 mei 2026)");
        (Regel(inAdvies).GetAttribute("data-poort"), Regel(inAdvies).GetAttribute("data-stand")).ShouldBe(("InAdvies", "Risico"));
        Regel(inAdvies).TextContent.ShouldContain("risico (uiterlijk 10 juni 2026)");

        pagina = await (await Route.AlsAsync("secretariaat")).PaginaAsync($"/Vergaderingen/{await _opzet.VergaderingAsync(Agendaopzet.Dinsdag(24))}/Agenda");
        Regel(ruim).GetAttribute("data-stand").ShouldBe("OpSchema");
    }
}
