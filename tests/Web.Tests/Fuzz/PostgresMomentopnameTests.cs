using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Fuzz;

/// <summary>
/// The fuzzer compares a proposal before and after each post. PostgreSQL returns rows in no fixed order unless asked
/// (its planner and the physical order of the rows decide), so the snapshot must not depend on that order.
/// </summary>
public sealed class PostgresMomentopnameTests(PostgresFabriek fabriek) : IClassFixture<PostgresFabriek>
{
    [Fact]
    public async Task Momentopname_van_een_voorstel_blijft_gelijk_als_postgresql_de_taken_in_een_andere_volgorde_teruggeeft()
    {
        var route = new Route(fabriek);
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel("Fuzz volgorde"));
        await route.DoeAsync("afdelingshoofd", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Graag aanvullen." });
        var fuzzer = new Formulierfuzzer(fabriek, 1);
        var formulier = new Formulierfuzzer.Formulier("steller", $"/Voorstellen/Bewerken/{id}", "post", false,
            $"/Voorstellen/Bewerken/{id}?handler=opslaan", "POST /voorstellen/bewerken/{n}?handler=opslaan", [], [], [], id);
        var voor = await fuzzer.ToestandAsync(formulier);
        voor.Tekst.ShouldContain("\"Soort\": \"Paraaf\"");
        voor.Tekst.ShouldContain("\"Soort\": \"Herzien\"");

        // Nothing changes, only where the rows lie: newest task first, in the table and in its indexes.
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await db.Database.ExecuteSqlRawAsync("""CREATE INDEX "Taken_Id_aflopend" ON "Taken" ("Id" DESC)""");
            await db.Database.ExecuteSqlRawAsync("""CLUSTER "Taken" USING "Taken_Id_aflopend" """);
            await db.Database.ExecuteSqlRawAsync("""DROP INDEX "Taken_Id_aflopend" """);
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Taken" """);
        }

        (await fuzzer.ToestandAsync(formulier)).Tekst.ShouldBe(voor.Tekst);
    }
}
