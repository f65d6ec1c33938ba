using AngleSharp.Dom;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Prestaties;

/// <summary>
/// How many SQL statements one action sends, counted by <see cref="SqlTeller"/> and written to the test output with
/// the statements themselves. The bounds are the figures reached (before the domain events and the per-request loading
/// of issue 9: 38 and 42; then 21 and 25, before the rule context was read only for actions that pass a gate or route);
/// a change that adds queries to an action shows here. The last advice reads the meetings for the terugrekenplanning of
/// the DT task it opens (issue 10); the mail addresses come from the organisation snapshot instead of a query of their own.
/// Issue 12 set the budget at 10 for both advices and for a remark (they were 15, 20 and 11): one save per action
/// (one command, SQLite included), the session check reads the actor, an action loads no timeline, a remark no rules.
/// </summary>
public class SqlPerVerzoekTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    /// <summary>Issue 12's budget for an advice POST (first or last) and for a remark POST.</summary>
    public const int AdviesBudget = 10;
    public const int LaatsteAdviesBudget = 10;
    public const int OpmerkingBudget = 10;

    /// <summary>
    /// The overview: the totals per project and the page of rows, what the hand-written SQL of the P2 benchmark sends;
    /// the filter lists and the newest workflow version are kept between requests (Pages/Overzicht/Overzichtcache), and
    /// so is a known session with its actor (Identiteit/Sessiecache). It was 6, then 3. Mijn taken: the tasks (was 2).
    /// </summary>
    public const int OverzichtBudget = 2;
    public const int MijnTakenBudget = 1;

    [Fact]
    public async Task Het_overzicht_en_mijn_taken_sturen_niet_meer_sql_opdrachten_dan_de_sessie_en_de_eigen_gegevens()
    {
        await InAdviesAsync();
        var secretariaat = await _route.AlsAsync("secretariaat");
        await secretariaat.PaginaAsync("/Overzicht");
        var overzicht = fabriek.Sql.Tel("/Overzicht", "GET");
        (await secretariaat.PaginaAsync("/Overzicht")).QuerySelectorAll("table.overzicht tbody tr").Length.ShouldBeGreaterThan(0);
        Schrijf("Overzicht", overzicht);

        var financien = await _route.AlsAsync("financien");
        await financien.PaginaAsync("/Taken");
        var taken = fabriek.Sql.Tel("/Taken", "GET");
        (await financien.PaginaAsync("/Taken")).QuerySelectorAll("table tbody tr").Length.ShouldBeGreaterThan(0);
        Schrijf("Mijn taken", taken);

        overzicht.Aantal.ShouldBeLessThanOrEqualTo(OverzichtBudget, "overzicht");
        taken.Aantal.ShouldBeLessThanOrEqualTo(MijnTakenBudget, "mijn taken");
    }

    [Fact]
    public async Task Een_advies_via_het_formulier_blijft_binnen_het_aantal_sql_opdrachten()
    {
        var id = await InAdviesAsync();

        var eerste = await TelAsync("financien", id, new() { ["Invoer.Instemming"] = "true", ["Invoer.Opmerking"] = "Akkoord." });
        (await _route.LaadAsync(id)).Status.ShouldBe("InAdvies", "wacht op het advies personeel");
        var laatste = await TelAsync("personeel", id, new() { ["Invoer.Instemming"] = "true" });
        (await _route.LaadAsync(id)).Status.ShouldNotBe("InAdvies", "het laatste advies brengt het voorstel verder");

        eerste.ShouldBeLessThanOrEqualTo(AdviesBudget, "eerste advies (het voorstel blijft in advies)");
        laatste.ShouldBeLessThanOrEqualTo(LaatsteAdviesBudget, "laatste advies (het voorstel gaat naar de volgende poort)");
    }

    [Fact]
    public async Task Een_opmerking_via_het_formulier_blijft_binnen_het_aantal_sql_opdrachten()
    {
        var telling = await OpmerkingAsync();
        telling.Aantal.ShouldBeLessThanOrEqualTo(OpmerkingBudget);
    }

    [Fact]
    public async Task Een_opmerking_leest_van_de_organisatie_alleen_de_steller()
    {
        var telling = await OpmerkingAsync();
        // The organisation snapshot of a transition reads every role holder, afdelingshoofd and primary advisor; a remark
        // opens no task, and its one mail goes to the steller (MailPerGebeurtenisTests).
        telling.Commando.ShouldNotContain(sql => sql.Contains("\"Rolhouders\"") || sql.Contains("\"AfdelingshoofdId\""));
    }

    private async Task<SqlTeller.Telling> OpmerkingAsync()
    {
        var id = await InAdviesAsync();
        var klant = await _route.AlsAsync("financien");
        var formulier = (await klant.PaginaAsync($"/Voorstellen/{id}")).QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[data-opmerking]")!;
        var telling = fabriek.Sql.Tel($"/Voorstellen/{id}/Opmerking");
        var antwoord = await klant.VerstuurAsync($"/Voorstellen/{id}", formulier, new() { ["tekst"] = "Kan de dekking nog worden toegelicht?" });
        antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        (await _route.LaadAsync(id)).Gebeurtenissen.ShouldContain(g => g.Omschrijving == "Opmerking: Kan de dekking nog worden toegelicht?");

        Schrijf("Opmerking van financien", telling);
        return telling;
    }

    private async Task<int> InAdviesAsync()
    {
        var velden = Route.VolledigVoorstel("Telling van SQL per advies");
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "60.000";
        velden["Invoer.Dekking"] = "Voorjaarsnota";
        velden["Invoer.FormatieveConsequenties"] = "true";
        velden["Invoer.Fte"] = "0,67";
        var (bijlage, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, w) in bijlage) velden[k] = w;
        var id = await _route.IndienenAsync("steller", velden, bestanden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("InAdvies");
        v.Taken.Where(t => t.IsOpen).Select(t => t.Aspect).ShouldBe([Aspect.Financien, Aspect.Personeel], ignoreOrder: true);
        return id;
    }

    private async Task<int> TelAsync(string wie, int id, Dictionary<string, string?> velden)
    {
        var klant = await _route.AlsAsync(wie);
        var pad = $"/Voorstellen/{id}/Actie/{Triggers.AdviesUitbrengen}";
        var telling = fabriek.Sql.Tel(pad); // counts the POST only, not the GET of the form before it
        var antwoord = await klant.VerstuurAsync(pad, velden);
        antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(antwoord));

        Schrijf($"Advies van {wie}", telling);
        return telling.Aantal;
    }

    private static void Schrijf(string wat, SqlTeller.Telling telling)
    {
        var uit = TestContext.Current.TestOutputHelper!;
        uit.WriteLine($"{wat}: {telling.Aantal} SQL-opdrachten");
        foreach (var (sql, i) in telling.Commando.Select((s, i) => (s, i)))
            uit.WriteLine($"--- {i + 1}\n{sql}");
    }
}
