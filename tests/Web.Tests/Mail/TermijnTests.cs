using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Quartz;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Reminders and escalations are Quartz jobs in the app's database: they survive a restart and fire once.</summary>
public sealed class TermijnTests : IDisposable
{
    private readonly string _map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", "termijn-" + Guid.NewGuid().ToString("N"));
    private readonly VerstelbareKlok _klok = new();

    public TermijnTests() => Directory.CreateDirectory(_map);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }

    private List<MimeMessage> Mails(string onderwerp, string soortBegin) =>
        Directory.Exists(Path.Combine(_map, "mail"))
            ? Directory.GetFiles(Path.Combine(_map, "mail"), "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => (m.Subject ?? "").Contains(onderwerp) && (m.Subject ?? "").StartsWith(soortBegin)).ToList()
            : [];

    private async Task<List<MimeMessage>> WachtOpMailsAsync(string onderwerp, string soortBegin, int aantal, int seconden = 30)
    {
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (Mails(onderwerp, soortBegin).Count < aantal)
        {
            DateTime.UtcNow.ShouldBeLessThan(tot, $"geen {aantal}x '{soortBegin}' voor {onderwerp}");
            await Task.Delay(250);
        }
        return Mails(onderwerp, soortBegin);
    }

    private static async Task<(int VoorstelId, Taak Taak)> InAdviesAsync(BesluitvormingFabriek fabriek, string onderwerp)
    {
        var route = new Route(fabriek);
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await route.IndienenAsync("steller", velden);
        await route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        return (id, (await route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies" && t.IsOpen));
    }

    [Fact]
    public async Task Herinnering_gaat_na_het_verzetten_van_de_klok_ook_over_een_herstart_heen_precies_een_keer_uit()
    {
        var onderwerp = $"Termijn {Guid.NewGuid():N}";
        int taakId;
        DateTimeOffset herinneringOp, escalatieOp;
        await using (var eerste = new TermijnFabriek(_map, _klok))
        {
            (_, var taak) = await InAdviesAsync(eerste, onderwerp);
            taakId = taak.Id;
            taak.Deadline.ShouldNotBeNull();
            var planner = eerste.Services.GetRequiredService<TermijnPlanner>();
            herinneringOp = planner.HerinneringOp(taak.Deadline.Value);
            escalatieOp = planner.EscalatieOp(taak.Deadline.Value);
            var scheduler = await eerste.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var trigger = await scheduler.GetTrigger(new TriggerKey($"herinnering-{taakId}", TermijnPlanner.Groep));
            trigger.ShouldNotBeNull();
            trigger.StartTimeUtc.ShouldBe(herinneringOp);
            (await scheduler.GetTrigger(new TriggerKey($"escalatie-{taakId}", TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(escalatieOp);
            Mails(onderwerp, "Herinnering").ShouldBeEmpty();
        }

        // The app is down while the reminder falls due; the next start finds the stored trigger (no re-planning).
        _klok.ZetOp(herinneringOp.AddHours(1));
        await using (var tweede = new TermijnFabriek(_map, _klok, herplanBijStart: false))
        {
            tweede.Klant();
            var herinneringen = await WachtOpMailsAsync(onderwerp, "Herinnering", 1);
            herinneringen.Single().To.Mailboxes.Single().Address.ShouldBe("juridisch@gemeente.example");
            herinneringen.Single().TextBody!.ShouldContain("/Link/");
            Mails(onderwerp, "Termijn verstreken").ShouldBeEmpty("de termijn is nog niet om");
        }

        // Another restart (with re-planning) does not send it again; passing the deadline escalates, once.
        await using (var derde = new TermijnFabriek(_map, _klok))
        {
            derde.Klant();
            await Task.Delay(3000);
            Mails(onderwerp, "Herinnering").Count.ShouldBe(1);

            // Moved to just before the moment, so the running scheduler picks the trigger up as due rather than
            // as misfired (Quartz handles misfires on its own, slower, round).
            _klok.ZetOp(escalatieOp.AddSeconds(-2));
            var escalaties = await WachtOpMailsAsync(onderwerp, "Termijn verstreken", 2);
            escalaties.Select(m => m.To.Mailboxes.Single().Address)
                .ShouldBe(["afdelingshoofd@gemeente.example", "secretariaat@gemeente.example"], ignoreOrder: true);
            await Task.Delay(2000);
            Mails(onderwerp, "Termijn verstreken").Count.ShouldBe(2);
            Mails(onderwerp, "Herinnering").Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task Afgeronde_taak_ruimt_haar_timers_op_en_krijgt_geen_herinnering()
    {
        var onderwerp = $"Afgerond {Guid.NewGuid():N}";
        await using var fabriek = new TermijnFabriek(_map, _klok);
        var (id, taak) = await InAdviesAsync(fabriek, onderwerp);
        var scheduler = await fabriek.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await scheduler.GetJobDetail(TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, taak.Id))).ShouldNotBeNull();

        await new Route(fabriek).DoeAsync("juridisch", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        (await scheduler.GetJobDetail(TermijnPlanner.Sleutel(TermijnPlanner.Herinnering, taak.Id))).ShouldBeNull();
        (await scheduler.GetJobDetail(TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, taak.Id))).ShouldBeNull();

        _klok.ZetOp(fabriek.Services.GetRequiredService<TermijnPlanner>().EscalatieOp(taak.Deadline!.Value).AddHours(1));
        await Task.Delay(3000);
        Mails(onderwerp, "Herinnering").ShouldBeEmpty();
        Mails(onderwerp, "Termijn verstreken").ShouldBeEmpty();
    }

    [Fact]
    public async Task Gewijzigde_deadline_verzet_de_timers_en_een_verouderde_timer_doet_niets()
    {
        var onderwerp = $"Verzet {Guid.NewGuid():N}";
        await using var fabriek = new TermijnFabriek(_map, _klok);
        var (_, taak) = await InAdviesAsync(fabriek, onderwerp);
        var planner = fabriek.Services.GetRequiredService<TermijnPlanner>();
        var scheduler = await fabriek.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var oud = taak.Deadline!.Value;
        var nieuw = Werkdagen.Plus(oud, 5);

        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await db.Taken.Where(t => t.Id == taak.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Deadline, nieuw));
            var verzet = await db.Taken.AsNoTracking().SingleAsync(t => t.Id == taak.Id);
            await planner.PlanAsync(verzet, behoudGelijke: true);
        }
        (await scheduler.GetTrigger(new TriggerKey($"herinnering-{taak.Id}", TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(planner.HerinneringOp(nieuw));
        (await scheduler.GetTrigger(new TriggerKey($"escalatie-{taak.Id}", TermijnPlanner.Groep)))!.StartTimeUtc.ShouldBe(planner.EscalatieOp(nieuw));

        // A timer still carrying the old deadline (scheduled before the change) fires and sends nothing.
        var verouderd = JobBuilder.Create<TermijnJob>().WithIdentity("verouderd", TermijnPlanner.Groep)
            .UsingJobData(TermijnJob.TaakId, taak.Id).UsingJobData(TermijnJob.Soort, TermijnPlanner.Herinnering)
            .UsingJobData(TermijnJob.Deadline, oud.ToString("yyyy-MM-dd")).Build();
        await scheduler.ScheduleJob(verouderd, [TriggerBuilder.Create().StartNow().Build()], new ScheduleJobOptions());
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (await scheduler.GetJobDetail(verouderd.Key) is not null && DateTime.UtcNow < tot) await Task.Delay(200);
        (await scheduler.GetJobDetail(verouderd.Key)).ShouldBeNull("de verouderde timer is afgegaan");
        await Task.Delay(1000);
        Mails(onderwerp, "Herinnering").ShouldBeEmpty();
    }
}
