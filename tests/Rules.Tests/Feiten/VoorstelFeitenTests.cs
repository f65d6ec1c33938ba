using Besluitvorming.Rules.Feiten;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Rules.Tests.Feiten;

/// <summary>The facts are built from the proposal and the calendars as the rules expect them.</summary>
public class VoorstelFeitenTests
{
    private static Voorstel Voorstel(VoorstelInhoud inhoud)
    {
        var definitie = WorkflowDefinitieLezer.LeesBestand(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", "collegevoorstel.json"));
        var steller = new Actor("steller", "R.B.M. Janzen", new HashSet<string> { Rollen.Steller }, new HashSet<Aspect>(), 1, new HashSet<string>());
        return Workflows.Voorstellen.Voorstel.NieuwConcept(definitie, steller, Guid.NewGuid(), inhoud, new DateTime(2021, 1, 11, 9, 0, 0, DateTimeKind.Utc));
    }

    private static readonly Omgeving Omgeving = new(new DateOnly(2021, 1, 11), "Ontwikkelbedrijf", true, "Thuis in de Buurt", "Sociaal domein",
        new DateOnly(2020, 9, 1), new DateOnly(2023, 9, 1),
        [new Begrotingsdeadline(2020, new DateOnly(2020, 3, 2), new DateOnly(2020, 5, 15)), new Begrotingsdeadline(2021, new DateOnly(2021, 3, 1), new DateOnly(2021, 5, 17))],
        [new Vergadering(new DateOnly(2021, 3, 9), new DateOnly(2021, 3, 2)), new Vergadering(new DateOnly(2021, 3, 16), new DateOnly(2021, 3, 9))],
        [new Vergadering(new DateOnly(2021, 3, 1), new DateOnly(2021, 2, 24)), new Vergadering(new DateOnly(2021, 3, 8), new DateOnly(2021, 3, 3))]);

    [Fact]
    public void Feiten_uit_voorstel_project_en_kalenders()
    {
        var feiten = VoorstelFeiten.Van(Voorstel(new VoorstelInhoud
        {
            Onderwerp = "Beleidskader", AfdelingId = 1, ProjectId = 7, GeplandBw = new DateOnly(2021, 3, 11),
            BudgettaireConsequenties = true, Kosten = 60000m, KostenPerJaar = true, FormatieveConsequenties = false,
            Openbaarheid = Openbaarheid.Uitgesteld, OpenbaarNa = new DateOnly(2021, 4, 1), Dictum = ["Eén", "Twee"],
        }), Omgeving);

        feiten.KostenOmschrijving.ShouldBe("EUR 60.000 per jaar");
        feiten.Begrotingsjaar.ShouldBe(2021);
        feiten.VoorjaarsnotaDeadline.ShouldBe(new DateTime(2021, 3, 1));
        feiten.BwVergadering.ShouldBe(new DateTime(2021, 3, 16), "de eerste collegevergadering op of na de beoogde datum");
        feiten.BwSluitingsdatum.ShouldBe(new DateTime(2021, 3, 9));
        feiten.DtVergadering.ShouldBe(new DateTime(2021, 3, 8), "de laatste DT voor de sluitingsdatum");
        feiten.WerkdagenTotSluiting.ShouldBe(41);
        feiten.Openbaarheid.ShouldBe("Uitgesteld");
        feiten.OpenbaarNa.ShouldBe(new DateTime(2021, 4, 1));
        feiten.HeeftProject.ShouldBeTrue();
        feiten.AfdelingIsOntwikkelbedrijf.ShouldBeTrue();
        feiten.ProjectNaam.ShouldBe("Thuis in de Buurt");
        feiten.Dictum.ShouldBe(["Eén", "Twee"]);
        feiten.HeeftBegrotingswijziging.ShouldBeFalse();
        feiten.Vandaag.ShouldBe(new DateTime(2021, 1, 11));
        feiten.FinancienInstemming.ShouldBeNull();
    }

    [Fact]
    public void Zonder_datum_of_kalender_zijn_de_kalenderfeiten_onbekend()
    {
        var feiten = VoorstelFeiten.Van(Voorstel(new VoorstelInhoud { Onderwerp = "Zonder datum", AfdelingId = 1 }),
            Omgeving.Leeg(new DateOnly(2021, 1, 11)));
        feiten.BwVergaderingBekend.ShouldBeFalse();
        feiten.BegrotingsjaarBekend.ShouldBeFalse();
        feiten.Begrotingsjaar.ShouldBe(2021);
        feiten.KostenOmschrijving.ShouldBe("onbekend");
        // With these facts the shipped gate for submission does not trip over missing data.
        Ondersteuning.Geleverd.Beoordeel("poort-indienen", feiten).Blokkerend.ShouldBeEmpty();
    }

    // Today is 11 January 2021; the meeting of 9 March closes on 2 March, the one of 16 March on 9 March.
    private static readonly Omgeving Later = Omgeving with { Vandaag = new DateOnly(2021, 3, 5) };

    [Fact]
    public void Een_verstreken_sluitingsdatum_geeft_nooit_een_negatief_aantal_werkdagen_in_een_melding()
    {
        // On 5 March the agenda of 9 March has closed (2 March).
        var voorstel = Voorstel(new VoorstelInhoud { Onderwerp = "Te laat", AfdelingId = 1, GeplandBw = new DateOnly(2021, 3, 9) });
        var feiten = VoorstelFeiten.Van(voorstel, Later);

        feiten.WerkdagenTotSluiting.ShouldBeGreaterThanOrEqualTo(0);
        var meldingen = new[] { "poort-indienen", "poort-paraaf" }
            .SelectMany(set => Ondersteuning.Geleverd.Beoordeel(set, feiten).Bevindingen).Where(b => !b.Geslaagd).Select(b => b.Melding).ToList();
        meldingen.ShouldNotBeEmpty();
        meldingen.ShouldAllBe(m => !System.Text.RegularExpressions.Regex.IsMatch(m, @"-\d"));
        meldingen.ShouldContain(m => m.Contains("is gesloten sinds 2 maart 2021"));
    }

    [Fact]
    public void Geplande_datum_in_het_verleden_of_zonder_vergadering_wordt_genoemd()
    {
        var voorstel = Voorstel(new VoorstelInhoud
        {
            Onderwerp = "Data", AfdelingId = 1, GeplandDt = new DateOnly(2021, 3, 2), GeplandBw = new DateOnly(2021, 3, 4),
        });
        var feiten = VoorstelFeiten.Van(voorstel, Later);

        feiten.VerstrekenGeplandeData.ShouldBe(["DT d.d. 2 maart 2021", "B&W d.d. 4 maart 2021"]);
        feiten.GeplandBwIsVergadering.ShouldBeFalse("4 maart is een donderdag; het college vergadert op 9 maart");
        feiten.GeplandDtIsVergadering.ShouldBeFalse();
        var meldingen = Ondersteuning.Geleverd.Beoordeel("poort-indienen", feiten).Bevindingen.Where(b => !b.Geslaagd).Select(b => b.Melding).ToList();
        meldingen.ShouldContain("Deze geplande datum ligt in het verleden: DT d.d. 2 maart 2021, B&W d.d. 4 maart 2021. Kies een vergadering die nog moet komen.");
        meldingen.ShouldContain(m => m.StartsWith("Op 4 maart 2021 vergadert het college niet volgens de vergaderkalender; de eerstvolgende collegevergadering is op 9 maart 2021."));
        meldingen.ShouldContain(m => m.StartsWith("Op 2 maart 2021 vergadert het directieteam niet"));
    }

    [Fact]
    public void Een_vergaderdatum_in_de_toekomst_geeft_geen_melding_over_de_datum()
    {
        var voorstel = Voorstel(new VoorstelInhoud
        {
            Onderwerp = "Op tijd", AfdelingId = 1, GeplandDt = new DateOnly(2021, 3, 1), GeplandBw = new DateOnly(2021, 3, 9),
        });
        var feiten = VoorstelFeiten.Van(voorstel, Omgeving);

        feiten.VerstrekenGeplandeData.ShouldBeEmpty();
        feiten.GeplandBwIsVergadering.ShouldBeTrue();
        feiten.GeplandDtIsVergadering.ShouldBeTrue();
        feiten.SluitingsdatumVerstreken.ShouldBeFalse();
        var regels = Ondersteuning.Geleverd.Beoordeel("poort-indienen", feiten).Bevindingen.ToDictionary(b => b.Regel, b => b.Geslaagd);
        regels["Geplande data niet in het verleden"].ShouldBeTrue();
        regels["Collegevergadering op de geplande datum"].ShouldBeTrue();
        regels["Directieteam op de geplande datum"].ShouldBeTrue();
        regels["Agenda van de collegevergadering nog open"].ShouldBeTrue();
    }

    /// <summary>The shipped pattern around Christmas 2026: B&amp;W Tuesdays (closing 5 working days before), DT Mondays (3), OR the second Wednesday (10).</summary>
    private static IReadOnlyCollection<Workflows.Termijnen.Vergadermoment> Kalender()
    {
        var lijst = new List<Workflows.Termijnen.Vergadermoment>();
        for (var d = new DateOnly(2026, 6, 1); d < new DateOnly(2027, 12, 31); d = d.AddDays(1))
        {
            if (!Workflows.Termijnen.Werkdagen.IsWerkdag(d)) continue;
            if (d.DayOfWeek == DayOfWeek.Tuesday) lijst.Add(new(Workflows.Termijnen.Orgaan.College, d, Workflows.Termijnen.Werkdagen.Plus(d, -5)));
            if (d.DayOfWeek == DayOfWeek.Monday) lijst.Add(new(Workflows.Termijnen.Orgaan.Directieteam, d, Workflows.Termijnen.Werkdagen.Plus(d, -3)));
            if (d.DayOfWeek == DayOfWeek.Wednesday && d.Day is > 7 and <= 14) lijst.Add(new(Workflows.Termijnen.Orgaan.OndernemingsRaad, d, Workflows.Termijnen.Werkdagen.Plus(d, -10)));
        }
        return lijst;
    }

    [Fact]
    public void De_planningsfeiten_zijn_het_oordeel_van_de_terugrekenplanning_met_de_eerste_haalbare_vergadering()
    {
        var definitie = WorkflowDefinitieLezer.LeesBestand(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", "collegevoorstel.json"));
        var vandaag = new DateOnly(2026, 12, 2);
        var voorstel = Voorstel(new VoorstelInhoud { Onderwerp = "Na de feestdagen", AfdelingId = 1, GeplandBw = new DateOnly(2027, 1, 5) });
        var omgeving = Omgeving with { Vandaag = vandaag, Definitie = definitie, Vergaderingen = Kalender() };

        var feiten = VoorstelFeiten.Van(voorstel, omgeving);

        var planning = voorstel.Planning(definitie, Kalender(), vandaag);
        var indienen = planning.Van("Concept")!;
        feiten.PlanningBekend.ShouldBeTrue();
        feiten.PlanningCollegevergadering.ShouldBe(new DateTime(2027, 1, 5));
        feiten.PoortTitel.ShouldBe("Indienen");
        feiten.PoortUiterlijk.ShouldBe(indienen.Uiterlijk.ToDateTime(TimeOnly.MinValue));
        feiten.PoortStand.ShouldBe("TeLaat");
        indienen.Stand.ShouldBe(Workflows.Termijnen.Poortstand.TeLaat);
        feiten.PoortSpeling.ShouldBe(0, "nooit een negatief aantal werkdagen");
        feiten.PoortenTeLaat.ShouldContain("Indienen");
        // The first B&W meeting whose planning does not mark the submission late; the week before it does.
        var haalbaar = DateOnly.FromDateTime(feiten.EersteHaalbareCollegevergadering!.Value);
        Workflows.Termijnen.Terugrekenplanning.Bereken(definitie, voorstel.Routestappen(definitie), haalbaar, Kalender(), vandaag)
            .Van("Concept")!.Stand.ShouldNotBe(Workflows.Termijnen.Poortstand.TeLaat);
        Workflows.Termijnen.Terugrekenplanning.Bereken(definitie, voorstel.Routestappen(definitie), haalbaar.AddDays(-7), Kalender(), vandaag)
            .Van("Concept")!.Stand.ShouldBe(Workflows.Termijnen.Poortstand.TeLaat);

        var ruim = VoorstelFeiten.Van(Voorstel(new VoorstelInhoud { Onderwerp = "Ruim", AfdelingId = 1, GeplandBw = haalbaar.AddDays(28) }), omgeving);
        ruim.PoortStand.ShouldBe("OpSchema");
        ruim.EersteHaalbareCollegevergadering.ShouldBeNull();
    }
}
