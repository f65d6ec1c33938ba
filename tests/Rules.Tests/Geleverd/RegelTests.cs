using Besluitvorming.Rules.Feiten;
using Besluitvorming.Rules.Tests.Ondersteuning;

namespace Besluitvorming.Rules.Tests.Geleverd;

/// <summary>Every rule of DOMAIN.md, table-driven: the facts, and whether the rule holds (passes, or applies).</summary>
public class RegelTests
{
    private static readonly DateTime Bw = new(2021, 2, 23);

    public static TheoryData<string, string, VoorstelFeiten, bool> Gevallen() => new()
    {
        // Budget impact requires a begrotingswijziging attachment and a positive financieel advies before the DT.
        { "poort-directieteam", "Begrotingswijziging voor het directieteam", Feit.Gewoon() with { BudgettaireConsequenties = true, HeeftBegrotingswijziging = true }, true },
        { "poort-directieteam", "Begrotingswijziging voor het directieteam", Feit.Gewoon() with { BudgettaireConsequenties = true }, false },
        { "poort-directieteam", "Begrotingswijziging voor het directieteam", Feit.Gewoon() with { BudgettaireConsequenties = false }, true },
        { "poort-directieteam", "Positief financieel advies voor het directieteam", Feit.Gewoon() with { BudgettaireConsequenties = true, FinancienInstemming = true }, true },
        { "poort-directieteam", "Positief financieel advies voor het directieteam", Feit.Gewoon() with { BudgettaireConsequenties = true, FinancienInstemming = false }, false },
        { "poort-directieteam", "Positief financieel advies voor het directieteam", Feit.Gewoon() with { BudgettaireConsequenties = true, FinancienInstemming = null }, false },
        { "poort-indienen", "Begrotingswijziging bijgevoegd", Feit.Gewoon() with { BudgettaireConsequenties = true }, false },
        { "poort-indienen", "Begrotingswijziging bijgevoegd", Feit.Gewoon() with { BudgettaireConsequenties = true, HeeftBegrotingswijziging = true }, true },
        { "poort-gemeenteraad", "Begrotingswijziging voor de raad", Feit.Gewoon() with { BudgettaireConsequenties = true }, false },
        { "poort-gemeenteraad", "Begrotingswijziging voor de raad", Feit.Gewoon() with { BudgettaireConsequenties = true, HeeftBegrotingswijziging = true }, true },

        // Budget impact and a B&W date after the Voorjaarsnota deadline of that year.
        { "poort-indienen", "Kosten bekend voor de Voorjaarsnota", Feit.Gewoon() with { BudgettaireConsequenties = true, GeplandBw = new DateTime(2021, 2, 23) }, true },
        { "poort-indienen", "Kosten bekend voor de Voorjaarsnota", Feit.Gewoon() with { BudgettaireConsequenties = true, GeplandBw = new DateTime(2021, 3, 1) }, true },
        { "poort-indienen", "Kosten bekend voor de Voorjaarsnota", Feit.Gewoon() with { BudgettaireConsequenties = true, GeplandBw = new DateTime(2021, 3, 2) }, false },
        { "poort-indienen", "Kosten bekend voor de Voorjaarsnota", Feit.Gewoon() with { BudgettaireConsequenties = false, GeplandBw = new DateTime(2021, 3, 2) }, true },
        { "poort-indienen", "Kosten bekend voor de Voorjaarsnota", Feit.Gewoon() with { BudgettaireConsequenties = true, GeplandBw = new DateTime(2021, 3, 2), VoorjaarsnotaDeadline = null }, true },

        // Formatieve consequenties require the personeel advisor and the OR before B&W.
        { "vereiste-adviezen", "Personeel bij formatieve consequenties", Feit.Gewoon() with { FormatieveConsequenties = true }, true },
        { "vereiste-adviezen", "Personeel bij formatieve consequenties", Feit.Gewoon() with { FormatieveConsequenties = false }, false },
        { "route-or-raad", "OR bij formatieve consequenties", Feit.Gewoon() with { FormatieveConsequenties = true }, true },
        { "route-or-raad", "OR bij formatieve consequenties", Feit.Gewoon() with { FormatieveConsequenties = false }, false },
        { "poort-college", "Advies OR voor het college", Feit.Gewoon() with { FormatieveConsequenties = true }, false },
        { "poort-college", "Advies OR voor het college", Feit.Gewoon() with { FormatieveConsequenties = true, OrAdviesVastgelegd = true }, true },
        { "poort-college", "Advies personeel voor het college", Feit.Gewoon() with { FormatieveConsequenties = true }, false },
        { "poort-college", "Advies personeel voor het college", Feit.Gewoon() with { FormatieveConsequenties = true, PersoneelInstemming = false }, true },
        { "poort-ondernemingsraad", "Advies personeel bij de OR", Feit.Gewoon() with { FormatieveConsequenties = true }, false },
        { "poort-ondernemingsraad", "Advies personeel bij de OR", Feit.Gewoon() with { FormatieveConsequenties = true, PersoneelInstemming = true }, true },

        // Openbaarheid "uitgesteld" requires an embargo date after the B&W date.
        { "poort-indienen", "Embargo na de collegevergadering", Feit.Gewoon() with { Openbaarheid = "Uitgesteld", OpenbaarNa = Bw.AddDays(1) }, true },
        { "poort-indienen", "Embargo na de collegevergadering", Feit.Gewoon() with { Openbaarheid = "Uitgesteld", OpenbaarNa = Bw }, false },
        { "poort-indienen", "Embargo na de collegevergadering", Feit.Gewoon() with { Openbaarheid = "Uitgesteld", OpenbaarNa = null }, false },
        { "poort-indienen", "Embargo na de collegevergadering", Feit.Gewoon() with { Openbaarheid = "Nee", OpenbaarNa = null }, true },
        { "poort-college", "Embargo na de collegevergadering", Feit.Gewoon() with { Openbaarheid = "Uitgesteld", OpenbaarNa = Bw.AddDays(-1) }, false },

        // An Ontwikkelbedrijf project requires team SMO's advice.
        { "vereiste-adviezen", "Team SMO bij een project van het Ontwikkelbedrijf", Feit.Gewoon() with { HeeftProject = true, AfdelingIsOntwikkelbedrijf = true }, true },
        { "vereiste-adviezen", "Team SMO bij een project van het Ontwikkelbedrijf", Feit.Gewoon() with { HeeftProject = false, AfdelingIsOntwikkelbedrijf = true }, false },
        { "vereiste-adviezen", "Team SMO bij een project van het Ontwikkelbedrijf", Feit.Gewoon() with { HeeftProject = true, AfdelingIsOntwikkelbedrijf = false }, false },
        { "poort-directieteam", "Team SMO stemt in", Feit.Gewoon() with { SmoVereist = true, SmoInstemming = false }, false },
        { "poort-directieteam", "Team SMO stemt in", Feit.Gewoon() with { SmoVereist = true, SmoInstemming = true }, true },

        // A begrotingswijziging or a policy for the raad routes the proposal on to the gemeenteraad.
        { "route-or-raad", "Raad bij een begrotingswijziging", Feit.Gewoon() with { BudgettaireConsequenties = true }, true },
        { "route-or-raad", "Raad bij een begrotingswijziging", Feit.Gewoon() with { HeeftBegrotingswijziging = true }, true },
        { "route-or-raad", "Raad bij een begrotingswijziging", Feit.Gewoon(), false },
        { "route-or-raad", "Raad bij een raadsbesluit", Feit.Gewoon() with { RaadsbesluitNodig = true }, true },
        { "route-or-raad", "Raad bij een raadsbesluit", Feit.Gewoon() with { HeeftRaadsvoorstel = true }, true },
        { "route-or-raad", "Raad bij een raadsbesluit", Feit.Gewoon(), false },
        { "vereiste-adviezen", "Financien bij budgettaire consequenties", Feit.Gewoon() with { BudgettaireConsequenties = true }, true },
        { "vereiste-adviezen", "Financien bij budgettaire consequenties", Feit.Gewoon(), false },

        // The gate's rules give the terugrekenplanning's verdict: a warning at Risico and at Te laat, silent on schedule.
        { "poort-indienen", "Terugrekenplanning: te laat", Feit.Gewoon() with { PoortStand = "OpSchema" }, true },
        { "poort-indienen", "Terugrekenplanning: te laat", Feit.Gewoon() with { PoortStand = "Risico" }, true },
        { "poort-indienen", "Terugrekenplanning: te laat", Feit.Gewoon() with { PoortStand = "TeLaat" }, false },
        { "poort-indienen", "Terugrekenplanning: risico", Feit.Gewoon() with { PoortStand = "Risico" }, false },
        { "poort-indienen", "Terugrekenplanning: risico", Feit.Gewoon() with { PoortStand = "TeLaat" }, true },
        { "poort-indienen", "Terugrekenplanning: risico", Feit.Gewoon(), true },
        { "poort-paraaf", "Terugrekenplanning: te laat", Feit.Gewoon() with { PoortStand = "TeLaat" }, false },
        { "poort-paraaf", "Terugrekenplanning: te laat", Feit.Gewoon() with { PoortStand = "OpSchema" }, true },
        { "poort-paraaf", "Terugrekenplanning: risico", Feit.Gewoon() with { PoortStand = "Risico" }, false },
        { "poort-paraaf", "Terugrekenplanning: risico", Feit.Gewoon() with { PoortStand = "OpSchema" }, true },
        // A closed agenda: the planning's Te laat names it where the planning has the gate; this rule where it has none.
        { "poort-indienen", "Agenda van de collegevergadering nog open", Feit.Gewoon() with { SluitingsdatumVerstreken = true, PoortStand = "TeLaat" }, true },
        { "poort-paraaf", "Agenda van de collegevergadering nog open", Feit.Gewoon() with { SluitingsdatumVerstreken = true, PoortStand = "TeLaat" }, true },
        { "poort-indienen", "Agenda van de collegevergadering nog open", Feit.Gewoon() with { SluitingsdatumVerstreken = true }, false },
        { "poort-indienen", "Agenda van de collegevergadering nog open", Feit.Gewoon(), true },
        { "poort-indienen", "Agenda van de collegevergadering nog open", Feit.Gewoon() with { SluitingsdatumVerstreken = true, GeplandBw = Feit.Vandaag.AddDays(-1) }, true },
        { "poort-paraaf", "Agenda van de collegevergadering nog open", Feit.Gewoon() with { SluitingsdatumVerstreken = true }, false },
        { "poort-paraaf", "Agenda van de collegevergadering nog open", Feit.Gewoon(), true },

        // A planned date in the past, or a date on which the body does not meet, is named.
        { "poort-indienen", "Geplande data niet in het verleden", Feit.Gewoon(), true },
        { "poort-indienen", "Geplande data niet in het verleden", Feit.Gewoon() with { VerstrekenGeplandeData = ["B&W d.d. 4 januari 2021"], HeeftVerstrekenGeplandeDatum = true }, false },
        { "poort-indienen", "Collegevergadering op de geplande datum", Feit.Gewoon(), true },
        { "poort-indienen", "Collegevergadering op de geplande datum", Feit.Gewoon() with { GeplandBwIsVergadering = false }, false },
        { "poort-indienen", "Collegevergadering op de geplande datum", Feit.Gewoon() with { GeplandBwIsVergadering = false, BwVergaderingBekend = false }, true },
        { "poort-indienen", "Directieteam op de geplande datum", Feit.Gewoon() with { GeplandDt = new DateTime(2021, 2, 15), GeplandDtIsVergadering = true, DirectiebesluitVastgelegd = false }, true },
        { "poort-indienen", "Directieteam op de geplande datum", Feit.Gewoon() with { GeplandDt = new DateTime(2021, 2, 16), DirectiebesluitVastgelegd = false }, false },
        { "poort-indienen", "Directieteam op de geplande datum", Feit.Gewoon() with { GeplandDt = new DateTime(2021, 2, 16), DirectiebesluitVastgelegd = true }, true },
        { "poort-indienen", "Collegevergadering in de vergaderkalender", Feit.Gewoon() with { BwVergaderingBekend = false, BwVergadering = null }, false },

        // Other gate rules.
        { "poort-college", "Directiebesluit vastgelegd", Feit.Gewoon() with { DirectiebesluitVastgelegd = false }, false },
        { "poort-gemeenteraad", "College heeft ingestemd", Feit.Gewoon() with { CollegeAkkoord = false }, false },
        { "poort-ondernemingsraad", "Collegevergadering nog niet voorbij", Feit.Gewoon() with { GeplandBw = Feit.Vandaag.AddDays(-1) }, false },
        { "poort-ondernemingsraad", "Collegevergadering nog niet voorbij", Feit.Gewoon() with { GeplandBw = Feit.Vandaag }, true },
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Regel_geeft_de_verwachte_uitkomst(string set, string regel, VoorstelFeiten feiten, bool geslaagd)
    {
        var bevinding = Ondersteuning.Geleverd.Regel(set, regel, feiten);
        bevinding.Geslaagd.ShouldBe(geslaagd, bevinding.Melding);
    }

    [Fact]
    public void Melding_noemt_de_waarden_in_het_Nederlands()
    {
        var feiten = Feit.Gewoon() with
        {
            BudgettaireConsequenties = true, Kosten = 60000m, KostenPerJaar = true, KostenOmschrijving = "EUR 60.000 per jaar",
            GeplandBw = new DateTime(2021, 3, 16),
        };
        var bevinding = Ondersteuning.Geleverd.Regel("poort-indienen", "Kosten bekend voor de Voorjaarsnota", feiten);
        bevinding.IsWaarschuwing.ShouldBeTrue();
        bevinding.Melding.ShouldStartWith("De kosten (EUR 60.000 per jaar) zijn niet bekend voor de deadline van de Voorjaarsnota 2021 (1 maart 2021)");
        bevinding.Melding.ShouldContain("16 maart 2021");
    }

    [Fact]
    public void Voorjaarsnota_regel_kan_ook_blokkerend_zijn_als_de_gemeente_dat_kiest()
    {
        var geleverd = Ondersteuning.Geleverd.Set("poort-indienen");
        geleverd.Json.Split("\"waarschuwing\"").Length.ShouldBeGreaterThan(1);
        // The municipality chooses in data: the same rule with "ernst": "blokkerend".
        var json = geleverd.Json.Replace(
            "\"ErrorMessage\": \"De kosten ({KostenOmschrijving}) zijn niet bekend voor de deadline van de Voorjaarsnota {Begrotingsjaar} ({VoorjaarsnotaDeadline:datum}): de collegevergadering is op {GeplandBw:datum}, dus de kosten gaan niet mee in deze begrotingsronde.\",\n      \"Properties\": { \"ernst\": \"waarschuwing\" }",
            "\"ErrorMessage\": \"De kosten ({KostenOmschrijving}) zijn niet bekend voor de deadline van de Voorjaarsnota {Begrotingsjaar} ({VoorjaarsnotaDeadline:datum}).\",\n      \"Properties\": { \"ernst\": \"blokkerend\" }");
        json.ShouldNotBe(geleverd.Json);
        var streng = geleverd with { Versie = 2, Json = json };
        var feiten = Feit.Gewoon() with { BudgettaireConsequenties = true, KostenOmschrijving = "EUR 60.000 per jaar", GeplandBw = new DateTime(2021, 3, 16) };

        var bevinding = new Regelbeoordelaar().Beoordeel(streng, feiten).Bevindingen.Single(b => b.Regel == "Kosten bekend voor de Voorjaarsnota");
        bevinding.IsBlokkerend.ShouldBeTrue();
        bevinding.Melding.ShouldBe("De kosten (EUR 60.000 per jaar) zijn niet bekend voor de deadline van de Voorjaarsnota 2021 (1 maart 2021).");
        Ondersteuning.Geleverd.Regel("poort-indienen", "Kosten bekend voor de Voorjaarsnota", feiten).IsWaarschuwing.ShouldBeTrue("geleverd als waarschuwing");
    }

    [Fact]
    public void Te_laat_noemt_de_vergadering_de_uiterste_datum_en_de_eerste_haalbare_vergadering()
    {
        var feiten = Feit.Gewoon() with
        {
            PlanningBekend = true, PlanningCollegevergadering = new DateTime(2021, 2, 23), PoortTitel = "Indienen",
            PoortUiterlijk = new DateTime(2021, 1, 8), PoortStand = "TeLaat", EersteHaalbareCollegevergadering = new DateTime(2021, 3, 2),
        };
        var bevinding = Ondersteuning.Geleverd.Regel("poort-indienen", "Terugrekenplanning: te laat", feiten);
        bevinding.IsWaarschuwing.ShouldBeTrue();
        bevinding.Melding.ShouldStartWith("Te laat voor de collegevergadering van 23 februari 2021: volgens de terugrekenplanning moest het voorstel uiterlijk op 8 januari 2021 worden ingediend");
        bevinding.Melding.ShouldContain("De eerste collegevergadering die het voorstel nog haalt, is die van 2 maart 2021");
    }

    [Fact]
    public void Beslisregels_geven_hun_beslissing()
    {
        var feiten = Feit.Gewoon() with { BudgettaireConsequenties = true, FormatieveConsequenties = true, Fte = 0.67m, HeeftProject = true, AfdelingIsOntwikkelbedrijf = true, ProjectNaam = "Thuis in de Buurt" };
        Ondersteuning.Geleverd.Beoordeel("vereiste-adviezen", feiten).Beslissingen.ShouldBe(["Financien", "Personeel", "Smo"], ignoreOrder: true);
        Ondersteuning.Geleverd.Beoordeel("route-or-raad", feiten).Beslissingen.Distinct().ShouldBe(["OndernemingsRaad", "Gemeenteraad"], ignoreOrder: true);
        Ondersteuning.Geleverd.Regel("vereiste-adviezen", "Personeel bij formatieve consequenties", feiten).Melding.ShouldContain("0,67 fte");
    }
}
