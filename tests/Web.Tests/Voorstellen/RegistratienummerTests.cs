using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Voorstellen;

public class RegistratienummerTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    [Fact]
    public async Task Gelijktijdig_ingediende_voorstellen_krijgen_elk_een_eigen_nummer()
    {
        // Six drafts by three stellers, then all submitted at the same moment.
        var ids = new List<(string Steller, int Id)>();
        foreach (var steller in new[] { "steller", "steller2", "projectleider" })
        {
            var klant = await _route.AlsAsync(steller);
            for (var i = 0; i < 2; i++)
            {
                var antwoord = await klant.VerstuurAsync("/Voorstellen/Bewerken", Route.VolledigVoorstel($"Gelijktijdig {steller} {i}"), knop: "Concept opslaan");
                ids.Add((steller, int.Parse(antwoord.Headers.Location!.OriginalString.Split('/').Last())));
            }
        }

        await Task.WhenAll(ids.Select(async x =>
        {
            var klant = await _route.AlsAsync(x.Steller);
            var antwoord = await klant.VerstuurAsync($"/Voorstellen/Bewerken/{x.Id}", [], knop: "Opslaan en indienen");
            antwoord.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        }));

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nummers = await db.Voorstellen.Where(v => v.Onderwerp.StartsWith("Gelijktijdig")).Select(v => v.Registratienummer).ToListAsync();
        nummers.Count.ShouldBe(6);
        nummers.ShouldAllBe(n => n != null);
        nummers.Distinct().Count().ShouldBe(6);
        var jaar = DateTime.Today.Year % 100;
        nummers.ShouldAllBe(n => n!.StartsWith($"{jaar:D2}-"));
    }
}
