using Besluitvorming.Web.Data;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// The demo trajecten: Thuis in de Buurt's 23 accommodaties at varied steps with the pilots furthest, waiting at their
/// decision moment for the demo proposals about them (linked both ways), and the voorzieningenprogramma waiting in
/// phase A for demo proposal 26-00003, linked both ways.
/// </summary>
public sealed class DemoTrajectenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private static readonly string[] Route =
    [
        "Stakeholderbijeenkomst", "Veerkrachtdialoog", "VisieEnActiviteitenplan", "Trainingsbijeenkomsten", "IndividueleCoaching",
        "BedrijfsplanEnExploitatie", "Besluitmoment", "AfsprakenVastgelegd", "Evaluatie",
    ];

    private async Task<List<Traject>> TrajectenAsync(string project)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var ids = await db.Trajecten.Where(t => db.Projecten.Any(p => p.Id == t.ProjectId && p.Naam == project)).Select(t => t.Id).ToListAsync();
        var lijst = new List<Traject>();
        foreach (var id in ids) lijst.Add((await dienst.LaadAsync(id))!);
        return lijst;
    }

    [Fact]
    public async Task Thuis_in_de_buurt_heeft_23_accommodaties_met_de_pilots_het_verst()
    {
        var trajecten = await TrajectenAsync("Thuis in de Buurt");

        trajecten.Count.ShouldBe(23);
        trajecten.ShouldAllBe(t => t.WorkflowNaam == "thuis-in-de-buurt-accommodatie" && t.Kern != null);
        var pilots = trajecten.Where(t => t.Naam == "Wij(k)huis de Haard" || t.Naam == "Plekkenmakers de Bongerd").ToList();
        pilots.Select(p => (p.Naam, p.Kern, p.Status)).ShouldBe([
            ("Wij(k)huis de Haard", "Oss – de Ruwaard", "Besluitmoment"), ("Plekkenmakers de Bongerd", "Macharen", "Besluitmoment")], ignoreOrder: true);
        var anderen = trajecten.Except(pilots).ToList();
        anderen.ShouldAllBe(t => t.Naam.EndsWith("(demo)"), "namen die de seeds niet geven, zijn als demo gemarkeerd");
        anderen.Max(t => Array.IndexOf(Route, t.Status)).ShouldBeLessThan(pilots.Min(p => Array.IndexOf(Route, p.Status)));
        anderen.Select(t => t.Status).Distinct().Count().ShouldBeGreaterThanOrEqualTo(6, "verschillende stappen");
        trajecten.Where(t => t.Groep != null).Select(t => t.Groep).Distinct().ShouldBe(["Pilot", "Groep 1", "Groep 2"], ignoreOrder: true);

        // Days in step vary, started in the past of the app's clock; done steps carry their evidence.
        var nu = fabriek.Klok.GetUtcNow().UtcDateTime;
        trajecten.ShouldAllBe(t => t.Stappen[0].GeopendOp < nu.AddDays(-1));
        trajecten.Select(t => t.StatusSinds.Date).Distinct().Count().ShouldBeGreaterThan(10);
        var vandaag = DateOnly.FromDateTime(nu);
        trajecten.Count(t => t.HuidigeStap!.IsTeLaat(vandaag)).ShouldBeInRange(1, 22);
        trajecten.SelectMany(t => t.Stappen).Where(s => s.Uitkomst == StapUitkomst.Voltooid).ShouldAllBe(s => s.Bewijs.Count > 0);
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var bestanden = trajecten.SelectMany(t => t.Stappen).SelectMany(s => s.Bewijs).Select(b => b.BestandId).ToList();
        (await db.Bestanden.CountAsync(b => bestanden.Contains(b.Id))).ShouldBe(bestanden.Count);

    }

    [Theory]
    [InlineData("Wij(k)huis de Haard", "Pilot Wij(k)huis de Haard: verlenging proeftuin")]
    [InlineData("Plekkenmakers de Bongerd", "Plekkenmakers de Bongerd: ontmoeten in Macharen")]
    public async Task Een_pilot_wacht_bij_zijn_besluitmoment_op_het_demovoorstel_erover_en_beide_kennen_elkaar(string pilot, string onderwerp)
    {
        var traject = (await TrajectenAsync("Thuis in de Buurt")).Single(t => t.Naam == pilot);
        using var scope = fabriek.Services.CreateScope();
        var voorstel = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.SingleAsync(v => v.Onderwerp == onderwerp);

        traject.Status.ShouldBe("Besluitmoment");
        traject.WachtOpVoorstelId.ShouldBe(voorstel.Id);
        voorstel.TrajectId.ShouldBe(traject.Id);
    }

    [Fact]
    public async Task Het_voorzieningenprogramma_wacht_in_fase_A_op_voorstel_26_00003_en_beide_kennen_elkaar()
    {
        var vp = (await TrajectenAsync("Voorzieningenprogramma (VNG Spoorboekje)")).ShouldHaveSingleItem();
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var voorstel = await db.Voorstellen.SingleAsync(v => v.Id == vp.WachtOpVoorstelId);

        (vp.Naam, vp.WorkflowNaam, vp.Status).ShouldBe(("Voorzieningenprogramma", "voorzieningenprogramma", "BesluitAnalyse"));
        vp.Stappen[0].Uitkomst.ShouldBe(StapUitkomst.Voltooid);
        voorstel.Registratienummer.ShouldNotBeNull().ShouldEndWith("-00003");
        voorstel.TrajectId.ShouldBe(vp.Id);
    }
}
