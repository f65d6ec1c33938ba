using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Workflows.Tests.Trajecten;

public class TrajectTests
{
    private static readonly Bewijs Verslag7 = new(Guid.Parse("00000007-0000-0000-0000-000000000000"), Bewijssoorten.Verslag, "verslag.pdf");

    private static readonly Actor Projectleider = TrajectScenario.Projectleider;
    private static readonly Actor Eigenaar = TrajectScenario.Eigenaar;

    [Fact]
    public void Een_accommodatie_loopt_van_de_eerste_stap_via_een_ingestemd_besluit_tot_en_met_evaluatie()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");
        var voorstel = s.StartBesluitmoment();
        s.Traject.VerwerkBesluit(s.Definitie, voorstel, Besluituitkomst.Ingestemd, s.Nu);
        s.Traject.Status.ShouldBe("AfsprakenVastgelegd");
        s.Tot("Evaluatie").RondAf();

        s.Traject.Status.ShouldBe("Afgerond");
        s.Traject.IsAfgerond(s.Definitie).ShouldBeTrue();
        s.Traject.HuidigeStap.ShouldBeNull();
        s.Traject.Stappen.Select(x => x.Uitkomst).ShouldAllBe(u => u == StapUitkomst.Voltooid || u == StapUitkomst.Ingestemd);
        s.Traject.Stappen.Single(x => x.Stap == "Besluitmoment").VoorstelId.ShouldBe(voorstel);
        s.Traject.Gebeurtenissen[^1].Soort.ShouldBe("Afgerond");
    }

    [Fact]
    public void Een_afgewezen_besluit_stuurt_het_traject_terug_naar_de_planningsstap()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");
        var voorstel = s.StartBesluitmoment();

        s.Traject.VerwerkBesluit(s.Definitie, voorstel, Besluituitkomst.Afgewezen, s.Nu);

        s.Traject.Status.ShouldBe("BedrijfsplanEnExploitatie");
        s.Traject.HuidigeStap!.Stap.ShouldBe("BedrijfsplanEnExploitatie");
        s.Traject.HuidigeStap.Bewijs.ShouldBeEmpty();
        s.Traject.Stappen.Single(x => x.Stap == "Besluitmoment").Uitkomst.ShouldBe(StapUitkomst.Afgewezen);
        s.Traject.Gebeurtenissen[^1].Omschrijving.ShouldContain("afgewezen");

        s.Tot("Besluitmoment");
        s.Traject.WachtOpVoorstelId.ShouldBeNull();
    }

    [Fact]
    public void Een_aangehouden_besluit_laat_het_traject_wachten_bij_het_besluitmoment()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");
        var voorstel = s.StartBesluitmoment();

        s.Traject.VerwerkBesluit(s.Definitie, voorstel, Besluituitkomst.Aangehouden, s.Nu);

        s.Traject.Status.ShouldBe("Besluitmoment");
        s.Traject.WachtOpVoorstelId.ShouldBe(voorstel);
        s.Traject.Gebeurtenissen[^1].Omschrijving.ShouldContain("aangehouden");
        s.Traject.VerwerkBesluit(s.Definitie, voorstel, Besluituitkomst.Ingestemd, s.Nu);
        s.Traject.Status.ShouldBe("AfsprakenVastgelegd");
    }

    [Fact]
    public void Een_besluit_over_een_ander_voorstel_verandert_niets()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");
        var voorstel = s.StartBesluitmoment();

        Should.Throw<TrajectFout>(() => s.Traject.VerwerkBesluit(s.Definitie, voorstel + 1, Besluituitkomst.Ingestemd, s.Nu));
        Should.Throw<TrajectFout>(() => s.Traject.StartBesluitmoment(s.Definitie, Projectleider, voorstel + 1, s.Nu))
            .Message.ShouldContain($"voorstel {voorstel}");
        s.Traject.Status.ShouldBe("Besluitmoment");
    }

    [Fact]
    public void Een_besluitmoment_kan_niet_worden_afgerond_of_overgeslagen_zonder_besluit()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");

        Should.Throw<TrajectFout>(() => s.Traject.Voltooien(s.Definitie, Projectleider, [], null, s.Nu));
        Should.Throw<TrajectFout>(() => s.Traject.Overslaan(s.Definitie, Projectleider, "haast", s.Nu));
        s.Traject.Status.ShouldBe("Besluitmoment");
    }

    [Fact]
    public void Alleen_de_projectleider_kan_een_stap_overslaan()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);

        Should.Throw<TrajectGeenToegangException>(() => s.Traject.Overslaan(s.Definitie, Eigenaar, "Al gedaan", s.Nu))
            .Message.ShouldBe("Alleen de projectleider kan een stap overslaan.");
        Should.Throw<TrajectGeenToegangException>(() => s.Traject.Overslaan(s.Definitie, TrajectScenario.Buitenstaander, "Al gedaan", s.Nu));
        s.Traject.Status.ShouldBe("Stakeholderbijeenkomst");

        s.Traject.Overslaan(s.Definitie, Projectleider, "Bijeenkomst vorig jaar al gehouden", s.Nu);
        s.Traject.Status.ShouldBe("Veerkrachtdialoog");
        s.Traject.Stappen[0].Uitkomst.ShouldBe(StapUitkomst.Overgeslagen);
        s.Traject.Stappen[0].Reden.ShouldBe("Bijeenkomst vorig jaar al gehouden");
    }

    [Fact]
    public void Overslaan_en_terugsturen_vragen_een_reden()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Veerkrachtdialoog");

        Should.Throw<TrajectFout>(() => s.Traject.Overslaan(s.Definitie, Projectleider, " ", s.Nu)).Veld.ShouldBe("reden");
        Should.Throw<TrajectFout>(() => s.Traject.Terugsturen(s.Definitie, Projectleider, "", s.Nu)).Veld.ShouldBe("reden");
        s.Traject.Status.ShouldBe("Veerkrachtdialoog");
    }

    [Fact]
    public void Een_stap_zonder_het_vereiste_bewijs_wordt_niet_afgerond()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);

        var fout = Should.Throw<TrajectFout>(() => s.Traject.Voltooien(s.Definitie, Eigenaar, [new Bewijs(Guid.NewGuid(), Bewijssoorten.Plan, "plan.pdf")], null, s.Nu));

        fout.Veld.ShouldBe("bewijs");
        fout.Message.ShouldContain("verslag");
        s.Traject.Status.ShouldBe("Stakeholderbijeenkomst");
        s.Traject.HuidigeStap!.Bewijs.ShouldBeEmpty();
        s.Traject.NeemDomeingebeurtenissen().OfType<TrajectStapVoltooid>().ShouldBeEmpty();
    }

    [Fact]
    public void Eerder_toegevoegd_bewijs_telt_bij_het_afronden_mee()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        s.Traject.VoegBewijsToe(s.Definitie, Eigenaar, Verslag7, s.Nu);

        s.Traject.Voltooien(s.Definitie, Eigenaar, [], "Goed bezocht", s.Nu);

        s.Traject.Status.ShouldBe("Veerkrachtdialoog");
        var gedaan = s.Traject.Stappen[0];
        gedaan.Bewijs.ShouldBe([Verslag7]);
        gedaan.Opmerkingen.ShouldBe(["Goed bezocht"]);
    }

    [Fact]
    public void Alleen_de_eigenaar_van_de_stap_of_de_projectleider_rondt_hem_af()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        var bewijs = s.VereistBewijs();

        Should.Throw<TrajectGeenToegangException>(() => s.Traject.Voltooien(s.Definitie, TrajectScenario.Buitenstaander, bewijs, null, s.Nu));
        Should.Throw<TrajectGeenToegangException>(() => s.Traject.PlaatsOpmerking(s.Definitie, TrajectScenario.Buitenstaander, "hallo", s.Nu));

        s.Traject.Voltooien(s.Definitie, Projectleider, bewijs, null, s.Nu);
        s.Traject.Status.ShouldBe("Veerkrachtdialoog");
    }

    [Fact]
    public void Een_stap_krijgt_zijn_eigenaar_en_een_deadline_in_werkdagen()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Besluitmoment");

        var stakeholders = s.Traject.Stappen[0];
        stakeholders.EigenaarId.ShouldBe(Eigenaar.Id);
        // Monday 2 March 2026 plus 20 working days: Monday 30 March.
        stakeholders.Deadline.ShouldBe(new DateOnly(2026, 3, 30));
        s.Traject.HuidigeStap!.EigenaarId.ShouldBe(Projectleider.Id);
        s.Traject.HuidigeStap.IsTeLaat(DateOnly.FromDateTime(s.Nu)).ShouldBeFalse();
        s.Traject.HuidigeStap.IsTeLaat(s.Traject.HuidigeStap.Deadline!.Value.AddDays(1)).ShouldBeTrue();
    }

    [Fact]
    public void Terugsturen_opent_de_vorige_stap_opnieuw_en_bewaart_het_oude_bezoek()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("VisieEnActiviteitenplan");

        s.Traject.Terugsturen(s.Definitie, Projectleider, "Dialoog te klein opgezet", s.Nu);

        s.Traject.Status.ShouldBe("Veerkrachtdialoog");
        s.Traject.Stappen.Count(x => x.Stap == "Veerkrachtdialoog").ShouldBe(2);
        s.Traject.Stappen.Single(x => x.Stap == "VisieEnActiviteitenplan").Uitkomst.ShouldBe(StapUitkomst.Teruggestuurd);
        s.Traject.Gebeurtenissen[^1].Reden.ShouldBe("Dialoog te klein opgezet");
    }

    [Fact]
    public void De_projectleider_heropent_een_afgeronde_stap_ook_na_afloop_van_het_traject()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Afgerond");

        Should.Throw<TrajectGeenToegangException>(() => s.Traject.Heropenen(s.Definitie, Eigenaar, "Evaluatie", "Aanvulling", s.Nu));
        s.Traject.Heropenen(s.Definitie, Projectleider, "Evaluatie", "Evaluatie mist de cijfers", s.Nu);

        s.Traject.Status.ShouldBe("Evaluatie");
        s.Traject.HuidigeStap!.Stap.ShouldBe("Evaluatie");
        s.Traject.IsAfgerond(s.Definitie).ShouldBeFalse();
    }

    [Fact]
    public void Heropenen_kan_alleen_een_eerder_afgeronde_stap_en_niet_terwijl_een_besluit_wordt_afgewacht()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie).Tot("Veerkrachtdialoog");
        Should.Throw<TrajectFout>(() => s.Traject.Heropenen(s.Definitie, Projectleider, "Evaluatie", "waarom niet", s.Nu)).Veld.ShouldBe("stap");

        s.Tot("Besluitmoment").StartBesluitmoment();
        Should.Throw<TrajectFout>(() => s.Traject.Heropenen(s.Definitie, Projectleider, "Veerkrachtdialoog", "opnieuw", s.Nu));
        Should.Throw<TrajectFout>(() => s.Traject.Terugsturen(s.Definitie, Projectleider, "opnieuw", s.Nu));
        s.Traject.Status.ShouldBe("Besluitmoment");
    }

    [Fact]
    public void Een_raadsbesluitmoment_meldt_dat_het_voorstel_naar_de_raad_gaat()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Voorzieningenprogramma).Tot("BesluitVoorzieningenprogramma");
        s.Traject.NeemDomeingebeurtenissen();

        var voorstel = s.StartBesluitmoment();

        var gestart = s.Traject.NeemDomeingebeurtenissen().ShouldHaveSingleItem().ShouldBeOfType<BesluitmomentGestart>();
        gestart.VoorstelId.ShouldBe(voorstel);
        gestart.Raad.ShouldBeTrue();
        gestart.Stap.Stap.ShouldBe("BesluitVoorzieningenprogramma");
    }

    [Fact]
    public void Afronden_sluit_de_stap_opent_de_volgende_en_meldt_de_overgang()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        var start = s.Traject.NeemDomeingebeurtenissen();
        start.ShouldHaveSingleItem().ShouldBeOfType<TrajectStapGeopend>().Stap.Stap.ShouldBe("Stakeholderbijeenkomst");

        s.RondAf();

        var g = s.Traject.NeemDomeingebeurtenissen();
        g.Count.ShouldBe(3);
        g[0].ShouldBeOfType<TrajectStapGesloten>().Stap.Stap.ShouldBe("Stakeholderbijeenkomst");
        g[1].ShouldBe(new TrajectStapVoltooid(TrajectTriggers.Voltooien, "Stakeholderbijeenkomst", "Veerkrachtdialoog", null));
        g[2].ShouldBeOfType<TrajectStapGeopend>().Stap.Stap.ShouldBe("Veerkrachtdialoog");
        s.Traject.NeemDomeingebeurtenissen().ShouldBeEmpty();
    }

    [Fact]
    public void Het_verzetten_van_een_termijn_meldt_de_oude_deadline()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        s.Traject.NeemDomeingebeurtenissen();
        var was = s.Traject.HuidigeStap!.Deadline;

        Should.Throw<TrajectGeenToegangException>(() => s.Traject.VerzetTermijn(s.Definitie, Eigenaar, new DateOnly(2026, 4, 30), "later", s.Nu));
        s.Traject.VerzetTermijn(s.Definitie, Projectleider, new DateOnly(2026, 4, 30), "Huis pas in april beschikbaar", s.Nu);

        s.Traject.HuidigeStap.Deadline.ShouldBe(new DateOnly(2026, 4, 30));
        s.Traject.NeemDomeingebeurtenissen().ShouldHaveSingleItem().ShouldBe(new TrajectTermijnVerschoven(s.Traject.HuidigeStap, was));
        s.Traject.Gebeurtenissen[^1].Reden.ShouldBe("Huis pas in april beschikbaar");
    }

    [Fact]
    public void Een_opmerking_komt_bij_de_stap_en_op_de_tijdlijn()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        s.Traject.NeemDomeingebeurtenissen();

        s.Traject.PlaatsOpmerking(s.Definitie, Eigenaar, "Datum geprikt: 12 maart", s.Nu);

        s.Traject.HuidigeStap!.Opmerkingen.ShouldBe(["Datum geprikt: 12 maart"]);
        s.Traject.Gebeurtenissen[^1].ActorNaam.ShouldBe(Eigenaar.Naam);
        s.Traject.NeemDomeingebeurtenissen().ShouldHaveSingleItem().ShouldBeOfType<TrajectOpmerkingGeplaatst>();
    }

    [Fact]
    public void Een_traject_weigert_een_definitie_van_een_andere_familie_of_versie()
    {
        Should.Throw<ArgumentException>(() => Traject.Start(GeleverdeDefinities.Collegevoorstel, "x", null,
            new Taakhouder(Projectleider.Id, Projectleider.Naam), new Dictionary<string, Taakhouder>(), Projectleider, TrajectScenario.Begin));
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        Should.Throw<ArgumentException>(() => s.Traject.Overslaan(GeleverdeDefinities.Voorzieningenprogramma, Projectleider, "x", s.Nu));
    }
}
