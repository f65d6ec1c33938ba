using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Machine;

public class GuardsTests
{
    private static readonly WorkflowDefinitie Definitie = GeleverdeDefinities.Collegevoorstel;

    private static bool Geldt(string guard, Voorstel v) => Guards.Bouw(guard, v)();

    private static bool Ingeschakeld(OvergangDefinitie o, Voorstel v) => o.Guards.All(g => Geldt(g, v));

    // ---- Exclusivity -----------------------------------------------------------------------------------------

    [Fact]
    public void In_elke_status_staat_per_trigger_hoogstens_één_overgang_open_bij_elke_combinatie_van_guards()
    {
        var dubbel = new List<string>();
        foreach (var status in Definitie.Statussen)
        foreach (var trigger in status.Overgangen.GroupBy(o => o.Trigger))
        foreach (var situatie in Guardsituatie.Alle(Definitie))
        {
            var voorstel = situatie.Maak(Definitie, status.Naam);
            var open = trigger.Where(o => Ingeschakeld(o, voorstel)).ToList();
            if (open.Count > 1)
                dubbel.Add($"{status.Naam} --{trigger.Key}--> {string.Join(" en ", open.Select(o => o.Naar))} bij {situatie}");
        }

        dubbel.ShouldBeEmpty();
    }

    [Fact]
    public void Stateless_kan_elke_trigger_bij_elke_combinatie_van_guards_beoordelen()
    {
        // Stateless throws from CanFire when two transitions for a trigger are enabled at once.
        foreach (var status in Definitie.Statussen)
        foreach (var situatie in Guardsituatie.Alle(Definitie))
        {
            var voorstel = situatie.Maak(Definitie, status.Naam);
            var machine = VoorstelMachine.Bouw(Definitie, voorstel, null);
            foreach (var trigger in status.Overgangen.Select(o => o.Trigger).Distinct())
                Should.NotThrow(() => machine.CanFire(trigger), $"{status.Naam}/{trigger} bij {situatie}");
        }
    }

    [Fact]
    public void Herindienen_heeft_na_terugsturen_door_elke_poort_precies_één_route()
    {
        var poorten = Definitie.Statussen.Where(s => s.Overgangen.Any(o => o.Trigger == Triggers.Terugsturen)).Select(s => s.Naam).ToList();
        var herindienen = Definitie.Status("Teruggestuurd").Overgangen.Where(o => o.Trigger == Triggers.Herindienen).ToList();

        foreach (var situatie in Guardsituatie.Alle(Definitie).Where(s => s.TeruggestuurdVanuit is { } p && poorten.Contains(p)))
        {
            var voorstel = situatie.Maak(Definitie, "Teruggestuurd");
            herindienen.Count(o => Ingeschakeld(o, voorstel)).ShouldBe(1, $"bij {situatie}");
        }
    }

    [Theory]
    [InlineData("Directieteam", Triggers.DirectiebesluitVastleggen)]
    [InlineData("CollegeVanBW", Triggers.Instemmen)]
    [InlineData("CollegeVanBW", Triggers.InstemmenMetWijzigingen)]
    public void Een_poort_met_vertakking_heeft_bij_elke_combinatie_precies_één_uitgang(string status, string trigger)
    {
        var overgangen = Definitie.Status(status).Overgangen.Where(o => o.Trigger == trigger).ToList();
        overgangen.Count.ShouldBe(2);

        foreach (var situatie in Guardsituatie.Alle(Definitie))
            overgangen.Count(o => Ingeschakeld(o, situatie.Maak(Definitie, status))).ShouldBe(1, $"bij {situatie}");
    }

    // ---- What each guard reads ---------------------------------------------------------------------------------

    private static Guardsituatie Basis => new(false, false, null, false, false, null);

    [Fact]
    public void AlleAdviezenBinnen_wacht_op_elk_vereist_advies()
    {
        Geldt(Guards.AlleAdviezenBinnen, (Basis with { AdviesOntbreekt = true }).Maak(Definitie, "InAdvies")).ShouldBeFalse();
        Geldt(Guards.AlleAdviezenBinnen, Basis.Maak(Definitie, "InAdvies")).ShouldBeTrue();
    }

