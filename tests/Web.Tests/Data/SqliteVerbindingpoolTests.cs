using Besluitvorming.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// The SQLite contexts' connections stay open in the <see cref="SqliteVerbindingpool"/> between requests and keep the
/// statements they prepared (issue 12, P1), on a real SQLite file through EF Core: every request still sees its own
/// parameter values and nothing of another request's transaction, lock or reader, and writes still queue at the
/// <see cref="Schrijfpoort"/>. A "request" here is one <see cref="SqliteVerbindingpool.Gebruik"/>, as a DI scope's.
/// </summary>
public sealed class SqliteVerbindingpoolTests : IDisposable
{
    private static readonly TimeSpan Uiterlijk = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("besluitvorming-verbindingpool-");
    private readonly string _verbinding;
    private readonly SqliteVerbindingpool _pool;

    public SqliteVerbindingpoolTests()
    {
        _verbinding = $"Data Source={Path.Combine(_map.FullName, "proef.db")};Default Timeout=30";
        _pool = new SqliteVerbindingpool(_verbinding);
        using var gebruik = new SqliteVerbindingpool.Gebruik(_pool);
        using var db = new Proefcontext(gebruik.Verbinding);
        db.Database.EnsureCreated();
        db.Regels.AddRange(new Regel { Id = 1, Tekst = "een" }, new Regel { Id = 2, Tekst = "twee" }, new Regel { Id = 3, Tekst = "drie" });
        db.SaveChanges();
    }

    [Fact]
    public async Task Volgend_verzoek_hergebruikt_de_voorbereide_opdracht_met_zijn_eigen_parameterwaarden()
    {
        Schrijfverbinding eerste;
        List<SqliteCommand> voorbereid;
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            eerste = gebruik.Verbinding;
            await using var db = new Proefcontext(eerste);
            (await TekstVanAsync(db, 1)).ShouldBe("een");
            voorbereid = [.. eerste.BewaardeOpdrachten];
            voorbereid.ShouldNotBeEmpty();
        }

