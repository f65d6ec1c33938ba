using System.Text.Json.Nodes;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>The traject fields of a definition are read and checked by the same lezer as the collegevoorstel's.</summary>
public class TrajectDefinitieTests
{
    private const string Bestand = "thuis-in-de-buurt-accommodatie.json";

    private static JsonObject Stap(JsonObject json, string naam) =>
        json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == naam)!.AsObject();

    internal static JsonObject Overgang(JsonObject json, string stap, string trigger) =>
        Stap(json, stap)["overgangen"]!.AsArray().Single(o => (string?)o!["trigger"] == trigger)!.AsObject();

    internal static string Weigert(Action<JsonObject> bederf, string bestand = Bestand)
    {
        var json = GeleverdeDefinities.Json(bestand);
        bederf(json);
        return Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.Lees(json.ToJsonString(), bestand)).Message;
    }

    [Fact]
    public void De_geleverde_trajectdefinities_zijn_van_familie_traject_en_het_collegevoorstel_blijft_collegevoorstel()
    {
        GeleverdeDefinities.Accommodatie.Familie.ShouldBe(Families.Traject);
        GeleverdeDefinities.Voorzieningenprogramma.Familie.ShouldBe(Families.Traject);
        GeleverdeDefinities.Collegevoorstel.Familie.ShouldBe(Families.Collegevoorstel);
        GeleverdeDefinities.CollegevoorstelJson().ContainsKey("familie").ShouldBeFalse();
        var stap = GeleverdeDefinities.Accommodatie.Status("Stakeholderbijeenkomst");
        stap.EigenaarRol.ShouldBe("Steller");
        stap.TermijnWerkdagen.ShouldBe(20);
        stap.VereistBewijs.ShouldBe(["Verslag"]);
    }

    [Fact]
    public void Een_onbekende_familie_wordt_geweigerd() =>
        Weigert(j => j["familie"] = "zaak").ShouldContain("onbekende familie 'zaak'");

    [Fact]
    public void Een_afwijzing_moet_naar_de_planningsstap_van_het_besluitmoment_gaan() =>
        Weigert(j => Overgang(j, "Besluitmoment", "Afgewezen")["naar"] = "Stakeholderbijeenkomst")
            .ShouldContain("'Afgewezen' moet naar 'BedrijfsplanEnExploitatie'");

    [Fact]
    public void Een_besluitmoment_zonder_bekende_planningsstap_wordt_geweigerd() =>
        Weigert(j => Stap(j, "Besluitmoment")["besluitmoment"]!["terugNaar"] = "Nergens")
            .ShouldContain("'terugNaar' 'Nergens' is geen bekende stap");

    [Fact]
    public void Alleen_de_projectleider_mag_in_de_definitie_een_stap_overslaan() =>
        Weigert(j => Overgang(j, "Veerkrachtdialoog", "Overslaan")["rollen"] = new JsonArray("Steller"))
            .ShouldContain("alleen de 'Projectleider' mag een stap overslaan");

    [Fact]
    public void Een_onbekende_bewijssoort_wordt_geweigerd() =>
        Weigert(j => Stap(j, "Veerkrachtdialoog")["vereistBewijs"] = new JsonArray("Foto"))
            .ShouldContain("onbekende bewijssoort 'Foto'");

    [Fact]
    public void Een_stap_zonder_eigenaarrol_wordt_geweigerd() =>
        Weigert(j => Stap(j, "Evaluatie").Remove("eigenaarRol")).ShouldContain("stap 'Evaluatie': 'eigenaarRol' ontbreekt");

    [Fact]
    public void Een_besluit_volgt_uit_het_voorstel_en_niet_uit_een_persoon() =>
        Weigert(j => Overgang(j, "Besluitmoment", "Ingestemd")["rollen"] = new JsonArray("Projectleider"))
            .ShouldContain("heeft alleen de rol 'Systeem'");

    [Fact]
    public void Een_trajecttrigger_hoort_niet_in_een_collegevoorstel() =>
        Weigert(j => Overgang(j, "Concept", "Indienen")["trigger"] = "Voltooien", "collegevoorstel.json")
            .ShouldContain("trigger 'Voltooien': onbekende trigger");

    [Fact]
    public void Trajectvelden_horen_niet_in_een_collegevoorstel() =>
        Weigert(j => Stap(j, "Concept")["eigenaarRol"] = "Steller", "collegevoorstel.json")
            .ShouldContain("horen alleen bij familie 'traject'");

    [Fact]
    public void Een_collegevoorstelttrigger_hoort_niet_in_een_traject() =>
        Weigert(j => Overgang(j, "Veerkrachtdialoog", "Voltooien")["trigger"] = "Paraferen")
            .ShouldContain("trigger 'Paraferen': onbekende trigger");
}
