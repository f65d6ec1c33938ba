using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// A traject from its first step to the end through a real collegevoorstel started at its decision moment: prefilled from
/// the project and the traject, linked both ways, and the college's decision moving the traject in the same transaction.
/// </summary>
public class BesluitmomentRouteTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Besluitmomentopzet _opzet = new(fabriek);

    [Fact]
    public async Task Een_traject_loopt_van_de_eerste_stap_tot_evaluatie_via_een_collegevoorstel_waarmee_het_college_instemt()
    {
        var (projectId, trajectId) = await _opzet.StartAsync("thuis-in-de-buurt-accommodatie", "Dorpshuis Ravenstein (demo)");
        await _opzet.TotAsync(trajectId, "Besluitmoment");
        var leider = await _opzet.ActorAsync("projectleider");

        // The confirmation page shows what will be prefilled and changes nothing.
        var klant = await _opzet.Route.AlsAsync("projectleider");
        var pagina = await klant.PaginaAsync(Besluitmomentopzet.Url(projectId, trajectId));
        pagina.QuerySelector("[data-veld=onderwerp]")!.TextContent.ShouldBe("Besluitmoment bedrijfsplan: Dorpshuis Ravenstein (demo)");
        pagina.QuerySelector("[data-veld=steller]")!.TextContent.ShouldBe("P. Noten (eigenaar van de stap)");
        pagina.QuerySelector("[data-veld=project]")!.TextContent.ShouldBe("Thuis in de Buurt");
        (await _opzet.LaadAsync(trajectId)).WachtOpVoorstelId.ShouldBeNull();

        var antwoord = await klant.VerstuurAsync(Besluitmomentopzet.Url(projectId, trajectId), []);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var id = (await _opzet.LaadAsync(trajectId)).WachtOpVoorstelId.ShouldNotBeNull();
        antwoord.Headers.Location!.OriginalString.ShouldBe($"/Voorstellen/Bewerken/{id}", "de projectleider is hier zelf de steller");

        var voorstel = await _opzet.Route.LaadAsync(id);
        voorstel.Status.ShouldBe("Concept");
        voorstel.Onderwerp.ShouldBe("Besluitmoment bedrijfsplan: Dorpshuis Ravenstein (demo)");
        voorstel.StellerId.ShouldBe(leider.Id);
        voorstel.ProjectId.ShouldBe(projectId);
        voorstel.TrajectId.ShouldBe(trajectId);
        voorstel.Programma.ShouldBe("Sociaal domein");
        voorstel.RaadsbesluitNodig.ShouldBeFalse();
        voorstel.Aanleiding!.ShouldContain("traject 'Dorpshuis Ravenstein (demo)' in project 'Thuis in de Buurt'");
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            voorstel.AfdelingId.ShouldBe(await db.Projecten.Where(p => p.Id == projectId).Select(p => p.AfdelingId!.Value).SingleAsync());
        }

        // The proposal links back to its traject.
        var voorstelpagina = await klant.PaginaAsync($"/Voorstellen/{id}");
        var link = voorstelpagina.QuerySelector("a[data-traject]")!;
        link.GetAttribute("href").ShouldBe($"/Projecten/{projectId}/Trajecten/{trajectId}");
        link.TextContent.ShouldBe("Besluitmoment van traject Dorpshuis Ravenstein (demo) (project Thuis in de Buurt)");

        await _opzet.IndienenAsync("projectleider", id);
        await _opzet.NaarCollegeAsync(id);
        (await _opzet.LaadAsync(trajectId)).Status.ShouldBe("Besluitmoment", "het traject wacht op het besluit");

        await _opzet.CollegeBesluitAsync(id, Triggers.InstemmenMetWijzigingen);
        (await _opzet.Route.LaadAsync(id)).Status.ShouldBe("Gepubliceerd");
        var traject = await _opzet.LaadAsync(trajectId);
        traject.Status.ShouldBe("AfsprakenVastgelegd");
        var besluitmoment = traject.Stappen.Single(s => s.Stap == "Besluitmoment");
        besluitmoment.Uitkomst.ShouldBe(StapUitkomst.Ingestemd);
        besluitmoment.VoorstelId.ShouldBe(id);
        traject.Gebeurtenissen.Select(g => g.Omschrijving).ShouldContain($"Voorstel {id} ingestemd");

        await _opzet.TotAsync(trajectId, "Evaluatie");
        await _opzet.TotAsync(trajectId, "Afgerond");
        traject = await _opzet.LaadAsync(trajectId);
        traject.HuidigeStap.ShouldBeNull();
        traject.Stappen.Select(s => s.Stap).ShouldBe(["Stakeholderbijeenkomst", "Veerkrachtdialoog", "VisieEnActiviteitenplan",
            "Trainingsbijeenkomsten", "IndividueleCoaching", "BedrijfsplanEnExploitatie", "Besluitmoment", "AfsprakenVastgelegd", "Evaluatie"]);
    }

    [Fact]
    public async Task Een_voorstel_dat_het_college_afwijst_stuurt_het_traject_terug_naar_de_planningsstap()
    {
        var (projectId, trajectId) = await _opzet.StartAsync("thuis-in-de-buurt-accommodatie", "Dorpshuis Megen (demo)");
        await _opzet.TotAsync(trajectId, "Besluitmoment");
        var id = await _opzet.StartBesluitmomentAsync(projectId, trajectId);
        await _opzet.IndienenAsync("projectleider", id);
        await _opzet.NaarCollegeAsync(id);

        await _opzet.CollegeBesluitAsync(id, Triggers.Afwijzen);

        (await _opzet.Route.LaadAsync(id)).Status.ShouldBe("Gepubliceerd", "een openbare afwijzing wordt meteen gepubliceerd");
        var traject = await _opzet.LaadAsync(trajectId);
        traject.Status.ShouldBe("BedrijfsplanEnExploitatie");
        traject.WachtOpVoorstelId.ShouldBeNull();
        traject.Stappen.Single(s => s.Stap == "Besluitmoment").Uitkomst.ShouldBe(StapUitkomst.Afgewezen);
        traject.Stappen[^1].Stap.ShouldBe("BedrijfsplanEnExploitatie");
        traject.Stappen[^1].IsOpen.ShouldBeTrue();
    }
}
