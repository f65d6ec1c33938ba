using Besluitvorming.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// SQLite's writers queue at their file's <see cref="Schrijfpoort"/> in the app's process instead of sleeping in
/// busy_timeout (issue 12, P1), through EF Core on a real SQLite file with the app's connection
/// (<see cref="Schrijfverbinding"/>). Interleavings are forced with the gate's own notice that a writer joined the
/// queue; nothing sleeps. Every wait is bounded, so a gate that never opens fails the test instead of hanging it.
/// </summary>
public sealed class SchrijfpoortTests : IDisposable
{
    private static readonly TimeSpan Uiterlijk = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("besluitvorming-schrijfpoort-");
    private readonly string _verbinding;
    private readonly Schrijfpoort _poort;

    public SchrijfpoortTests()
    {
        _verbinding = $"Data Source={Path.Combine(_map.FullName, "proef.db")};Default Timeout=30";
        using var db = Context();
        db.Database.EnsureCreated();
        _poort = Schrijfpoort.Voor(_verbinding)!;
    }

    [Fact]
    public async Task Tweede_schrijver_wacht_in_de_rij_tot_de_eerste_commit_en_gaat_dan_door()
    {
        await using var eerste = Context();
        await using var tx = await eerste.Database.BeginTransactionAsync();
        eerste.Regels.Add(new Regel { Tekst = "eerste" });
        await eerste.SaveChangesAsync();

        var inDeRij = WachtOpRij(1);
        var tweede = Task.Run(async () =>
        {
            await using var db = Context();
            db.Regels.Add(new Regel { Tekst = "tweede" });
            await db.SaveChangesAsync();
        });
        await inDeRij.WaitAsync(Uiterlijk);

        tweede.IsCompleted.ShouldBeFalse("de tweede schrijver wacht op zijn beurt");
        _poort.Wachtenden.ShouldBe(1);
        Teksten().ShouldBeEmpty("niets is vastgelegd zolang de eerste transactie open is");

        await tx.CommitAsync();
        await tweede.WaitAsync(Uiterlijk);

        Teksten().ShouldBe(["eerste", "tweede"]);
        _poort.Wachtenden.ShouldBe(0);
    }

    [Fact]
    public async Task Wachtende_schrijvers_komen_aan_de_beurt_in_de_volgorde_waarin_ze_aansloten()
    {
        await using var houder = Context();
        var tx = await houder.Database.BeginTransactionAsync();

        var schrijvers = new List<Task>();
        foreach (var tekst in new[] { "a", "b", "c" })
        {
            var inDeRij = WachtOpRij(schrijvers.Count + 1);
            schrijvers.Add(Task.Run(async () =>
            {
                await using var db = Context();
                await using var eigen = await db.Database.BeginTransactionAsync();
                db.Regels.Add(new Regel { Tekst = tekst });
                await db.SaveChangesAsync();
                await eigen.CommitAsync();
            }));
            await inDeRij.WaitAsync(Uiterlijk);
        }

        await tx.CommitAsync();
        await tx.DisposeAsync();
        await Task.WhenAll(schrijvers).WaitAsync(Uiterlijk);

        Teksten().ShouldBe(["a", "b", "c"], "elke schrijver kreeg de poort na wie voor hem aansloot");
    }

    [Fact]
    public async Task Schrijven_binnen_een_eigen_transactie_neemt_de_poort_niet_nog_eens()
    {
        await using var db = Context();
        var verbinding = (Schrijfverbinding)db.Database.GetDbConnection();

        await Task.Run(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Regels.Add(new Regel { Tekst = "een" });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE Regels SET Tekst = 'een!' WHERE Tekst = 'een'");
            await tx.CreateSavepointAsync("tussen");
            db.Regels.Add(new Regel { Tekst = "twee" });
            db.Regels.Add(new Regel { Tekst = "drie" });
            await db.SaveChangesAsync();
            await db.Regels.Where(r => r.Tekst == "drie").ExecuteDeleteAsync();
            verbinding.HoudtPoort.ShouldBeTrue();
            await tx.CommitAsync();
        }).WaitAsync(Uiterlijk);

        // The synchronous path (as Quartz's job store and a synchronous SaveChanges take it).
        await Task.Run(() =>
        {
            using var tx = db.Database.BeginTransaction();
            db.Regels.Add(new Regel { Tekst = "vier" });
            db.SaveChanges();
            db.Database.ExecuteSqlRaw("UPDATE Regels SET Tekst = 'vier!' WHERE Tekst = 'vier'");
            tx.Commit();
        }).WaitAsync(Uiterlijk);

