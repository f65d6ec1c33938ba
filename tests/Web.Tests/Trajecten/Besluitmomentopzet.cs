using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// A traject of the demo project Thuis in de Buurt (projectleider P. Noten, the demo account <c>projectleider</c>), its steps
/// driven through <see cref="TrajectDienst"/>, and its decision moment started over HTTP and its proposal taken through the
/// gates by the demo accounts (<see cref="Route"/>).
/// </summary>
internal sealed class Besluitmomentopzet(BesluitvormingFabriek fabriek)
{
    public Route Route { get; } = new(fabriek);

    public async Task<Actor> ActorAsync(string gebruikersnaam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var id = await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync();
        return await ActorLader.LaadAsync(db, id);
    }

    /// <summary>Starts a traject in Thuis in de Buurt whose steller steps are owned by the demo account <c>steller</c>.</summary>
    public async Task<(int ProjectId, int TrajectId)> StartAsync(string workflow, string naam)
    {
        var leider = await ActorAsync("projectleider");
        var steller = await ActorAsync("steller");
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var projectId = await db.Projecten.Where(p => p.Naam == "Thuis in de Buurt").Select(p => p.Id).SingleAsync();
        var traject = Traject.Start(await dienst.NieuwsteDefinitieAsync(workflow), naam, projectId, new Taakhouder(leider.Id, leider.Naam),
            new Dictionary<string, Taakhouder> { [Rollen.Steller] = new(steller.Id, steller.Naam) }, leider, fabriek.Klok.GetUtcNow().UtcDateTime);
        await dienst.StartAsync(traject);
        return (projectId, traject.Id);
    }

    /// <summary>
    /// Completes steps as the projectleider, with the evidence each needs, until the traject stands at <paramref name="stap"/>.
    /// A decision moment on the way is decided in the domain alone (no proposal): it is not what the caller tests.
    /// </summary>
    public async Task TotAsync(int trajectId, string stap)
    {
        var leider = await ActorAsync("projectleider");
        for (var i = 0; i < 30; i++)
        {
            using var scope = fabriek.Services.CreateScope();
            var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
            var traject = (await dienst.LaadAsync(trajectId))!;
            if (traject.Status == stap) return;
            var definitie = await dienst.DefinitieAsync(traject);
            if (definitie.Status(traject.Status).Besluitmoment is not null)
                await dienst.VoerAsync(trajectId, (t, d, a, nu) =>
                {
                    t.StartBesluitmoment(d, a, int.MaxValue, nu);
                    t.VerwerkBesluit(d, int.MaxValue, Besluituitkomst.Ingestemd, nu);
                }, leider);
            else
                await dienst.VoerAsync(trajectId, (t, d, a, nu) => t.Voltooien(d, a,
                    d.Status(t.Status).VereistBewijs.Select(s => new Bewijs(Guid.NewGuid(), s, $"{s.ToLowerInvariant()}.pdf")).ToList(), null, nu), leider);
        }
        throw new InvalidOperationException($"Stap '{stap}' is niet bereikt.");
    }

    public async Task<Traject> LaadAsync(int trajectId)
    {
        using var scope = fabriek.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<TrajectDienst>().LaadAsync(trajectId))!;
    }

    public static string Url(int projectId, int trajectId) => $"/Projecten/{projectId}/Trajecten/{trajectId}/Besluitmoment";

    /// <summary>Starts the decision moment as <paramref name="wie"/> through the confirmation page; returns the new proposal's id.</summary>
    public async Task<int> StartBesluitmomentAsync(int projectId, int trajectId, string wie = "projectleider")
    {
        var klant = await Route.AlsAsync(wie);
        var antwoord = await klant.VerstuurAsync(Url(projectId, trajectId), []);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        return (await LaadAsync(trajectId)).WachtOpVoorstelId.ShouldNotBeNull();
    }

    /// <summary>The steller completes the prefilled concept (keeping its onderwerp and aanleiding) and submits it.</summary>
    public async Task IndienenAsync(string steller, int voorstelId, bool? raadsbesluitNodig = null)
    {
        var velden = Route.VolledigVoorstel("");
        velden.Remove("Invoer.Onderwerp");
        velden.Remove("Invoer.Aanleiding");
        if (raadsbesluitNodig is { } nodig) velden["Invoer.RaadsbesluitNodig"] = nodig ? "true" : "false";
        var klant = await Route.AlsAsync(steller);
        var antwoord = await klant.VerstuurAsync($"/Voorstellen/Bewerken/{voorstelId}", velden, knop: "Opslaan en indienen");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        (await Route.LaadAsync(voorstelId)).Registratienummer.ShouldNotBeNull();
    }

    /// <summary>Submitted proposal (no advice, no OR) through the paraaf and the DT to the college.</summary>
    public async Task NaarCollegeAsync(int voorstelId)
    {
        await Route.DoeAsync("afdelingshoofd", voorstelId, Triggers.Paraferen);
        await Route.DoeAsync("dtsecretaris", voorstelId, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await Route.LaadAsync(voorstelId)).Status.ShouldBe("CollegeVanBW");
    }

    public Task CollegeBesluitAsync(int voorstelId, string trigger) =>
        Route.DoeAsync("secretariaat", voorstelId, trigger, new()
        {
            ["Invoer.Datum"] = Route.Datum(21), ["Invoer.Volgnummer"] = "3", ["Invoer.Tekst"] = "Het college besluit overeenkomstig.",
        });
}
