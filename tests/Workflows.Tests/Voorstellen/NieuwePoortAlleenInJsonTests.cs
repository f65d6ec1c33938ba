using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>
/// A gate added by editing the definition alone: a legal check by the bestuurssecretariaat between the paraaf and the
/// advice round, with its own trigger, task, deadline, form and return. No code knows about it.
/// </summary>
public class NieuwePoortAlleenInJsonTests
{
    private const string Status = JuridischeToets.Status;
    private const string Trigger = JuridischeToets.Trigger;

    private static WorkflowDefinitie Definitie() =>
        WorkflowDefinitieLezer.Lees(JuridischeToets.Voeg(GeleverdeDefinities.CollegevoorstelJson()).ToJsonString(), "juridisch.json");

    [Fact]
    public void De_nieuwe_poort_opent_zijn_taak_bij_de_rolhouder_met_zijn_termijn()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute, Definitie()).Indienen();
        s.Voorstel.NeemDomeingebeurtenissen();

        s.Paraferen();

        s.Status.ShouldBe(Status);
        var taak = s.OpenTaak("JuridischeToets");
        taak.HouderId.ShouldBe(Personen.Bestuurssecretariaat.Id);
        taak.Rol.ShouldBe(Rollen.Bestuurssecretariaat);
        taak.Deadline.ShouldBe(Besluitvorming.Workflows.Termijnen.Werkdagen.Plus(s.Vandaag, 5));
        s.Voorstel.NeemDomeingebeurtenissen().Geopend.ShouldBe([taak]);
        s.Definitie.TaakTitel(Status, taak.Soort).ShouldBe("Juridische toets uitvoeren");
        s.Definitie.TaakDefinitie(Status, taak.Soort)!.Termijnbewaking.ShouldBeTrue();
        s.Definitie.PoortVoor(Status, Trigger).ShouldBe("juridisch");
        s.ToegestaneActies(Personen.Bestuurssecretariaat).ShouldBe([Trigger, Triggers.Terugsturen]);
        s.ToegestaneActies(Personen.Steller).ShouldBe([Triggers.Intrekken]);
    }

    [Fact]
    public void Het_akkoord_vraagt_wat_de_definitie_vraagt_rondt_de_taak_af_en_gaat_naar_het_advies()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute, Definitie()).Indienen().Paraferen();
        var taak = s.OpenTaak("JuridischeToets");

        Should.Throw<ActieOngeldigException>(() => s.Voer(Personen.Bestuurssecretariaat, Trigger))
            .Fouten.ShouldBe(new Dictionary<string, string> { [nameof(ActieInvoer.Opmerking)] = "Licht uw juridische toets toe." });
        Should.Throw<GeenToegangException>(() => s.Voer(Personen.Steller, Trigger, new() { Opmerking = "Akkoord." }));
        s.Status.ShouldBe(Status);

        s.Voorstel.NeemDomeingebeurtenissen();
        s.Voer(Personen.Bestuurssecretariaat, Trigger, new() { Opmerking = "Geen juridische bezwaren." });

        s.Status.ShouldBe("InAdvies");
        taak.IsOpen.ShouldBeFalse();
        taak.Uitkomst.ShouldBe("Juridisch akkoord");
        taak.AfgerondDoorId.ShouldBe(Personen.Bestuurssecretariaat.Id);
        s.OpenTaken.ShouldAllBe(t => t.Soort == Taaksoorten.Advies);
        s.Voorstel.Gebeurtenissen.Last().Omschrijving.ShouldBe("Juridisch akkoord");
        var g = s.Voorstel.NeemDomeingebeurtenissen();
        g.Gesloten.ShouldBe([taak]);
        g.Stap.ShouldBe(new StapVoltooid(Trigger, Status, "InAdvies", null));
    }

    [Fact]
    public void Teruggestuurd_vanuit_de_nieuwe_poort_komt_het_voorstel_daar_terug()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute, Definitie()).Indienen().Paraferen();

        Should.Throw<ActieOngeldigException>(() => s.Voer(Personen.Bestuurssecretariaat, Triggers.Terugsturen))
            .Fouten.Keys.ShouldBe([nameof(ActieInvoer.Reden)]);
        s.StuurTerug(Personen.Bestuurssecretariaat);
        s.Status.ShouldBe("Teruggestuurd");
        s.OpenTaak(Taaksoorten.Herzien).HouderId.ShouldBe(Personen.Steller.Id);

        s.Herindienen();

        s.Status.ShouldBe(Status);
        s.OpenTaak("JuridischeToets").IsOpen.ShouldBeTrue();
    }
}
