using System.Net;
using System.Text.Json;
using Besluitvorming.Web.Tests.Agendering;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Api;

/// <summary>
/// /api/v1/vergaderingen through real HTTP: the calendar filtered on soort and dates, and a meeting's agenda once the
/// secretary fixed it, without the onderwerp of a proposal that is not public.
/// </summary>
public class ApiVergaderingenTests : IClassFixture<BesluitvormingFabriek>
{
    private readonly BesluitvormingFabriek _fabriek;
    private readonly Agendaopzet _opzet;

    public ApiVergaderingenTests(BesluitvormingFabriek fabriek)
    {
        _fabriek = fabriek;
        _opzet = new Agendaopzet(fabriek);
        ApiVoorstellenTests.ZetClients(fabriek);
    }

    private Task<HttpClient> HttpAsync() =>
        ApiTests.MetTokenAsync(_fabriek, ApiVoorstellenTests.Systeem, ApiVoorstellenTests.SysteemGeheim, "vergaderingen.lezen");

    private static async Task<(JsonElement Json, string Tekst)> JsonAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(status, tekst);
        return (JsonDocument.Parse(tekst).RootElement, tekst);
    }

    [Fact]
    public async Task Een_vastgestelde_agenda_toont_volgnummer_en_behandeling_maar_niet_het_onderwerp_van_een_niet_openbaar_voorstel()
    {
        var bw = Agendaopzet.Dinsdag(13); // a meeting no other test plans on
        var hamer = await _opzet.NaarCollegeAsync("API agenda: openbaar hamerstuk", bw, Behandelwijze.Akkoord);
        var geheim = await _opzet.NaarCollegeAsync("API agenda: vertrouwelijke grondaankoop", bw, Behandelwijze.Bespreken,
            new() { ["Invoer.Openbaarheid"] = nameof(Openbaarheid.Nee) });
        var vergadering = await _opzet.VergaderingAsync(bw);
        var http = await HttpAsync();

        var (voor, _) = await JsonAsync(await http.GetAsync($"/api/v1/vergaderingen/{vergadering}"), HttpStatusCode.OK);
        voor.GetProperty("agendaVastgesteld").GetBoolean().ShouldBeFalse();
        voor.GetProperty("agenda").GetProperty("vastgesteld").GetBoolean().ShouldBeFalse();
        voor.GetProperty("agenda").GetProperty("punten").GetArrayLength().ShouldBe(0, "een agenda in bewerking blijft binnen");

        await _opzet.GewijzigdAsync("secretariaat", vergadering, "Vaststellen", extra: new() { ["Aanvang"] = "10:00" });
        var (json, tekst) = await JsonAsync(await http.GetAsync($"/api/v1/vergaderingen/{vergadering}"), HttpStatusCode.OK);
        json.GetProperty("soort").GetString().ShouldBe("college");
        json.GetProperty("datum").GetString().ShouldBe(bw.ToString("yyyy-MM-dd"));
        json.GetProperty("agendaVastgesteld").GetBoolean().ShouldBeTrue();
        var agenda = json.GetProperty("agenda");
        agenda.GetProperty("vastgesteld").GetBoolean().ShouldBeTrue();
        agenda.GetProperty("aanvang").GetString().ShouldBe("10:00:00");
        var punten = agenda.GetProperty("punten").EnumerateArray().ToList();
        punten.Select(p => p.GetProperty("volgnummer").GetInt32()).ShouldBe([1, 2]);
        punten[0].GetProperty("behandeling").GetString().ShouldBe("hamerstuk");
        punten[0].GetProperty("onderwerp").GetString().ShouldBe("API agenda: openbaar hamerstuk");
        punten[0].GetProperty("openbaar").GetBoolean().ShouldBeTrue();
        punten[1].GetProperty("behandeling").GetString().ShouldBe("bespreekstuk");
        punten[1].GetProperty("openbaar").GetBoolean().ShouldBeFalse();
        punten[1].GetProperty("onderwerp").ValueKind.ShouldBe(JsonValueKind.Null);
        punten[1].GetProperty("registratienummer").GetString().ShouldBe((await _opzet.Route.LaadAsync(geheim)).Registratienummer);
        tekst.ShouldNotContain("vertrouwelijke grondaankoop");
        (await _opzet.Route.LaadAsync(hamer)).Registratienummer.ShouldBe(punten[0].GetProperty("registratienummer").GetString());

        (await http.GetAsync("/api/v1/vergaderingen/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync("/api/v1/vergaderingen/geen-getal")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task De_lijst_filtert_op_soort_en_datum_pagineert_en_weigert_een_ongeldig_filter_met_een_melding_per_filter()
    {
        var bw = Agendaopzet.Dinsdag(14);
        var vergadering = await _opzet.VergaderingAsync(bw);
        var dt = await _opzet.VergaderingAsync(bw, Besluitvorming.Web.Kalenders.Vergadersoort.Directieteam);
        var http = await HttpAsync();
        var dag = bw.ToString("yyyy-MM-dd");

        var (college, _) = await JsonAsync(await http.GetAsync($"/api/v1/vergaderingen?soort=college&vanaf={dag}&tot={dag}"), HttpStatusCode.OK);
        college.GetProperty("results").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ShouldBe([vergadering]);
        college.GetProperty("count").GetInt32().ShouldBe(1);
        var (opDag, _) = await JsonAsync(await http.GetAsync($"/api/v1/vergaderingen?vanaf={dag}&tot={dag}&paginagrootte=100"), HttpStatusCode.OK);
        var ids = opDag.GetProperty("results").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();
        ids.ShouldContain(vergadering);
        ids.ShouldContain(dt);
        opDag.GetProperty("count").GetInt32().ShouldBe(ids.Count);
        opDag.GetProperty("results").EnumerateArray().ShouldAllBe(m => m.GetProperty("datum").GetString() == dag);
        var (een, _) = await JsonAsync(await http.GetAsync($"/api/v1/vergaderingen?vanaf={dag}&tot={dag}&paginagrootte=1"), HttpStatusCode.OK);
        var volgende = new Uri(een.GetProperty("next").GetString()!);
        var (tweede, _) = await JsonAsync(await http.GetAsync(volgende.PathAndQuery), HttpStatusCode.OK);
        tweede.GetProperty("results")[0].GetProperty("id").GetInt32().ShouldNotBe(een.GetProperty("results")[0].GetProperty("id").GetInt32());
        tweede.GetProperty("previous").GetString().ShouldNotBeNull();

        var (fout, _) = await JsonAsync(await http.GetAsync("/api/v1/vergaderingen?soort=provincie&vanaf=morgen&paginagrootte=0"),
            HttpStatusCode.BadRequest);
        fout.GetProperty("errors").GetProperty("soort")[0].GetString()!.ShouldContain("college, directieteam, ondernemingsraad of gemeenteraad");
        fout.GetProperty("errors").GetProperty("vanaf")[0].GetString()!.ShouldContain("jjjj-mm-dd");
        fout.GetProperty("errors").GetProperty("paginagrootte")[0].GetString()!.ShouldContain("1 tot en met 100");
    }
}
