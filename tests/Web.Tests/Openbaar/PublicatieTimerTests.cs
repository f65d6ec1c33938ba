using System.Net;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Openbaar;

/// <summary>
/// Publication with "uitgesteld tot" is a durable Quartz timer for the first day after the embargo date: the clock is
/// moved past the embargo day and the job is driven (triggered directly, or fired by its own trigger when the clock
/// reaches it), and each test waits for the job run itself. A restart catches up a publication whose timer went missing.
/// </summary>
public sealed class PublicatieTimerTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "publicatie-" + Guid.NewGuid().ToString("N"));
    private readonly VerstelbareKlok _klok = new();

    public PublicatieTimerTests() => Directory.CreateDirectory(_map);

    private string Database => Path.Combine(_map, "publicatie.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    private static async Task<IScheduler> SchedulerAsync(BesluitvormingFabriek app) =>
        await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private static async Task<HttpStatusCode> OpenbaarAsync(BesluitvormingFabriek app, int id) =>
        (await app.Klant().Http.GetAsync($"/Openbaar/Besluiten/{id}")).StatusCode;

    /// <summary>Runs the proposal's publication job now, as its trigger would, and waits for that run.</summary>
    private static async Task DraaiJobAsync(BesluitvormingFabriek app, int id)
    {
        var sleutel = PublicatiePlanner.Sleutel(id);
        var eerder = app.Jobs.Aantal(sleutel);
        await (await SchedulerAsync(app)).TriggerJob(sleutel);
        await app.Jobs.WachtOpAsync(sleutel, eerder + 1);
    }

    [Fact]
    public async Task Een_uitgesteld_besluit_wordt_niet_voor_en_niet_op_de_uitsteldatum_maar_de_dag_erna_gepubliceerd()
    {
        await using var app = new TermijnFabriek(Database, _klok, herplanBijStart: false);
        var embargo = _klok.Vandaag.AddDays(10);
        var id = await Besluiten.BeslisAsync(app, "Verkoop grond Noord", Openbaarheid.Uitgesteld, embargo);
        var route = new Route(app);
        (await route.LaadAsync(id)).Status.ShouldBe("Besloten");
        var planner = app.Services.GetRequiredService<PublicatiePlanner>();
        var moment = planner.Moment(embargo.AddDays(1));
        (await (await SchedulerAsync(app)).GetTrigger(new TriggerKey(PublicatiePlanner.Sleutel(id).Name, PublicatiePlanner.Groep)))!
            .StartTimeUtc.ShouldBe(moment);

        // Before: the day of the decision.
        await DraaiJobAsync(app, id);
        (await route.LaadAsync(id)).GepubliceerdOp.ShouldBeNull();
        (await OpenbaarAsync(app, id)).ShouldBe(HttpStatusCode.NotFound);

        // On the embargo day, late in the evening: still not.
        _klok.ZetOp(new DateTimeOffset(embargo.ToDateTime(new TimeOnly(23, 30)), TimeZoneInfo.Local.GetUtcOffset(embargo.ToDateTime(new TimeOnly(23, 30)))));
        await DraaiJobAsync(app, id);
        var v = await route.LaadAsync(id);
        (v.Status, v.GepubliceerdOp).ShouldBe(("Besloten", (DateOnly?)null));
        (await OpenbaarAsync(app, id)).ShouldBe(HttpStatusCode.NotFound);
        app.Jobs.Aantal(PublicatiePlanner.Sleutel(id)).ShouldBe(2);

        // The first day after: the timer fires by itself when the clock reaches it.
        _klok.ZetOp(moment);
        await app.Jobs.WachtOpAsync(PublicatiePlanner.Sleutel(id), 3);
        v = await route.LaadAsync(id);
        (v.Status, v.GepubliceerdOp).ShouldBe(("Gepubliceerd", (DateOnly?)embargo.AddDays(1)));
        v.Gebeurtenissen.Single(g => g.Soort == Triggers.Publiceren).VanStatus.ShouldBe("Besloten");
        (await OpenbaarAsync(app, id)).ShouldBe(HttpStatusCode.OK);
        (await (await SchedulerAsync(app)).GetJobDetail(PublicatiePlanner.Sleutel(id))).ShouldBeNull("de timer heeft zijn werk gedaan");
    }

    [Fact]
    public async Task Een_gemiste_publicatie_wordt_bij_de_herstart_ingehaald()
    {
        var embargo = _klok.Vandaag.AddDays(3);
        int id;
        await using (var eerste = new TermijnFabriek(Database, _klok, herplanBijStart: false))
        {
            id = await Besluiten.BeslisAsync(eerste, "Herinrichting marktplein", Openbaarheid.Uitgesteld, embargo);
            // The timer is lost (a planning call that failed after the commit, a restored database).
            (await (await SchedulerAsync(eerste)).DeleteJob(PublicatiePlanner.Sleutel(id))).ShouldBeTrue();
        }

        // The app is down while the publication day passes.
        _klok.ZetOp(new DateTimeOffset(embargo.AddDays(5).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await using var tweede = new TermijnFabriek(Database, _klok);
        _ = tweede.Services;
        await tweede.Jobs.WachtOpAsync(PublicatiePlanner.Sleutel(id));
        var v = await new Route(tweede).LaadAsync(id);
        (v.Status, v.GepubliceerdOp).ShouldBe(("Gepubliceerd", (DateOnly?)_klok.Vandaag));
        (await OpenbaarAsync(tweede, id)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_niet_openbaar_besluit_krijgt_geen_timer_en_wordt_ook_na_jaren_en_een_herstart_niet_gepubliceerd()
    {
        int id;
        await using (var eerste = new TermijnFabriek(Database, _klok, herplanBijStart: false))
        {
            id = await Besluiten.BeslisAsync(eerste, "Personele reorganisatie", Openbaarheid.Nee);
            (await (await SchedulerAsync(eerste)).GetJobDetail(PublicatiePlanner.Sleutel(id))).ShouldBeNull();
            // Even when its job is run by hand, it publishes nothing.
            await (await SchedulerAsync(eerste)).ScheduleJob(
                JobBuilder.Create<PublicatieJob>().WithIdentity(PublicatiePlanner.Sleutel(id)).UsingJobData(PublicatieJob.VoorstelId, id).Build(),
                TriggerBuilder.Create().StartAt(_klok.GetUtcNow()).Build());
            await eerste.Jobs.WachtOpAsync(PublicatiePlanner.Sleutel(id));
            (await new Route(eerste).LaadAsync(id)).GepubliceerdOp.ShouldBeNull();
        }

        _klok.ZetOp(_klok.GetUtcNow().AddYears(10));
        await using var tweede = new TermijnFabriek(Database, _klok);
        _ = tweede.Services;
        (await (await SchedulerAsync(tweede)).GetJobDetail(PublicatiePlanner.Sleutel(id))).ShouldBeNull("de herplanning plant niets voor een niet-openbaar besluit");
        var v = await new Route(tweede).LaadAsync(id);
        (v.Status, v.GepubliceerdOp).ShouldBe(("Besloten", (DateOnly?)null));
        (await OpenbaarAsync(tweede, id)).ShouldBe(HttpStatusCode.NotFound);
    }
}
