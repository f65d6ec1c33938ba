using System.Collections.Concurrent;
using System.Data.Common;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// The contexts' PostgreSQL connections go back to their pool without a reset (<c>No Reset On Close</c>, issue 12, P2:
/// no <c>DISCARD ALL</c> with every statement). That is only safe while nothing the app runs through a context leaves
/// session state on a connection: every time a context opens one, <see cref="Sessiestaat"/> asks PostgreSQL what the
/// previous user of that connection left behind (session settings, LISTEN, advisory locks, temporary tables, cursors).
/// </summary>
public sealed class VerbindingsstaatTests
{
    [Fact]
    public async Task Een_verbinding_van_de_contexten_draagt_na_een_route_met_advies_mail_en_overzicht_geen_sessiestaat_mee()
    {
        using var app = new Fabriek();
        var route = new Route(app);
        var velden = Route.VolledigVoorstel("Sessiestaat na een verzoek");
        velden["Invoer.BudgettaireConsequenties"] = "true";
        velden["Invoer.Kosten"] = "60.000";
        velden["Invoer.Dekking"] = "Voorjaarsnota";
        var (bijlage, bestanden) = Route.Begrotingswijziging();
        foreach (var (k, w) in bijlage) velden[k] = w;
        var id = await route.IndienenAsync("steller", velden, bestanden);
        await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await route.DoeAsync("financien", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        await app.VerstuurMailAsync();
        var secretariaat = await route.AlsAsync("secretariaat");
        await secretariaat.PaginaAsync("/Overzicht");
        await secretariaat.PaginaAsync("/Overzicht?Status=InAdvies");
        await secretariaat.PaginaAsync($"/Voorstellen/{id}");
        await (await route.AlsAsync("financien")).PaginaAsync("/Taken");
        await app.VerstuurMailAsync();

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).NoResetOnClose.ShouldBeTrue("de contexten geven hun verbinding terug zonder reset");
            new Npgsql.NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)
                .NoResetOnClose.ShouldBeFalse("het migratieslot en de LISTEN-verbindingen gebruiken de ingestelde reeks, met reset");
        }
        app.Staat.Gecontroleerd.ShouldBeGreaterThan(20, "elke keer dat een context een verbinding opent is gecontroleerd");
        app.Staat.Gevonden.ShouldBeEmpty();
    }

    [Fact]
    public async Task Een_sessie_instelling_die_een_context_zou_achterlaten_ziet_de_controle_bij_het_volgende_gebruik_van_die_verbinding()
    {
        using var app = new Fabriek();
        await app.IngelogdAlsAsync("steller");
        int pid;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var opdracht = db.Database.GetDbConnection().CreateCommand();
            opdracht.CommandText = "SET statement_timeout = 123456; SELECT pg_backend_pid()";
            pid = Convert.ToInt32(await opdracht.ExecuteScalarAsync());
        }

        // Contexts open connections from the pool in turn: hold each one until that connection comes round again.
        var scopes = new List<IServiceScope>();
        try
        {
            while (!app.Staat.Gevonden.Any(g => g.StartsWith($"{pid}:", StringComparison.Ordinal)) && scopes.Count < 50)
            {
                var scope = app.Services.CreateScope();
                scopes.Add(scope);
                await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Database.OpenConnectionAsync();
            }
        }
        finally
        {
            foreach (var scope in scopes) scope.Dispose();
        }
        app.Staat.Gevonden.ShouldContain($"{pid}: instelling statement_timeout");
    }

    [Fact]
    public async Task Mijn_taken_is_op_postgresql_een_voorbereide_opdracht_die_de_verbinding_tussen_verzoeken_houdt()
    {
        using var app = new Fabriek();
        var route = new Route(app);
        var id = await route.IndienenAsync("steller", Route.VolledigVoorstel("Voorbereide opdracht"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var houder = await db.Taken.Where(t => t.VoorstelId == id && t.Toestand == TaakStatus.Open).Select(t => t.HouderId).FirstAsync();
        var actor = await Besluitvorming.Web.Organisatie.ActorLader.LaadAsync(db, houder);
        await db.Database.OpenConnectionAsync();

        var eerste = await Besluitvorming.Web.Pages.Taken.MijnTakenModel.LaadAsync(db, actor);
        var tweede = await Besluitvorming.Web.Pages.Taken.MijnTakenModel.LaadAsync(db, actor);

        tweede.Select(r => r.TaakId).ShouldBe(eerste.Select(r => r.TaakId));
        eerste.ShouldContain(r => r.VoorstelId == id);
        await using var vraag = db.Database.GetDbConnection().CreateCommand();
        vraag.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '-- " + Voorbereiding.Tag + "%' AND statement LIKE '%\"Taken\"%'";
        Convert.ToInt32(await vraag.ExecuteScalarAsync()).ShouldBe(1, "Mijn taken is één voorbereide opdracht op deze verbinding, ook na twee keer");
    }

    /// <summary>The app on PostgreSQL with <see cref="Staat"/> on its contexts.</summary>
    private sealed class Fabriek : BesluitvormingFabriek
    {
        public Sessiestaat Staat { get; } = new();

        public Fabriek() => PostgresFabriek.OpEigenDatabase(this);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.ConfigureDbContext<PostgresBesluitvormingDbContext>(o => o.AddInterceptors(Staat)));
        }
    }

    /// <summary>
    /// On every connection a context opens: what its previous user left in the session, as "pid: what" (prepared
    /// statements are not state that changes what a statement does, so they are not asked for).
    /// </summary>
    public sealed class Sessiestaat : DbConnectionInterceptor
    {
        private const string Vraag = """
            SELECT pg_backend_pid() || ': instelling ' || name FROM pg_settings WHERE source = 'session'
            UNION ALL SELECT pg_backend_pid() || ': LISTEN ' || k FROM pg_listening_channels() AS k
            UNION ALL SELECT pg_backend_pid() || ': advisory lock ' || objid FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()
            UNION ALL SELECT pg_backend_pid() || ': tijdelijke tabel ' || relname FROM pg_class WHERE relnamespace = pg_my_temp_schema()
            UNION ALL SELECT pg_backend_pid() || ': cursor ' || name FROM pg_cursors WHERE name <> ''
            """;

        private int _gecontroleerd;

        public ConcurrentQueue<string> Gevonden { get; } = new();
        public int Gecontroleerd => _gecontroleerd;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            ControleerAsync(connection).GetAwaiter().GetResult();

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
            ControleerAsync(connection);

        private async Task ControleerAsync(DbConnection verbinding)
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = Vraag;
            await using var lezer = await opdracht.ExecuteReaderAsync();
            while (await lezer.ReadAsync()) Gevonden.Enqueue(lezer.GetString(0));
            Interlocked.Increment(ref _gecontroleerd);
        }
    }
}
