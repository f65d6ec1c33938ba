using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Openbaar;

/// <summary>Proposals decided by the college through the domain verbs (as the demo data does), for the publication tests.</summary>
internal static class Besluiten
{
    public static async Task<int> BeslisAsync(BesluitvormingFabriek app, string onderwerp, Openbaarheid openbaarheid,
        DateOnly? openbaarNa = null, (string Naam, bool Openbaar)[]? bijlagen = null, string trigger = Triggers.Instemmen,
        DateOnly? vergadering = null, bool bijlagenOpenbaar = true)
    {
        using var scope = app.Services.CreateScope();
        return await DemoPublicatie.BeslisAsync(scope.ServiceProvider, onderwerp, openbaarheid, openbaarNa, bijlagen ?? [], trigger,
            vergadering ?? app.Klok.Vandaag.AddDays(-1), $"Het college besluit over {onderwerp}.", bijlagenOpenbaar);
    }

    /// <summary>A public proposal that is only submitted: no decision, so nothing to publish.</summary>
    public static async Task<int> IngediendAsync(BesluitvormingFabriek app, string onderwerp) =>
        await new Route(app).IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
}
