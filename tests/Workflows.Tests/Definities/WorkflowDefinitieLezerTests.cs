using System.Text.Json.Nodes;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Definities;

public class WorkflowDefinitieLezerTests
{
    private const string Bron = "seeds/workflows/kapot.json";

    private static JsonObject StatusIn(JsonObject json, string naam) =>
        json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == naam)!.AsObject();

    private static JsonObject OvergangIn(JsonObject json, string status, string trigger) =>
        StatusIn(json, status)["overgangen"]!.AsArray().First(o => (string?)o!["trigger"] == trigger)!.AsObject();

    private static WorkflowDefinitieOngeldigException Weigert(Action<JsonObject> bederf)
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        bederf(json);
        return Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.Lees(json.ToJsonString(), Bron));
    }

    private static void ZegtBronEnProbleem(WorkflowDefinitieOngeldigException fout, string probleem)
    {
        fout.Bron.ShouldBe(Bron);
        fout.Message.ShouldStartWith($"Workflowdefinitie '{Bron}' is ongeldig:");
        fout.Message.ShouldContain(probleem);
        fout.Problemen.ShouldContain(p => p.Contains(probleem));
    }

    [Fact]
    public void Het_meegeleverde_collegevoorstel_laadt()
    {
        var d = WorkflowDefinitieLezer.LeesBestand(GeleverdeDefinities.CollegevoorstelPad);

        d.Naam.ShouldBe("collegevoorstel");
        d.Versie.ShouldBe(2);
        d.Beginstatus.ShouldBe("Concept");
        d.Statussen.Select(s => s.Naam).ShouldBe(
        [
            "Concept", "ParaafAfdelingshoofd", "InAdvies", "Directieteam", "OndernemingsRaad", "CollegeVanBW", "Gemeenteraad",
            "Teruggestuurd", "Besloten", "Afgewezen", "Verworpen", "Ingetrokken", "Gepubliceerd",
        ]);
        d.Statussen.Where(s => s.Eind).Select(s => s.Naam).ShouldBe(["Besloten", "Afgewezen", "Verworpen", "Ingetrokken", "Gepubliceerd"]);
        d.Statussen.Where(s => s.BewerkbaarDoorSteller).Select(s => s.Naam).ShouldBe(["Concept", "Teruggestuurd"]);
        d.Toelichting.ShouldNotBeNullOrWhiteSpace();
        WorkflowDefinitieLezer.Controleer(d).ShouldBeEmpty();
    }

    [Fact]
    public void Alleen_alle_adviezen_binnen_en_publiceren_zijn_automatische_overgangen()
    {
        var automatisch = GeleverdeDefinities.Collegevoorstel.Statussen.SelectMany(s => s.Overgangen).Where(o => o.Automatisch).ToList();

        automatisch.Select(o => o.Trigger).Distinct().ShouldBe([Triggers.AdviezenCompleet, Triggers.Publiceren]);
        automatisch.ShouldAllBe(o => o.Rollen.SequenceEqual(new[] { Rollen.Systeem }));
    }

    [Fact]
    public void Het_meegeleverde_collegevoorstel_noemt_per_overgang_zijn_poort_en_besluitmail()
    {
        var overgangen = GeleverdeDefinities.Collegevoorstel.Statussen.SelectMany(s => s.Overgangen).ToList();

        overgangen.Where(o => o.Poort is not null).GroupBy(o => o.Trigger).ToDictionary(g => g.Key, g => g.Select(o => o.Poort).Distinct().Single())
            .ShouldBe(new Dictionary<string, string?>
            {
                [Triggers.Indienen] = "indienen", [Triggers.Herindienen] = "indienen", [Triggers.Paraferen] = "paraaf",
                [Triggers.DirectiebesluitVastleggen] = "directieteam", [Triggers.OrAdviesVastleggen] = "ondernemingsraad",
                [Triggers.Instemmen] = "college", [Triggers.InstemmenMetWijzigingen] = "college", [Triggers.RaadVaststellen] = "gemeenteraad",
            }, ignoreOrder: true);
        overgangen.Where(o => o.Mail.Contains(Overgangsmails.Besluit)).Select(o => o.Trigger).Distinct().ShouldBe(
        [
            Triggers.Instemmen, Triggers.InstemmenMetWijzigingen, Triggers.Aanhouden, Triggers.Afwijzen,
            Triggers.RaadVaststellen, Triggers.RaadAanhouden, Triggers.RaadVerwerpen,
        ], ignoreOrder: true);
        GeleverdeDefinities.Collegevoorstel.PoortInStatus("Directieteam").ShouldBe("directieteam");
        GeleverdeDefinities.Collegevoorstel.PoortInStatus("Teruggestuurd").ShouldBe("indienen");
        GeleverdeDefinities.Collegevoorstel.PoortVoor("CollegeVanBW", Triggers.Afwijzen).ShouldBeNull();
    }

    [Fact]
    public void Een_onbekend_mailwoord_wordt_geweigerd_met_de_bekende_woorden() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "CollegeVanBW", Triggers.Afwijzen)["mail"] = new JsonArray("besluit", "afwijzing")),
            "status 'CollegeVanBW', trigger 'Afwijzen': onbekende mail 'afwijzing' (bekend: besluit, ingediend, ingetrokken)");

    [Theory]
    [InlineData("Paraaf")]
    [InlineData("poort-paraaf")]
    [InlineData("")]
    [InlineData("para af")]
    public void Een_poort_die_geen_poortwoord_is_wordt_geweigerd(string poort) =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "ParaafAfdelingshoofd", Triggers.Paraferen)["poort"] = poort),
            $"status 'ParaafAfdelingshoofd', trigger 'Paraferen': onbekende poort '{poort}'");

    [Fact]
    public void Een_trigger_met_verschillende_poorten_in_een_status_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Directieteam", Triggers.DirectiebesluitVastleggen)["poort"] = "college"),
            "status 'Directieteam': trigger 'DirectiebesluitVastleggen' staat er meermaals met een andere 'poort' of 'mail'");

    [Fact]
    public void Een_poort_zonder_regelset_wordt_genoemd()
    {
        var json = GeleverdeDefinities.CollegevoorstelJson();
        OvergangIn(json, "ParaafAfdelingshoofd", Triggers.Terugsturen)["poort"] = "juridisch";
        var d = WorkflowDefinitieLezer.Lees(json.ToJsonString(), Bron);

        WorkflowDefinitieLezer.OnbekendePoorten(d, new HashSet<string> { "poort-indienen", "poort-paraaf", "poort-directieteam",
                "poort-ondernemingsraad", "poort-college", "poort-gemeenteraad" })
            .ShouldBe(["status 'ParaafAfdelingshoofd', trigger 'Terugsturen': onbekende poort 'juridisch' (er is geen regelset 'poort-juridisch')"]);
    }

    [Fact]
    public void Een_onbekende_doelstatus_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Concept", Triggers.Indienen)["naar"] = "Wethouder"),
            "status 'Concept', trigger 'Indienen': onbekende status 'Wethouder'");

    [Fact]
    public void Een_onbereikbare_status_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => j["statussen"]!.AsArray().Add(new JsonObject { ["naam"] = "Gearchiveerd", ["titel"] = "Gearchiveerd", ["eind"] = true })),
            "status 'Gearchiveerd' is onbereikbaar vanuit 'Concept'");

    [Fact]
    public void Een_eindstatus_gaat_alleen_automatisch_naar_een_andere_eindstatus() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Besloten", Triggers.Publiceren)["naar"] = "CollegeVanBW"),
            "eindstatus 'Besloten' heeft overgangen (alleen een automatische overgang naar een andere eindstatus mag)");

    [Fact]
    public void Een_eindstatus_met_een_overgang_die_iemand_kiest_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j =>
            {
                var o = OvergangIn(j, "Afgewezen", Triggers.Publiceren);
                o.Remove("automatisch");
                o["rollen"] = new JsonArray("Bestuurssecretariaat");
            }),
            "eindstatus 'Afgewezen' heeft overgangen");

    [Fact]
    public void Een_trigger_zonder_rol_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Directieteam", Triggers.Terugsturen)["rollen"] = new JsonArray()),
            "status 'Directieteam', trigger 'Terugsturen': geen rol mag deze trigger afvuren");

    [Fact]
    public void Een_onbekende_guard_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "CollegeVanBW", Triggers.Instemmen)["guards"] = new JsonArray("RaadNodig")),
            "status 'CollegeVanBW', trigger 'Instemmen': onbekende guard 'RaadNodig'");

    [Fact]
    public void Een_onbekende_trigger_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "ParaafAfdelingshoofd", Triggers.Paraferen)["trigger"] = "Goedkeuren"),
            "status 'ParaafAfdelingshoofd', trigger 'Goedkeuren': onbekende trigger");

    [Fact]
    public void Een_guard_die_een_onbekende_status_noemt_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Teruggestuurd", Triggers.Herindienen)["guards"] = new JsonArray("TeruggestuurdVanuit:Paraaf")),
            "guard 'TeruggestuurdVanuit:Paraaf' noemt een onbekende status 'Paraaf'");

    [Fact]
    public void Een_guard_met_status_maar_zonder_status_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Teruggestuurd", Triggers.Herindienen)["guards"] = new JsonArray("TeruggestuurdVanuit")),
            "guard 'TeruggestuurdVanuit' vraagt een status als argument");

    [Theory]
    [InlineData("{ \"naam\": \"collegevoorstel\", ")]
    [InlineData("")]
    [InlineData("<workflow/>")]
    public void Kapotte_json_wordt_geweigerd(string json)
    {
        var fout = Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.Lees(json, Bron));

        ZegtBronEnProbleem(fout, "geen geldige JSON");
    }

    [Fact]
    public void Een_tikfout_in_een_eigenschap_wordt_geweigerd_in_plaats_van_genegeerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Concept", Triggers.Indienen)["rolen"] = new JsonArray("Steller")),
            "geen geldige JSON");

    [Fact]
    public void Een_leeg_document_wordt_geweigerd()
    {
        var fout = Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.Lees("null", Bron));

        ZegtBronEnProbleem(fout, "het bestand is leeg");
    }

    [Fact]
    public void Een_trigger_die_meermaals_voorkomt_en_een_keer_zonder_guard_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "Directieteam", Triggers.DirectiebesluitVastleggen)["guards"] = new JsonArray()),
            "status 'Directieteam': trigger 'DirectiebesluitVastleggen' staat er meermaals en niet elke keer met een guard");

    [Fact]
    public void Een_automatische_overgang_met_een_mensenrol_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => OvergangIn(j, "InAdvies", Triggers.AdviezenCompleet)["rollen"] = new JsonArray("Adviseur")),
            "een automatische overgang heeft alleen de rol 'Systeem'");

    [Fact]
    public void Een_taak_met_een_onbekende_soort_of_rol_wordt_geweigerd()
    {
        var fout = Weigert(j =>
        {
            var taak = StatusIn(j, "Directieteam")["taken"]!.AsArray()[0]!;
            taak["soort"] = "Notuleren";
            taak["rol"] = "Notulist";
        });

        ZegtBronEnProbleem(fout, "status 'Directieteam': onbekende taaksoort 'Notuleren'");
        ZegtBronEnProbleem(fout, "status 'Directieteam': taak 'Notuleren' heeft een onbekende rol 'Notulist'");
    }

    [Fact]
    public void Alle_problemen_worden_tegelijk_genoemd()
    {
        var fout = Weigert(j =>
        {
            OvergangIn(j, "Concept", Triggers.Indienen)["naar"] = "Wethouder";
            OvergangIn(j, "CollegeVanBW", Triggers.Afwijzen)["rollen"] = new JsonArray();
        });

        fout.Problemen.ShouldContain(p => p.Contains("onbekende status 'Wethouder'"));
        fout.Problemen.ShouldContain(p => p.Contains("trigger 'Afwijzen': geen rol"));
        fout.Problemen.ShouldContain(p => p.Contains("is onbereikbaar"), "zonder indienen is de rest van de route onbereikbaar");
    }

    [Fact]
    public void Bij_het_lezen_van_een_bestand_noemt_de_melding_het_bestand()
    {
        var map = Directory.CreateTempSubdirectory("workflowdefinities");
        try
        {
            var pad = Path.Combine(map.FullName, "collegevoorstel-v9.json");
            File.WriteAllText(pad, "{ \"naam\": \"collegevoorstel\", \"versie\": 0 }");

            var fout = Should.Throw<WorkflowDefinitieOngeldigException>(() => WorkflowDefinitieLezer.LeesBestand(pad));

            fout.Bron.ShouldBe("collegevoorstel-v9.json");
            fout.Message.ShouldContain("'collegevoorstel-v9.json'");
            fout.Problemen.ShouldContain("'versie' moet 1 of hoger zijn");
            fout.Problemen.ShouldContain("er zijn geen statussen");
        }
        finally
        {
            map.Delete(recursive: true);
        }
    }

    [Fact]
    public void Onbekende_houder_taakmail_planningsdatum_en_invoerveld_worden_met_de_bekende_woorden_geweigerd()
    {
        var fout = Weigert(j =>
        {
            var taak = StatusIn(j, "Directieteam")["taken"]!.AsArray()[0]!;
            taak["houder"] = "wethouder";
            taak["mail"] = "sms";
            taak["gepland"] = "GeplandKerst";
            var terug = OvergangIn(j, "ParaafAfdelingshoofd", Triggers.Terugsturen);
            terug["invoer"] = new JsonArray(
                new JsonObject { ["veld"] = "Handtekening", ["label"] = "Handtekening" },
                new JsonObject { ["veld"] = "Reden", ["label"] = "Reden", ["standaard"] = "GeplandBw" });
        });

        ZegtBronEnProbleem(fout, "status 'Directieteam': taak 'Directiebesluit' heeft een onbekende houder 'wethouder' (bekend: rol, afdelingshoofd, steller, adviseurPerAspect)");
        ZegtBronEnProbleem(fout, "status 'Directieteam': taak 'Directiebesluit' heeft een onbekende mail 'sms' (bekend: taak, paraaf, advies");
        ZegtBronEnProbleem(fout, "status 'Directieteam': taak 'Directiebesluit' heeft een onbekende planningsdatum 'GeplandKerst'");
        ZegtBronEnProbleem(fout, "status 'ParaafAfdelingshoofd', trigger 'Terugsturen': onbekend invoerveld 'Handtekening' (bekend: Reden, Instemming");
        ZegtBronEnProbleem(fout, "status 'ParaafAfdelingshoofd', trigger 'Terugsturen': invoerveld 'Reden': 'standaard' is een planningsdatum");
    }

    [Fact]
    public void Een_trigger_met_een_ander_formulier_op_een_van_zijn_overgangen_wordt_geweigerd() =>
        ZegtBronEnProbleem(
            Weigert(j => StatusIn(j, "Directieteam")["overgangen"]!.AsArray()
                .First(o => (string?)o!["trigger"] == Triggers.DirectiebesluitVastleggen)!["invoer"] = new JsonArray()),
            "status 'Directieteam': trigger 'DirectiebesluitVastleggen' staat er meermaals met een andere 'invoer' of 'uitleg'");

    [Fact]
    public void Een_eigen_trigger_moet_een_nieuw_woord_zijn() =>
        ZegtBronEnProbleem(Weigert(j => j["eigenTriggers"] = new JsonArray("Paraferen", "juridisch akkoord")),
            "eigen trigger 'Paraferen' is geen nieuw woord");

    [Fact]
    public void Elke_overgang_met_invoer_van_het_meegeleverde_collegevoorstel_noemt_bekende_velden_met_een_label()
    {
        var overgangen = GeleverdeDefinities.Collegevoorstel.Statussen.SelectMany(s => s.Overgangen).ToList();

        overgangen.SelectMany(o => o.Invoer).ShouldAllBe(v => Invoervelden.Alle.Contains(v.Veld) && v.Label.Length > 0);
        overgangen.Where(o => o.Trigger == Triggers.Terugsturen).ShouldAllBe(o => o.Invoer.Single().Verplicht != null);
        GeleverdeDefinities.Collegevoorstel.Status("InAdvies").Taken.Single().Termijnbewaking.ShouldBeTrue();
    }
}
