using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>Every transition of both shipped traject definitions, fired through the aggregate's verbs.</summary>
public class TrajectOvergangenTests
{
    public static TheoryData<string, string, string> Overgangen()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var d in new[] { GeleverdeDefinities.Accommodatie, GeleverdeDefinities.Voorzieningenprogramma })
            foreach (var s in d.Statussen)
                foreach (var o in s.Overgangen)
                    data.Add(d.Naam, s.Naam, o.Trigger);
        return data;
    }

    [Theory]
    [MemberData(nameof(Overgangen))]
    public void Elke_overgang_brengt_het_traject_waar_de_definitie_zegt(string workflow, string stap, string trigger)
    {
        var definitie = GeleverdeDefinities.Traject(workflow);
        var overgang = definitie.ZoekOvergang(stap, trigger)!;
        var s = new TrajectScenario(definitie).Tot(stap);
        var t = s.Traject;
        var reden = "Volgens afspraak met het huis";

        switch (trigger)
        {
            case TrajectTriggers.Voltooien:
                t.Voltooien(definitie, TrajectScenario.Eigenaar.Id == t.HuidigeStap!.EigenaarId ? TrajectScenario.Eigenaar : TrajectScenario.Projectleider,
                    s.VereistBewijs(), null, s.Nu);
                break;
            case TrajectTriggers.Overslaan:
                t.Overslaan(definitie, TrajectScenario.Projectleider, reden, s.Nu);
                break;
            case TrajectTriggers.Terugsturen:
                t.Terugsturen(definitie, TrajectScenario.Projectleider, reden, s.Nu);
                break;
            case TrajectTriggers.StartBesluitmoment:
                var id = s.StartBesluitmoment();
                t.WachtOpVoorstelId.ShouldBe(id);
                break;
            case TrajectTriggers.Ingestemd:
                t.VerwerkBesluit(definitie, s.StartBesluitmoment(), Besluituitkomst.Ingestemd, s.Nu);
                break;
            case TrajectTriggers.Afgewezen:
                t.VerwerkBesluit(definitie, s.StartBesluitmoment(), Besluituitkomst.Afgewezen, s.Nu);
                break;
            default:
                throw new InvalidOperationException($"Trigger '{trigger}' heeft geen test.");
        }

        t.Status.ShouldBe(overgang.Naar ?? stap);
        t.Gebeurtenissen.Last(g => g.VanStap is not null).VanStap.ShouldBe(stap);
        if (definitie.Status(t.Status).Eind) t.HuidigeStap.ShouldBeNull();
        else t.HuidigeStap!.Stap.ShouldBe(t.Status);
    }

    [Fact]
    public void De_accommodatie_loopt_van_stakeholderbijeenkomst_via_het_besluitmoment_naar_evaluatie()
    {
        Route(GeleverdeDefinities.Accommodatie).ShouldBe(
        [
            "Stakeholderbijeenkomst", "Veerkrachtdialoog", "VisieEnActiviteitenplan", "Trainingsbijeenkomsten", "IndividueleCoaching",
            "BedrijfsplanEnExploitatie", "Besluitmoment", "AfsprakenVastgelegd", "Evaluatie", "Afgerond",
        ]);
        GeleverdeDefinities.Accommodatie.Status("Besluitmoment").Besluitmoment!.TerugNaar.ShouldBe("BedrijfsplanEnExploitatie");
    }

    [Fact]
    public void Het_voorzieningenprogramma_volgt_de_fasen_van_het_spoorboekje_met_hun_besluitmomenten()
    {
        var d = GeleverdeDefinities.Voorzieningenprogramma;
        Route(d).ShouldBe(
        [
            "Aanleiding", "BesluitAnalyse", "OpgaveInBeeld", "PlanVanAanpak", "BesluitVoorzieningenprogramma",
            "AnalyseAanbod", "ToekomstigeBehoefte", "Toekomstscenarios", "BesluitScenario",
            "Coalitie", "Intentieovereenkomst", "BesluitSamenwerking", "Samenwerkingsovereenkomst", "Afgerond",
        ]);
        d.Status("BesluitVoorzieningenprogramma").Besluitmoment!.Raad.ShouldBeTrue();
        d.Status("BesluitVoorzieningenprogramma").Besluitmoment!.TerugNaar.ShouldBe("PlanVanAanpak");
        d.Status("BesluitAnalyse").Besluitmoment!.Raad.ShouldBeFalse();
    }

    /// <summary>The states visited when every step is completed and every decision ingestemd.</summary>
    private static List<string> Route(WorkflowDefinitie definitie)
    {
        var s = new TrajectScenario(definitie);
        var route = new List<string> { s.Traject.Status };
        while (!definitie.Status(s.Traject.Status).Eind)
        {
            s.RondAf();
            route.Add(s.Traject.Status);
        }
        return route;
    }
}
