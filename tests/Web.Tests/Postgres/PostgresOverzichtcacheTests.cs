using Besluitvorming.Web.Pages.Overzicht;
using Besluitvorming.Web.Tests.Overzicht;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>
/// Two instances on one PostgreSQL database (as the cluster runs): a project saved on A, and a proposal submitted on A,
/// reach what B's overview keeps (filter lists, count per project) through NOTIFY at A's commit, so B's next overview
/// shows them without waiting for its copy to expire.
/// </summary>
public sealed class PostgresOverzichtcacheTests
{
    /// <summary>Waits (no sleep: on B's own signal) until <paramref name="klaar"/> holds, at most 30 s.</summary>
    private static Task WachtAsync(Overzichtcache lijsten, Func<bool> klaar, string wat) =>
        Signaalwacht.WachtAsync(k => lijsten.StandGewijzigd += k, k => lijsten.StandGewijzigd -= k, klaar, wat);

    [Fact]
    public async Task Een_project_en_een_indiening_op_instantie_A_staan_na_de_commit_in_het_overzicht_van_instantie_B()
    {
        using var a = new PostgresFabriek();
        var secretariaatA = await new Route(a).AlsAsync("secretariaat");
        using var b = new PostgresFabriek();
        b.ExtraInstellingen["Database:ConnectionString"] = a.ExtraInstellingen["Database:ConnectionString"];
        var secretariaatB = await new Route(b).AlsAsync("secretariaat");
        var lijstenB = b.Services.GetRequiredService<Overzichtcache>();
        await WachtAsync(lijstenB, () => lijstenB.Luistert, "B luistert naar wijzigingen");
        OverzichtcacheTests.Opties(await secretariaatB.PaginaAsync("/Overzicht"), "ProjectId").ShouldNotContain("Zonnepark Hoge Veld");
        OverzichtcacheTests.Opties(await secretariaatA.PaginaAsync("/Overzicht"), "ProjectId").ShouldNotContain("Zonnepark Hoge Veld");
        var stand = lijstenB.Stand;

        await OverzichtcacheTests.VoegProjectToeAsync(a, "Zonnepark Hoge Veld");

        OverzichtcacheTests.Opties(await secretariaatA.PaginaAsync("/Overzicht"), "ProjectId").ShouldContain("Zonnepark Hoge Veld");
        await WachtAsync(lijstenB, () => lijstenB.Stand > stand, "B hoort de NOTIFY van A");
        OverzichtcacheTests.Opties(await secretariaatB.PaginaAsync("/Overzicht"), "ProjectId").ShouldContain("Zonnepark Hoge Veld");

        // A submission on A changes the count per project that B keeps.
        OverzichtcacheTests.Totalen(await secretariaatB.PaginaAsync("/Overzicht")).ShouldBe(await OverzichtcacheTests.WaarheidAsync(a));
        stand = lijstenB.Stand;
        await new Route(a).IndienenAsync("steller", Route.VolledigVoorstel("Zonnepark: participatie omwonenden"));
        await WachtAsync(lijstenB, () => lijstenB.Stand > stand, "B hoort de indiening op A");
        OverzichtcacheTests.Totalen(await secretariaatB.PaginaAsync("/Overzicht")).ShouldBe(await OverzichtcacheTests.WaarheidAsync(a));
    }
}
