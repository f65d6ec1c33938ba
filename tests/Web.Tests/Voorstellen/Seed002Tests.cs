using System.Net;
using AngleSharp.Dom;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Voorstellen;

/// <summary>
/// The real collegevoorstel of seed 002 (gemeente Venlo, reg.nr. 14-10749) entered in full through the form
/// and routed to the decision its "Bijlage – besluit B&amp;W" records.
/// </summary>
public class Seed002Tests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    internal const string Besluit = "Het college kan instemmen met het voorstel. Wel dienen in overleg met de portefeuillehouder enkele tekstuele aanpassingen plaats te vinden. Deze dienen ook afgestemd te worden met wethouder Tax.";

    [Fact]
    public async Task Collegevoorstel_14_10749_wordt_volledig_ingevoerd_en_besloten_zoals_vastgelegd()
    {
        var id = await VoerInEnBesluitAsync(_route);
        var steller = await _route.AlsAsync("steller");

        var v = await _route.LaadAsync(id);
        // No raad decision is asked; the embargo ("uitgesteld tot 12 november", four years on) lies after the decision, so the
        // besluit waits for its publication timer instead of being published at once.
        v.Status.ShouldBe("Besloten");
        v.GepubliceerdOp.ShouldBeNull();
        v.Openbaarheid.ShouldBe(Openbaarheid.Uitgesteld);
        v.OpenbaarNa.ShouldBe(Embargo);
        v.BijlagenOpenbaar.ShouldBe(false);
        v.Dictum.Count.ShouldBe(3);
        v.Voorbesprekingen.Count.ShouldBe(4);
        v.Bijlagen.Single().Datum.ShouldBe(new DateOnly(2014, 8, 18));
        v.Bijlagen.Single().Openbaar.ShouldBe(false);
        v.Aspecten.Where(a => a.Instemming == true).Select(a => a.Aspect)
            .ShouldBe([Aspect.Financien, Aspect.Personeel, Aspect.Communicatie], ignoreOrder: true);
        v.Directiebesluit!.PuntenLijst.Count.ShouldBe(3);
        v.Collegebesluit!.Vergaderdatum.ShouldBe(new DateOnly(2014, 10, 14));
        v.Collegebesluit.Volgnummer.ShouldBe(4);
        v.Collegebesluit.BehandelendTeam.ShouldBe("MOADO");
        v.Collegebesluit.Besluittekst.ShouldBe(Besluit);

        // The decision appendix reads like the original.
        var pagina = await steller.PaginaAsync($"/Voorstellen/{id}");
        var bijlage = pagina.QuerySelector("section.besluit")!.TextContent;
        bijlage.ShouldContain("14 oktober 2014");
        bijlage.ShouldContain($"Ja, namelijk uitgesteld (tot na {Embargo.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"))}), de bijlagen zijn niet openbaar");
        bijlage.ShouldContain("MOADO");
        bijlage.ShouldContain("Wel dienen in overleg met de portefeuillehouder");
    }

    /// <summary>Enters the proposal of seed 002 through the form as the steller and routes it to the college decision; returns its id.</summary>
    /// <summary>The original's embargo day (12 November) in the last year of the generated calendar: after any B&amp;W meeting chosen.</summary>
    private static readonly DateOnly Embargo = new(Mail.VerstelbareKlok.Begindatum.Year + 4, 11, 12);

    internal static async Task<int> VoerInEnBesluitAsync(Route route)
    {
        var steller = await route.AlsAsync("steller");
        var formulier = await steller.PaginaAsync("/Voorstellen/Bewerken");
        string Optie(string select, string tekst) =>
            formulier.QuerySelectorAll($"select[name='{select}'] option").First(o => o.TextContent.StartsWith(tekst)).GetAttribute("value")!;
        // The planned meetings are chosen from the calendar, so they are upcoming ones, not the 2014 dates of the
        // original (the embargo moves with them: it must lie after the B&W meeting). The decisions keep their 2014 dates.
        string Vergadering(string select, int nr) =>
            formulier.QuerySelectorAll($"select[name='{select}'] option").Where(o => o.GetAttribute("value") != "").ElementAt(nr).GetAttribute("value")!;

        var velden = new Dictionary<string, string?>
        {
            ["Invoer.Onderwerp"] = "Ontwikkeling wijkgericht werken en vorming buurtbudget.",
            ["Invoer.AfdelingId"] = Optie("Invoer.AfdelingId", "Maatschappelijke Ontwikkeling"),
            ["Invoer.TeamId"] = Optie("Invoer.TeamId", "MOADO"),
            ["Invoer.ProjectId"] = Optie("Invoer.ProjectId", "Wijkgericht werken"),
            ["Invoer.Programma"] = "Stad van actieve mensen",
            ["Invoer.Openbaarheid"] = "Uitgesteld",
            ["Invoer.OpenbaarNa"] = Embargo.ToString("yyyy-MM-dd"),
            ["Invoer.BijlagenOpenbaar"] = "false",
            ["Invoer.GeplandDt"] = Vergadering("Invoer.GeplandDt", 2),
            ["Invoer.GeplandBw"] = Vergadering("Invoer.GeplandBw", 4),
            ["Invoer.StellerTelefoon"] = "+31 77 3599551",
            ["Invoer.Portefeuillehouder"] = "H. Brauer",
            ["Invoer.Secretaris"] = "P. Lucassen",
            ["Invoer.Behandelwijze"] = "Bespreken",
            ["Invoer.Dictum"] =
                "Instemmen met de voorgestelde procesaanpak, gericht op het ontwikkelen van wijkgericht werken;\n" +
                "Instemmen om middels deze aanpak inhoud te geven aan de vorming van een buurtbudget (bestuursopdracht \"uitwerking sturing op wijkbudgetten\")\n" +
                "het bestuurlijke opdrachtgeverschap beleggen bij wethouder Brauer.",
            ["Invoer.Voorbesprekingen[0].Persoon"] = "Wethouder Henk Brauer", ["Invoer.Voorbesprekingen[0].Datum"] = "2014-10-06",
            ["Invoer.Voorbesprekingen[1].Persoon"] = "Wethouder Vera Tax", ["Invoer.Voorbesprekingen[1].Datum"] = "2014-10-06",
            ["Invoer.Voorbesprekingen[2].Persoon"] = "Wethouder Ramon Testroote", ["Invoer.Voorbesprekingen[2].Datum"] = "2014-09-18",
            ["Invoer.Voorbesprekingen[3].Persoon"] = "Directieteam", ["Invoer.Voorbesprekingen[3].Datum"] = "2014-09-15",
            ["Invoer.SamenvattingWatEnWaarom"] = "Door de uitgangspunten van het recente coalitieprogramma, ontwikkelingen als Huizen van de Wijk, uitvoering van de Sociale Structuurvisie maar ook vanwege andere houding en vragen van onze inwoners is het nodig om de specifieke instrumenten van wijkgericht werken verder te ontwikkelen.",
            ["Invoer.SamenvattingHoe"] = "In oktober 2014 starten wij met een groep interne collega's. Uiterlijk eind februari 2015 worden concrete resultaten opgeleverd (de uiterste deadline wordt gevormd door de Kadernota 2016).",
            ["Invoer.Aanleiding"] = "Wijkgericht werken is als methode voor ons handelen al jaren één van de uitgangspunten.",
            ["Invoer.Achtergrond"] = "Met de decentralisaties vanuit het Rijk (de 3 D's) ontstaat nieuw elan en een wenkend perspectief.",
            ["Invoer.Aanpak"] = "De twee wijken zijn Klingerberg en Steyl. Extern en intern proces worden gelijktijdig opgepakt.",
            ["Invoer.VoorstelTekst"] = "Middels bovenstaande aanpak gaan we aanzet geven tot het concreet invulling geven aan een aantal van de coalitieafspraken.",
            ["Invoer.BudgettaireConsequenties"] = "false",
            ["Invoer.FormatieveConsequenties"] = "false",
            ["Invoer.Aspecten[0].Toelichting"] = "Akkoord met voorgestelde procesaanpak.", ["Invoer.Aspecten[0].AdviesGevraagd"] = "true",
            ["Invoer.Aspecten[1].Toelichting"] = "Er zijn geen personele gevolgen.", ["Invoer.Aspecten[1].AdviesGevraagd"] = "true",
            ["Invoer.Aspecten[5].Toelichting"] = "In het proces zowel intern als extern zijn communicatiemedewerkers betrokken. De wijze van communiceren wordt situationeel bepaald.",
            ["Invoer.Aspecten[5].AdviesGevraagd"] = "true",
            ["Invoer.NieuweBijlagen[0].Naam"] = "Bestuursopdracht uitwerken sturing op buurtbudgetten",
            ["Invoer.NieuweBijlagen[0].Datum"] = "2014-08-18",
            ["Invoer.NieuweBijlagen[0].Openbaar"] = "false",
        };
        var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen",
            bestanden: [("Invoer.NieuweBijlagen[0].Bestand", "bestuursopdracht.pdf", "%PDF-1.4 bestuursopdracht"u8.ToArray())]);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last());

        await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await route.DoeAsync("financien", id, Triggers.AdviesUitbrengen, new()
        {
            ["Invoer.Instemming"] = "true",
            ["Invoer.Opmerking"] = "Akkoord met voorgestelde procesaanpak. Aanvullend de opmerking dat de te vormen wijkbudgetten exclusief zorggelden (3D middelen) zijn.",
        });
        await route.DoeAsync("personeel", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        await route.DoeAsync("communicatie", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        await route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen, new()
        {
            ["Invoer.Datum"] = "2014-09-15",
            ["Invoer.Tekst"] = "De beoogde rol voor de gemeenteraad zelf vooraf formuleren en niet als open vraag meegeven;\n" +
                               "In het Plan van aanpak, dat in februari 2015 aan de directie wordt voorgelegd, dient de vertaling gemaakt te worden wat een en ander betekent voor de interne organisatie en de eigen werkwijze;\n" +
                               "Voor het overige conform advies.",
        });
        await route.DoeAsync("secretariaat", id, Triggers.InstemmenMetWijzigingen, new()
        {
            ["Invoer.Datum"] = "2014-10-14", ["Invoer.Volgnummer"] = "4", ["Invoer.BehandelendTeam"] = "MOADO", ["Invoer.Tekst"] = Besluit,
        });

        return id;
    }
}