        foreach (var (id, tekst) in new[] { (2, "twee"), (3, "drie"), (4, null), (1, "een") })
        {
            using var gebruik = new SqliteVerbindingpool.Gebruik(_pool);
            gebruik.Verbinding.ShouldBeSameAs(eerste, "de verbinding bleef open in de pool");
            await using var db = new Proefcontext(gebruik.Verbinding);
            (await TekstVanAsync(db, id)).ShouldBe(tekst);
            gebruik.Verbinding.BewaardeOpdrachten.ShouldBe(voorbereid, ignoreOrder: true,
                "dezelfde query draait op de opdracht (en het statement) die het eerste verzoek voorbereidde");
        }
    }

    [Fact]
    public async Task Een_volgend_verzoek_van_de_app_draait_zijn_query_op_het_statement_dat_al_voorbereid_was()
    {
        using var app = new BesluitvormingFabriek();
        await app.IngelogdAlsAsync("steller");
        Schrijfverbinding verbinding;
        SQLitePCL.sqlite3_stmt statement;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            (await NaamVanAsync(db, "steller")).ShouldNotBeNull();
            verbinding = (Schrijfverbinding)db.Database.GetDbConnection();
            statement = Statement(verbinding);
        }

        // The app's background services take connections from the pool too: hold each one taken until ours comes back.
        var scopes = new List<IServiceScope>();
        try
        {
            BesluitvormingDbContext db;
            do
            {
                var scope = app.Services.CreateScope();
                scopes.Add(scope);
                db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            } while (!ReferenceEquals(db.Database.GetDbConnection(), verbinding) && scopes.Count < 100);
            db.Database.GetDbConnection().ShouldBeSameAs(verbinding, "de verbinding gaat na het verzoek terug in de pool");

            (await NaamVanAsync(db, "niemand")).ShouldBeNull();
            (await NaamVanAsync(db, "steller")).ShouldNotBeNull();
            Statement(verbinding).ShouldBeSameAs(statement);
            // EF Core registering its functions on the connection again for the new context would expire it.
            SQLitePCL.raw.sqlite3_stmt_status(statement, SqliteOpnieuwVoorbereid, 0).ShouldBe(0,
                "het statement van het eerste verzoek is niet opnieuw voorbereid");
        }
        finally
        {
            foreach (var scope in scopes) scope.Dispose();
        }
    }

    private const int SqliteOpnieuwVoorbereid = 5; // SQLITE_STMTSTATUS_REPREPARE

    private const string Merk = "proef-verbindingpool";

    private static Task<string?> NaamVanAsync(BesluitvormingDbContext db, string gebruikersnaam) =>
        db.Users.TagWith(Merk).Where(u => u.UserName == gebruikersnaam).Select(u => u.Naam).FirstOrDefaultAsync()!;

    /// <summary>The prepared statement of the connection's kept command for the tagged query (Microsoft.Data.Sqlite's own field).</summary>
    private static SQLitePCL.sqlite3_stmt Statement(Schrijfverbinding verbinding)
    {
        var opdracht = verbinding.BewaardeOpdrachten.Single(o => o.CommandText.Contains(Merk));
        var veld = typeof(SqliteCommand).GetField("_preparedStatements",
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return ((List<(SQLitePCL.sqlite3_stmt Statement, int ParamCount)>)veld.GetValue(opdracht)!).Single().Statement;
    }

    [Fact]
    public async Task Gelijktijdige_verzoeken_zien_elk_hun_eigen_waarden_en_schrijven_na_elkaar()
    {
        var verzoeken = Enumerable.Range(10, 24).Select(id => Task.Run(async () =>
        {
            using var gebruik = new SqliteVerbindingpool.Gebruik(_pool);
            await using var db = new Proefcontext(gebruik.Verbinding);
            db.Regels.Add(new Regel { Id = id, Tekst = $"regel {id}" });
            await db.SaveChangesAsync();
            return (id, tekst: await TekstVanAsync(db, id));
        })).ToList();

        foreach (var (id, tekst) in await Task.WhenAll(verzoeken).WaitAsync(Uiterlijk))
            tekst.ShouldBe($"regel {id}");
        Teksten().Count.ShouldBe(3 + 24);
        Schrijfpoort.Voor(_verbinding)!.Wachtenden.ShouldBe(0);
    }

    [Fact]
    public async Task Schrijver_op_een_bewaarde_verbinding_wacht_bij_de_poort_tot_de_eerste_commit()
    {
        var poort = Schrijfpoort.Voor(_verbinding)!;
        // Both connections have prepared the insert before, so the second writer runs on a kept statement.
        using var houderGebruik = new SqliteVerbindingpool.Gebruik(_pool);
        using var tweedeGebruik = new SqliteVerbindingpool.Gebruik(_pool);
        foreach (var (gebruik, id) in new[] { (houderGebruik, 20), (tweedeGebruik, 21) })
        {
            await using var db = new Proefcontext(gebruik.Verbinding);
            db.Regels.Add(new Regel { Id = id, Tekst = "vooraf" });
            await db.SaveChangesAsync();
        }

        await using var houder = new Proefcontext(houderGebruik.Verbinding);
        await using var tx = await houder.Database.BeginTransactionAsync();
        houder.Regels.Add(new Regel { Id = 30, Tekst = "eerste" });
        await houder.SaveChangesAsync();

        var inDeRij = WachtOpRij(poort, 1);
        var tweede = Task.Run(async () =>
        {
            await using var db = new Proefcontext(tweedeGebruik.Verbinding);
            db.Regels.Add(new Regel { Id = 31, Tekst = "tweede" });
            await db.SaveChangesAsync();
        });
        await inDeRij.WaitAsync(Uiterlijk);
        tweede.IsCompleted.ShouldBeFalse("de tweede schrijver wacht op zijn beurt");

        await tx.CommitAsync();
        await tweede.WaitAsync(Uiterlijk);
        Teksten().ShouldContain("eerste");
        Teksten().ShouldContain("tweede");
        poort.Wachtenden.ShouldBe(0);
    }

    [Fact]
    public async Task Mislukte_opdracht_laat_de_verbinding_schoon_voor_het_volgende_verzoek()
    {
        Schrijfverbinding verbinding;
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            verbinding = gebruik.Verbinding;
            await using var db = new Proefcontext(verbinding);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Regels (Id, Tekst) VALUES ({0}, {1})", 40, "veertig");
            await Should.ThrowAsync<SqliteException>(() =>
                db.Database.ExecuteSqlRawAsync("INSERT INTO Regels (Id, Tekst) VALUES ({0}, {1})", 40, "dubbel"));
            verbinding.HoudtPoort.ShouldBeFalse();
            // The same statement, prepared and failed, runs again with new values.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Regels (Id, Tekst) VALUES ({0}, {1})", 41, "eenenveertig");
        }

        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            gebruik.Verbinding.ShouldBeSameAs(verbinding);
            await using var db = new Proefcontext(gebruik.Verbinding);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Regels (Id, Tekst) VALUES ({0}, {1})", 42, "tweeenveertig");
        }
        Teksten().ShouldBe(["een", "twee", "drie", "veertig", "eenenveertig", "tweeenveertig"]);
        await NieuweSchrijverGaatMeteenDoorAsync();
    }

    [Fact]
    public async Task Open_transactie_gaat_niet_mee_naar_het_volgende_verzoek()
    {
        Schrijfverbinding verbinding;
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            verbinding = gebruik.Verbinding;
            // Begun on the connection itself, behind EF Core's back: nothing disposes it before the request ends.
            var tx = await verbinding.BeginTransactionAsync();
            await using var db = new Proefcontext(verbinding);
            await db.Database.UseTransactionAsync(tx);
            db.Regels.Add(new Regel { Id = 50, Tekst = "niet vastgelegd" });
            await db.SaveChangesAsync();
            verbinding.HoudtPoort.ShouldBeTrue();
        }

        verbinding.State.ShouldBe(System.Data.ConnectionState.Closed, "een verbinding met een open transactie gaat dicht");
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            gebruik.Verbinding.ShouldNotBeSameAs(verbinding);
            await using var db = new Proefcontext(gebruik.Verbinding);
            (await TekstVanAsync(db, 50)).ShouldBeNull();
        }
        await NieuweSchrijverGaatMeteenDoorAsync();
        Teksten().ShouldNotContain("niet vastgelegd");
    }

    [Fact]
    public async Task Teruggedraaide_transactie_laat_niets_achter_voor_het_volgende_verzoek()
    {
        Schrijfverbinding verbinding;
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            verbinding = gebruik.Verbinding;
            await using var db = new Proefcontext(verbinding);
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Regels.Add(new Regel { Id = 60, Tekst = "teruggedraaid" });
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            gebruik.Verbinding.ShouldBeSameAs(verbinding, "na de rollback is de verbinding schoon");
            await using var db = new Proefcontext(gebruik.Verbinding);
            (await TekstVanAsync(db, 60)).ShouldBeNull();
            db.Regels.Add(new Regel { Id = 60, Tekst = "opnieuw" });
            await db.SaveChangesAsync();
        }
        Teksten().ShouldContain("opnieuw");
        await NieuweSchrijverGaatMeteenDoorAsync();
    }

    [Fact]
    public async Task Verbinding_met_een_open_lezer_gaat_niet_terug_naar_de_pool()
    {
        Schrijfverbinding verbinding;
        SqliteDataReader lezer;
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
        {
            verbinding = gebruik.Verbinding;
            var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "SELECT Tekst FROM Regels ORDER BY Id";
            lezer = await opdracht.ExecuteReaderAsync();
            (await lezer.ReadAsync()).ShouldBeTrue();
        }

        // Its read would otherwise pin the next request to a snapshot from before later commits.
        verbinding.State.ShouldBe(System.Data.ConnectionState.Closed);
        using (var gebruik = new SqliteVerbindingpool.Gebruik(_pool))
            gebruik.Verbinding.ShouldNotBeSameAs(verbinding);
    }

    private static async Task<string?> TekstVanAsync(Proefcontext db, int id) =>
        await db.Regels.Where(r => r.Id == id).Select(r => r.Tekst).SingleOrDefaultAsync();

    private async Task NieuweSchrijverGaatMeteenDoorAsync()
    {
        var poort = Schrijfpoort.Voor(_verbinding)!;
        (await poort.NeemAsync(TimeSpan.Zero, CancellationToken.None)).ShouldBeTrue("de poort is vrij");
        poort.GeefVrij();
    }

    private static Task WachtOpRij(Schrijfpoort poort, int aantal)
    {
        var bereikt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Bij(int wachtenden)
        {
            if (wachtenden < aantal) return;
            poort.Aangesloten -= Bij;
            bereikt.TrySetResult();
        }
        poort.Aangesloten += Bij;
        return bereikt.Task;
    }

    private List<string> Teksten()
    {
        using var lezer = new SqliteConnection(_verbinding);
        lezer.Open();
        using var opdracht = lezer.CreateCommand();
        opdracht.CommandText = "SELECT Tekst FROM Regels ORDER BY Id";
        using var rijen = opdracht.ExecuteReader();
        var teksten = new List<string>();
        while (rijen.Read()) teksten.Add(rijen.GetString(0));
        return teksten;
    }

    private sealed class Proefcontext(Schrijfverbinding verbinding) : DbContext
    {
        public DbSet<Regel> Regels => Set<Regel>();

        protected override void OnConfiguring(DbContextOptionsBuilder o) =>
            o.UseSqlite(verbinding, contextOwnsConnection: false);
    }

    private sealed class Regel
    {
        public int Id { get; set; }
        public string Tekst { get; set; } = "";
    }

    public void Dispose()
    {
        _pool.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            _map.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
