using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// The DbContexts are pooled (issue 12, P1: building one per request was a tenth of an advice's CPU). A context goes
/// back to the pool when its request ends; the next request must get it without anything the last one left. A pooled
/// SQLite context keeps a connection of its own (a <see cref="Schrijfverbinding"/>), closed between requests.
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
    public async Task Een_sqlite_context_komt_terug_met_zijn_eigen_verbinding_gesloten_en_zonder_schrijfbeurt()
    {
        using var sqlite = new BesluitvormingFabriek();
        await sqlite.IngelogdAlsAsync("steller");
        BesluitvormingDbContext eerste;
        Schrijfverbinding verbinding;
        using (var scope = sqlite.Services.CreateScope())
        {
            eerste = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            verbinding = (Schrijfverbinding)eerste.Database.GetDbConnection();
            (await eerste.Users.OrderBy(u => u.Id).FirstAsync()).Naam = "Niet opgeslagen";
            // A request that ended inside its write transaction (an error before the commit): it held the file's gate.
            await eerste.Database.BeginTransactionAsync();
            verbinding.HoudtPoort.ShouldBeTrue();
        }

        var scopes = new List<IServiceScope>();
        try
        {
            var tweede = NeemTotTerug(sqlite.Services, eerste, scopes, 200);
            tweede.ShouldBeSameAs(eerste, "de context gaat na het verzoek terug in de pool");
            tweede.ChangeTracker.Entries().ShouldBeEmpty();
            tweede.Database.GetDbConnection().ShouldBeSameAs(verbinding, "een context houdt zijn eigen verbinding");
            verbinding.State.ShouldBe(System.Data.ConnectionState.Closed);
            verbinding.HoudtPoort.ShouldBeFalse("de schrijfbeurt van het vorige verzoek is teruggegeven");
            // EF Core's own SQL functions are on the connection, as on one it made itself.
            (await tweede.Database.SqlQueryRaw<bool>("SELECT 'advies' REGEXP 'vi' AS \"Value\"").SingleAsync()).ShouldBeTrue();
            // Another context can write at once: nothing holds the gate.
            using var ander = sqlite.Services.CreateScope();
            var db = ander.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            db.ShouldNotBeSameAs(tweede);
            await using var tx = await db.Database.BeginTransactionAsync();
            await tx.CommitAsync();
        }
        finally
        {
            foreach (var scope in scopes) scope.Dispose();
        }
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

        var scopes = new List<IServiceScope>();
        try
        {
            var tweede = NeemTotTerug(fabriek.Services, eerste, scopes, 2000);
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

    /// <summary>
    /// Requests take contexts from the pool in turn (the app's background services too): takes contexts, holding each
    /// one taken, until <paramref name="eerste"/> comes back or <paramref name="hoogstens"/> scopes are held.
    /// </summary>
    private static BesluitvormingDbContext NeemTotTerug(IServiceProvider diensten, BesluitvormingDbContext eerste,
        List<IServiceScope> scopes, int hoogstens)
    {
        BesluitvormingDbContext volgende;
        do
        {
            var scope = diensten.CreateScope();
            scopes.Add(scope);
            volgende = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        } while (!ReferenceEquals(volgende, eerste) && scopes.Count < hoogstens);
        return volgende;
    }
}
