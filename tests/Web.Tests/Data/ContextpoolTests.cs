using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// The PostgreSQL and SQL Server DbContexts are pooled (issue 12, P1: building one per request was a tenth of an
/// advice's CPU). A context goes back to the pool when its request ends; the next request must get it without anything
/// the last one left. SQLite's contexts are not pooled: each owns a connection of its own.
/// </summary>
public sealed class ContextpoolTests(PostgresFabriek fabriek) : IClassFixture<PostgresFabriek>
{
    [Fact]
    public async Task Elke_sqlite_context_heeft_een_eigen_verbinding()
    {
        using var sqlite = new BesluitvormingFabriek();
        await sqlite.IngelogdAlsAsync("steller");
        using var a = sqlite.Services.CreateScope();
        using var b = sqlite.Services.CreateScope();

        var eerste = a.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Database.GetDbConnection();
        var tweede = b.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Database.GetDbConnection();

        eerste.ShouldBeOfType<Schrijfverbinding>();
        eerste.ShouldNotBeSameAs(tweede, "twee verzoeken tegelijk delen nooit een SQLite-verbinding");
    }

    [Fact]
    public async Task Een_volgend_verzoek_krijgt_de_context_terug_zonder_wat_het_vorige_erin_liet()
    {
        await fabriek.IngelogdAlsAsync("steller");
        BesluitvormingDbContext eerste;
        string id, naam;
        using (var scope = fabriek.Services.CreateScope())
        {
            eerste = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var gebruiker = await eerste.Users.OrderBy(u => u.Id).FirstAsync();
            (id, naam) = (gebruiker.Id, gebruiker.Naam);
            // A request that changed a tracked entity and ended without saving (an error, a refusal).
            gebruiker.Naam = "Niet opgeslagen";
            eerste.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            // A request that loaded a proposal keeps its connection open until it ends (VoorstelDienst).
            await eerste.Database.OpenConnectionAsync();
        }

        // Requests take contexts from the pool in turn (the app's background services too): hold each one taken until
        // the context of the request above comes back.
        var scopes = new List<IServiceScope>();
        try
        {
            BesluitvormingDbContext tweede;
            do
            {
                var scope = fabriek.Services.CreateScope();
                scopes.Add(scope);
                tweede = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            } while (!ReferenceEquals(tweede, eerste) && scopes.Count < 2000);
            tweede.ShouldBeSameAs(eerste, "de context gaat na het verzoek terug in de pool");
            tweede.ChangeTracker.Entries().ShouldBeEmpty();
            tweede.Database.GetDbConnection().State.ShouldBe(System.Data.ConnectionState.Closed, "de verbinding ging terug naar de pool van de database");
            tweede.ChangeTracker.QueryTrackingBehavior.ShouldBe(QueryTrackingBehavior.TrackAll);
            (await tweede.Users.SingleAsync(u => u.Id == id)).Naam.ShouldBe(naam);
            await tweede.SaveChangesAsync();
        }
        finally
        {
            foreach (var scope in scopes) scope.Dispose();
        }
        using (var scope = fabriek.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Users.SingleAsync(u => u.Id == id)).Naam.ShouldBe(naam);
    }
}
