using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Prestaties;

/// <summary>
/// How many SQL statements one action sends, counted by <see cref="SqlTeller"/> and written to the test output with
/// the statements themselves. The bounds are the figures reached (before the domain events and the per-request loading
/// of issue 9: 38 and 42; then 21 and 25, before the rule context was read only for actions that pass a gate or route);
/// a change that adds queries to an action shows here. The last advice reads the meetings for the terugrekenplanning of
/// the DT task it opens (issue 10); the mail addresses come from the organisation snapshot instead of a query of their own.
/// </summary>
public class SqlPerVerzoekTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    public const int AdviesBudget = 10;
    public const int LaatsteAdviesBudget = 10;

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

        var uit = TestContext.Current.TestOutputHelper!;
        uit.WriteLine($"Advies van {wie}: {telling.Aantal} SQL-opdrachten");
        foreach (var (sql, i) in telling.Commando.Select((s, i) => (s, i)))
            uit.WriteLine($"--- {i + 1}\n{sql}");
        return telling.Aantal;
    }
}
