using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Trajecten;

/// <summary>
/// Starts a Thuis in de Buurt traject in a test app for the demo accounts: the projectleider (P. Noten) leads it and the
/// steller (R.B.M. Janzen) owns the steps of role Steller; runs verbs on it as one of them.
/// </summary>
public static class Trajectstart
{
    public const string Definitie = "thuis-in-de-buurt-accommodatie";

    public static async Task<int> StartAsync(BesluitvormingFabriek fabriek, string naam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dienst = scope.ServiceProvider.GetRequiredService<TrajectDienst>();
        var leider = await ActorAsync(db, "projectleider");
        var steller = await ActorAsync(db, "steller");
        var project = await db.Projecten.Select(p => (int?)p.Id).FirstOrDefaultAsync();
        var traject = Traject.Start(await dienst.NieuwsteDefinitieAsync(Definitie), naam, project, new Taakhouder(leider.Id, leider.Naam),
            new Dictionary<string, Taakhouder> { [Rollen.Steller] = new(steller.Id, steller.Naam) }, leider,
            fabriek.Klok.GetUtcNow().UtcDateTime, kern: "Testdorp");
        await dienst.StartAsync(traject);
        return traject.Id;
    }

    /// <summary>Runs a verb as the demo account <paramref name="gebruikersnaam"/> through the one handling path.</summary>
    public static async Task VoerAsync(BesluitvormingFabriek fabriek, int id, string gebruikersnaam,
        Action<Traject, Besluitvorming.Workflows.Definities.WorkflowDefinitie, Actor, DateTime> verb)
    {
        using var scope = fabriek.Services.CreateScope();
        var actor = await ActorAsync(scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>(), gebruikersnaam);
        await scope.ServiceProvider.GetRequiredService<TrajectDienst>().VoerAsync(id, verb, actor);
    }

    public static async Task<Traject> LaadAsync(BesluitvormingFabriek fabriek, int id)
    {
        using var scope = fabriek.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<TrajectDienst>().LaadAsync(id))!;
    }

    public static async Task<Actor> ActorAsync(BesluitvormingDbContext db, string gebruikersnaam) =>
        await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync());
}