    [Fact]
    public void AlleAdviezenBinnen_telt_een_vervallen_advies_niet_mee()
    {
        var voorstel = Basis.Maak(Definitie, "InAdvies");
        voorstel.Aspecten.Single(a => a.Aspect == Aspect.Financien).VervalAdvies();

        Geldt(Guards.AlleAdviezenBinnen, voorstel).ShouldBeFalse();
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void AdviesOpnieuwNodig_geldt_alleen_na_een_adviesronde_met_een_ontbrekend_advies(bool rondeGehouden, bool ontbreekt, bool verwacht)
    {
        var voorstel = (Basis with { AdviesrondeGehouden = rondeGehouden, AdviesOntbreekt = ontbreekt }).Maak(Definitie, "Teruggestuurd");

        Geldt(Guards.AdviesOpnieuwNodig, voorstel).ShouldBe(verwacht);
        Geldt("!" + Guards.AdviesOpnieuwNodig, voorstel).ShouldBe(!verwacht);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(CollegeUitkomst.Ingestemd, true)]
    [InlineData(CollegeUitkomst.IngestemdMetWijzigingen, true)]
    [InlineData(CollegeUitkomst.Aangehouden, false)]
    [InlineData(CollegeUitkomst.Afgewezen, false)]
    public void CollegeHeeftBesloten_geldt_alleen_als_het_college_heeft_ingestemd(CollegeUitkomst? uitkomst, bool verwacht) =>
        Geldt(Guards.CollegeHeeftBesloten, (Basis with { College = uitkomst }).Maak(Definitie, "Teruggestuurd")).ShouldBe(verwacht);

    [Fact]
    public void TeruggestuurdVanuit_vergelijkt_met_de_poort_die_terugstuurde()
    {
        var voorstel = (Basis with { TeruggestuurdVanuit = "Directieteam" }).Maak(Definitie, "Teruggestuurd");

        Geldt("TeruggestuurdVanuit:Directieteam", voorstel).ShouldBeTrue();
        Geldt("TeruggestuurdVanuit:CollegeVanBW", voorstel).ShouldBeFalse();
        Geldt("!TeruggestuurdVanuit:CollegeVanBW", voorstel).ShouldBeTrue();
    }

    [Fact]
    public void OrVereist_en_RaadVereist_lezen_de_route_van_het_voorstel()
    {
        var voorstel = (Basis with { OrVereist = true }).Maak(Definitie, "Directieteam");

        Geldt(Guards.OrVereist, voorstel).ShouldBeTrue();
        Geldt(Guards.RaadVereist, voorstel).ShouldBeFalse();
        Geldt("!" + Guards.RaadVereist, voorstel).ShouldBeTrue();
    }

    // ---- Checking references in a definition ----------------------------------------------------------------

    [Theory]
    [InlineData("AlleAdviezenBinnen")]
    [InlineData("!OrVereist")]
    [InlineData("TeruggestuurdVanuit:Directieteam")]
    [InlineData("!TeruggestuurdVanuit:InAdvies")]
    public void Een_geldige_verwijzing_naar_een_guard_wordt_aanvaard(string tekst) =>
        Guards.Controleer(tekst, s => Definitie.ZoekStatus(s) is not null).ShouldBeNull();

    [Theory]
    [InlineData("AllesGoed", "onbekende guard 'AllesGoed'")]
    [InlineData("TeruggestuurdVanuit", "vraagt een status als argument")]
    [InlineData("TeruggestuurdVanuit:Wethouder", "noemt een onbekende status 'Wethouder'")]
    [InlineData("OrVereist:Directieteam", "guard 'OrVereist' neemt geen argument")]
    public void Een_ongeldige_verwijzing_naar_een_guard_zegt_wat_er_mis_is(string tekst, string melding) =>
        Guards.Controleer(tekst, s => Definitie.ZoekStatus(s) is not null).ShouldNotBeNull().ShouldContain(melding);
}
