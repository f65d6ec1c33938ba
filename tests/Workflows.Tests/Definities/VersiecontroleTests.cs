using System.Text.Json.Nodes;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Definities;

/// <summary>What an uploaded version must pass beyond the reader, and the diff shown before it is stored.</summary>
public class VersiecontroleTests
{
    private static WorkflowDefinitie Lees(JsonObject json) => WorkflowDefinitieLezer.Lees(json.ToJsonString(), "upload");

    private static JsonObject Accommodatie(int versie)
    {
        var json = GeleverdeDefinities.Json("thuis-in-de-buurt-accommodatie.json");
        json["versie"] = versie;
        return json;
    }

    private static JsonObject Stap(JsonObject json, string naam) =>
        json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == naam)!.AsObject();

    [Fact]
    public void De_volgende_versie_van_een_meegeleverde_definitie_is_in_orde()
    {
        Versiecontrole.Controleer(Lees(Accommodatie(2)), GeleverdeDefinities.Accommodatie).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, "'versie' moet 2 zijn (de hoogste opgeslagen versie van 'thuis-in-de-buurt-accommodatie' is 1), niet 1")]
    [InlineData(3, "'versie' moet 2 zijn")]
    public void Een_versie_die_niet_de_volgende_is_wordt_geweigerd(int versie, string melding)
    {
        Versiecontrole.Controleer(Lees(Accommodatie(versie)), GeleverdeDefinities.Accommodatie).ShouldContain(p => p.Contains(melding));
    }

    [Fact]
    public void Een_nieuwe_definitie_begint_bij_versie_1_met_een_naam_voor_in_een_adres()
    {
        var json = Accommodatie(2);
        json["naam"] = "Nieuw Traject";
        var problemen = Versiecontrole.Controleer(Lees(json), null);
        problemen.ShouldContain("'Nieuw Traject' is een nieuwe definitie: 'versie' moet 1 zijn, niet 2");
        problemen.ShouldContain(p => p.StartsWith("naam 'Nieuw Traject': gebruik kleine letters"));
    }

    [Fact]
    public void Een_andere_familie_dan_de_opgeslagen_versies_wordt_geweigerd()
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        json["versie"] = 2;
        json["naam"] = "thuis-in-de-buurt-accommodatie";
        Versiecontrole.Controleer(Lees(json), GeleverdeDefinities.Accommodatie)
            .ShouldContain("familie 'collegevoorstel' wijkt af van de opgeslagen versies van 'thuis-in-de-buurt-accommodatie' ('traject')");
    }

    [Fact]
    public void Dezelfde_trigger_twee_keer_met_dezelfde_guards_wordt_geweigerd()
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        json["versie"] = 2;
        var overgangen = json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == "CollegeVanBW")!["overgangen"]!.AsArray();
        var metGuard = overgangen.First(o => o!["guards"] is JsonArray { Count: > 0 })!;
        overgangen.Add(metGuard.DeepClone());
        Versiecontrole.Controleer(Lees(json), GeleverdeDefinities.Collegevoorstel)
            .ShouldContain(p => p.StartsWith("status 'CollegeVanBW': trigger '") && p.EndsWith("' staat er twee keer met dezelfde guards"));
    }

    [Fact]
    public void Een_lus_zonder_weg_naar_een_eindstatus_wordt_geweigerd()
    {
        // Evaluatie can be sent back into two new steps that only lead to each other: they are reachable, but stuck.
        var json = Accommodatie(2);
        var statussen = json["statussen"]!.AsArray();
        foreach (var (naam, ander) in new[] { ("LusA", "LusB"), ("LusB", "LusA") })
        {
            var stap = Stap(json, "Stakeholderbijeenkomst").DeepClone().AsObject();
            stap["naam"] = naam;
            foreach (var o in stap["overgangen"]!.AsArray()) o!["naar"] = ander;
            statussen.Add(stap);
        }
        Stap(json, "Evaluatie")["overgangen"]!.AsArray().Single(o => (string?)o!["trigger"] == "Terugsturen")!["naar"] = "LusA";

        var problemen = Versiecontrole.Controleer(Lees(json), GeleverdeDefinities.Accommodatie);

        problemen.ShouldBe(
        [
            "status 'LusA': vanaf hier is geen eindstatus te bereiken (de zaak zou er blijven steken)",
            "status 'LusB': vanaf hier is geen eindstatus te bereiken (de zaak zou er blijven steken)",
        ]);
    }

    [Fact]
    public void Het_verschil_noemt_toegevoegde_en_vervallen_statussen_en_overgangen()
    {
        var json = Accommodatie(2);
        var statussen = json["statussen"]!.AsArray();
        var kennismaking = Stap(json, "Stakeholderbijeenkomst").DeepClone().AsObject();
        kennismaking["naam"] = "Kennismaking";
        kennismaking["titel"] = "Kennismaking";
        foreach (var o in kennismaking["overgangen"]!.AsArray()) o!["naar"] = "Stakeholderbijeenkomst";
        statussen.Insert(0, kennismaking);
        json["beginstatus"] = "Kennismaking";

        var verschil = Versiecontrole.Verschil(GeleverdeDefinities.Accommodatie, Lees(json));

        verschil.StatussenErbij.ShouldBe(["Kennismaking"]);
        verschil.StatussenWeg.ShouldBeEmpty();
        verschil.OvergangenErbij.ShouldBe([new("Kennismaking", "Voltooien", "Stakeholderbijeenkomst"), new("Kennismaking", "Overslaan", "Stakeholderbijeenkomst")]);
        verschil.OvergangenWeg.ShouldBeEmpty();
        verschil.Leeg.ShouldBeFalse();
        Versiecontrole.Verschil(GeleverdeDefinities.Accommodatie, Lees(Accommodatie(2))).Leeg.ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{ "naam": "x", "versie": 1, "beginstatus": "A", "statussen": [ null ] }""")]
    [InlineData("""{ "naam": "x", "versie": 1, "beginstatus": "A", "statussen": null }""")]
    [InlineData("""{ "naam": "x", "versie": 1, "beginstatus": "A", "statussen": [ { "naam": "A", "eind": false, "overgangen": [ null ] } ] }""")]
    [InlineData("""{ "naam": "x", "versie": 1, "beginstatus": "A", "statussen": [ { "naam": "A", "taken": [ null ], "overgangen": [] } ] }""")]
    [InlineData("""{ "naam": "x", "versie": 1, "beginstatus": "A", "statussen": [ { "naam": "A", "overgangen": [ { "trigger": "Indienen", "naar": "A", "rollen": ["Steller"], "guards": [ null ] } ] } ] }""")]
    [InlineData("""{ "naam": null, "versie": 1, "beginstatus": null, "statussen": [ { "naam": null, "overgangen": null } ] }""")]
    public void Null_op_een_plek_waar_iets_moet_staan_is_een_probleem_en_geen_crash(string json)
    {
        Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.Lees(json, "upload")).Problemen.ShouldNotBeEmpty();
    }
}
