using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Jobs;

/// <summary>
/// The timer changes of a transition are rows in its own save (Termijnopdrachten); the request does not call Quartz.
/// The queue is applied afterwards, here by the test itself: the apps run without the background round. On SQLite here,
/// on PostgreSQL in PostgresTermijnrijTests.
/// </summary>
public class TermijnrijTests
{
    /// <summary>A fresh app on a fresh database, its timer queue and mail left to the test.</summary>
    protected virtual BesluitvormingFabriek NieuweFabriek() => ZonderAchtergrond(new BesluitvormingFabriek());

    protected static T ZonderAchtergrond<T>(T app) where T : BesluitvormingFabriek
    {
        app.ExtraInstellingen["Jobs:TermijnrijOpAchtergrond"] = "false";
        app.VerzendenOpAchtergrond = false;
        return app;
    }

    protected static async Task<(int VoorstelId, Taak Taak)> InAdviesAsync(BesluitvormingFabriek app, string onderwerp)
    {
        var route = new Route(app);
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await route.IndienenAsync("steller", velden);
        await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        return (id, (await route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies" && t.IsOpen));
    }

    protected static readonly Dictionary<string, string?> Instemming = new() { ["Invoer.Instemming"] = "true" };

    protected static async Task<List<Termijnopdracht>> OpdrachtenAsync(BesluitvormingFabriek app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Termijnopdrachten.AsNoTracking()
            .OrderBy(o => o.Id).ToListAsync();
    }

    /// <summary>Every advice-task trigger in Quartz with its moment, sorted by name.</summary>
    protected static async Task<List<(string Naam, DateTimeOffset Op)>> TriggersAsync(BesluitvormingFabriek app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var lijst = new List<(string, DateTimeOffset)>();
        foreach (var sleutel in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TermijnPlanner.Groep)))
            lijst.Add((sleutel.Name, (await scheduler.GetTrigger(sleutel))!.StartTimeUtc));
        return lijst.OrderBy(t => t.Item1).ToList();
    }

    protected static string Naam(string soort, int taakId) => TermijnPlanner.Sleutel(soort, taakId).Name;

    /// <summary>The two triggers a watched open task should have, at the planner's moments for its deadline.</summary>
    protected static void HeeftTimers(List<(string Naam, DateTimeOffset Op)> triggers, BesluitvormingFabriek app, Taak taak)
    {
        var planner = app.Services.GetRequiredService<TermijnPlanner>();
        triggers.ShouldContain((Naam(TermijnPlanner.Herinnering, taak.Id), planner.HerinneringOp(taak.Deadline!.Value)));
        triggers.ShouldContain((Naam(TermijnPlanner.Escalatie, taak.Id), planner.EscalatieOp(taak.Deadline!.Value)));
    }

    [Fact]
    public async Task Een_advies_zet_zijn_timerwijzigingen_in_de_rij_en_quartz_verandert_pas_als_de_rij_wordt_verwerkt()
    {
        await using var app = NieuweFabriek();
        var (id, taak) = await InAdviesAsync(app, $"Termijnrij {Guid.NewGuid():N}");
        // Submitting and the paraaf opened the advice task: its two timers wait in the queue, not yet in Quartz.
        var planner = app.Services.GetRequiredService<TermijnPlanner>();
        (await OpdrachtenAsync(app)).Where(o => o.TaakId == taak.Id).Select(o => (o.Soort, o.Op)).ShouldBe(
            [(TermijnPlanner.Herinnering, planner.HerinneringOp(taak.Deadline!.Value).UtcDateTime),
             (TermijnPlanner.Escalatie, planner.EscalatieOp(taak.Deadline!.Value).UtcDateTime)], ignoreOrder: true);
        (await TriggersAsync(app)).ShouldNotContain(t => t.Naam.EndsWith($"-{taak.Id}"));
        // The backlog the metrics show (besluitvorming_timers_wachtrij) is what waits.
        var metingen = app.Services.GetRequiredService<Besluitvorming.Web.Productie.Termijnrijmetingen>();
        (await metingen.MeetAsync()).Aantal.ShouldBe((await OpdrachtenAsync(app)).Count);
        (await app.PasTermijnenToeAsync()).ShouldBeGreaterThan(0);
        HeeftTimers(await TriggersAsync(app), app, taak);
        (await OpdrachtenAsync(app)).ShouldBeEmpty();
        (await metingen.MeetAsync()).ShouldBe((0, TimeSpan.Zero));

        var voor = await TriggersAsync(app);
        await new Route(app).DoeAsync("juridisch", id, Triggers.AdviesUitbrengen, Instemming);
        // The advice committed with the removal of the closed task's timers as rows; Quartz is as it was.
        (await OpdrachtenAsync(app)).Where(o => o.TaakId == taak.Id).Select(o => (o.Soort, o.IsVerwijdering))
            .ShouldBe([(TermijnPlanner.Herinnering, true), (TermijnPlanner.Escalatie, true)], ignoreOrder: true);
        (await TriggersAsync(app)).ShouldBe(voor);

        (await app.PasTermijnenToeAsync()).ShouldBeGreaterThanOrEqualTo(2);
        (await TriggersAsync(app)).ShouldNotContain(t => t.Naam.EndsWith($"-{taak.Id}"));
        (await OpdrachtenAsync(app)).ShouldBeEmpty();
        (await app.PasTermijnenToeAsync()).ShouldBe(0, "een lege rij doet niets");
    }

    [Fact]
    public async Task Een_mislukte_ronde_laat_de_opdrachten_staan_en_een_volgende_instantie_past_ze_toe()
    {
        await using var app = NieuweFabriek();
        var (_, taak) = await InAdviesAsync(app, $"Termijnrij mislukt {Guid.NewGuid():N}");
        var wachtend = await OpdrachtenAsync(app);
        wachtend.ShouldNotBeEmpty();
        // Quartz is unavailable (shut down): the round fails and leaves every row in place.
        await (await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown();
        await Should.ThrowAsync<SchedulerException>(() => app.PasTermijnenToeAsync());
        (await OpdrachtenAsync(app)).Select(o => o.Id).ShouldBe(wachtend.Select(o => o.Id));

        // The next instance on the same database (a restart, another node) applies them.
        await using var volgende = OpDezelfdeDatabase(app);
        (await volgende.PasTermijnenToeAsync()).ShouldBe(wachtend.Count);
        HeeftTimers(await TriggersAsync(volgende), volgende, taak);
        (await OpdrachtenAsync(volgende)).ShouldBeEmpty();
    }

    /// <summary>A second app on the first one's database and clock, without the background round.</summary>
    protected virtual BesluitvormingFabriek OpDezelfdeDatabase(BesluitvormingFabriek app)
    {
        var tweede = ZonderAchtergrond(new BesluitvormingFabriek());
        tweede.ExtraInstellingen["Database:ConnectionString"] = $"Data Source={app.DatabasePad}";
        tweede.Klok = app.Klok;
        return tweede;
    }
}