        verbinding.HoudtPoort.ShouldBeFalse("na de commit is de poort weer vrij");
        Teksten().ShouldBe(["een!", "twee", "vier!"]);
        await NieuweSchrijverGaatMeteenDoorAsync();
    }

    [Fact]
    public async Task Zonder_beurt_binnen_de_wachttijd_volgt_database_bezet_en_daarna_gaat_het_weer()
    {
        await using var houder = Context();
        var tx = await houder.Database.BeginTransactionAsync();
        await using var ongeduldig = Context($"{_verbinding};Default Timeout=1");

        var fout = await Should.ThrowAsync<SqliteException>(() => ongeduldig.Database.BeginTransactionAsync().WaitAsync(Uiterlijk));
        fout.SqliteErrorCode.ShouldBe(5, "SQLITE_BUSY, wat SQLite zelf geeft als busy_timeout verloopt");
        _poort.Wachtenden.ShouldBe(0, "wie het opgaf staat niet meer in de rij");
        ((Schrijfverbinding)ongeduldig.Database.GetDbConnection()).HoudtPoort.ShouldBeFalse();

        ongeduldig.Regels.Add(new Regel { Tekst = "te laat" });
        var opslag = await Should.ThrowAsync<DbUpdateException>(() => ongeduldig.SaveChangesAsync().WaitAsync(Uiterlijk));
        opslag.InnerException.ShouldBeOfType<SqliteException>().SqliteErrorCode.ShouldBe(5);

        await tx.CommitAsync();
        await tx.DisposeAsync();
        await ongeduldig.SaveChangesAsync().WaitAsync(Uiterlijk);
        Teksten().ShouldBe(["te laat"]);
    }

    [Fact]
    public async Task Een_transactie_zonder_commit_en_een_geweigerde_opdracht_geven_de_poort_terug()
    {
        await using (var db = Context())
        {
            var tx = await db.Database.BeginTransactionAsync();
            db.Regels.Add(new Regel { Tekst = "teruggedraaid" });
            await db.SaveChangesAsync();
            await tx.DisposeAsync();
            ((Schrijfverbinding)db.Database.GetDbConnection()).HoudtPoort.ShouldBeFalse();
        }
        await NieuweSchrijverGaatMeteenDoorAsync();

        await using (var db = Context())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Regels (Id, Tekst) VALUES (100, 'honderd')");
            await Should.ThrowAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO Regels (Id, Tekst) VALUES (100, 'dubbel')"));
            ((Schrijfverbinding)db.Database.GetDbConnection()).HoudtPoort.ShouldBeFalse();
        }
        await NieuweSchrijverGaatMeteenDoorAsync();

        // A transaction left open on a connection that closes is rolled back by the close.
        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();
            _ = await db.Database.GetDbConnection().BeginTransactionAsync();
            await db.Database.GetDbConnection().CloseAsync();
            ((Schrijfverbinding)db.Database.GetDbConnection()).HoudtPoort.ShouldBeFalse();
        }
        await NieuweSchrijverGaatMeteenDoorAsync();
        Teksten().ShouldBe(["honderd"]);
    }

    [Fact]
    public async Task Lezen_neemt_de_poort_niet()
    {
        await using var houder = Context();
        await using var tx = await houder.Database.BeginTransactionAsync();
        await using var lezer = Context();

        (await lezer.Regels.CountAsync().WaitAsync(Uiterlijk)).ShouldBe(0);
        _poort.Wachtenden.ShouldBe(0);
    }

    [Fact]
    public void Quartz_schrijft_door_dezelfde_poort()
    {
        using var verbinding = new SqliteBron(_verbinding).CreateConnection();
        verbinding.ShouldBeOfType<Schrijfverbinding>();
    }

    [Theory]
    [InlineData("BEGIN IMMEDIATE;", true)]
    [InlineData("-- tag\nINSERT INTO x VALUES (1)", true)]
    [InlineData("/* c */ update x set a = 1", true)]
    [InlineData("DELETE FROM x", true)]
    [InlineData("SELECT 1", false)]
    [InlineData("PRAGMA busy_timeout = 1", false)]
    [InlineData("COMMIT;", false)]
    [InlineData("", false)]
    public void Schrijvende_opdrachten_worden_herkend(string sql, bool schrijft) =>
        Schrijfverbinding.IsSchrijvend(sql).ShouldBe(schrijft);

    private async Task NieuweSchrijverGaatMeteenDoorAsync()
    {
        (await _poort.NeemAsync(TimeSpan.Zero, CancellationToken.None)).ShouldBeTrue("de poort is vrij");
        _poort.GeefVrij();
    }

    /// <summary>Completes when the queue reaches <paramref name="aantal"/> waiting writers.</summary>
    private Task WachtOpRij(int aantal)
    {
        var bereikt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Bij(int wachtenden)
        {
            if (wachtenden < aantal) return;
            _poort.Aangesloten -= Bij;
            bereikt.TrySetResult();
        }
        _poort.Aangesloten += Bij;
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

    private Proefcontext Context(string? verbinding = null) => new(verbinding ?? _verbinding);

    private sealed class Proefcontext(string verbinding) : DbContext
    {
        public DbSet<Regel> Regels => Set<Regel>();

        protected override void OnConfiguring(DbContextOptionsBuilder o) =>
            o.UseSqlite(new Schrijfverbinding(verbinding), contextOwnsConnection: true);
    }

    private sealed class Regel
    {
        public int Id { get; set; }
        public string Tekst { get; set; } = "";
    }

    public void Dispose()
    {
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
