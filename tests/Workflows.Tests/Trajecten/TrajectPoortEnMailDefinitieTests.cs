using System.Text.Json.Nodes;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>
/// A traject transition's gate and mails are data: its 'poort' names a traject rule set (poort-traject-*), its 'mail'
/// list says who hears of it, with a default when absent; the lezer refuses what does not fit the family.
/// </summary>
public class TrajectPoortEnMailDefinitieTests
{
    [Fact]
    public void De_accommodatie_toetst_het_afronden_van_bijeenkomst_en_bedrijfsplan_aan_een_trajectregelset()
    {
        var d = GeleverdeDefinities.Accommodatie;
        d.PoortVoor("Stakeholderbijeenkomst", "Voltooien").ShouldBe("traject-afronden");
        d.PoortVoor("BedrijfsplanEnExploitatie", "Voltooien").ShouldBe("traject-afronden");
        WorkflowDefinitieLezer.OnbekendePoorten(d, new HashSet<string> { "poort-college" })
            .ShouldContain(p => p.Contains("er is geen regelset 'poort-traject-afronden'"));
        WorkflowDefinitieLezer.OnbekendePoorten(d, new HashSet<string> { "poort-traject-afronden" }).ShouldBeEmpty();
    }

    [Fact]
    public void Een_traject_met_een_poort_van_het_collegevoorstel_wordt_geweigerd_en_andersom()
    {
        TrajectDefinitieTests.Weigert(j => TrajectDefinitieTests.Overgang(j, "Veerkrachtdialoog", "Voltooien")["poort"] = "college")
            .ShouldContain("poort 'college' hoort bij een collegevoorstel; een poort van een traject begint met 'traject-'");
        var collegevoorstel = GeleverdeDefinities.CollegevoorstelJson();
        var bestand = "collegevoorstel.json";
        var overgang = collegevoorstel["statussen"]!.AsArray().SelectMany(s => s!["overgangen"]!.AsArray())
            .First(o => o!["poort"] is not null)!.AsObject();
        overgang["poort"] = "traject-afronden";
        Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.Lees(collegevoorstel.ToJsonString(), bestand))
            .Message.ShouldContain("poort 'traject-afronden' hoort bij een traject");
    }

    [Fact]
    public void De_mail_van_een_trajectovergang_is_data_met_een_standaard()
    {
        Trajectmails.Van(GeleverdeDefinities.Accommodatie.ZoekOvergang("Veerkrachtdialoog", "Voltooien")).ShouldBe(["eigenaar", "projectleider"]);
        Trajectmails.Van(new OvergangDefinitie { Mail = ["geen"] }).ShouldBe(["geen"]);
        Trajectmails.Van(new OvergangDefinitie { Mail = ["eigenaar"] }).ShouldBe(["eigenaar"]);
        TrajectDefinitieTests.Weigert(j => TrajectDefinitieTests.Overgang(j, "Veerkrachtdialoog", "Voltooien")["mail"] = new JsonArray("besluit"))
            .ShouldContain("onbekende mail 'besluit' (bekend: eigenaar, projectleider, geen)");
        TrajectDefinitieTests.Weigert(j => TrajectDefinitieTests.Overgang(j, "Veerkrachtdialoog", "Voltooien")["mail"] = new JsonArray("geen", "eigenaar"))
            .ShouldContain("mail 'geen' staat alleen");
    }
}
