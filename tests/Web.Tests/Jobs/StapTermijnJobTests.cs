using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Trajecten;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Jobs;

/// <summary>
/// A traject step's reminder (to its owner, with a fresh link) and escalation (to the projectleider) are Quartz timers
/// at the moments the advice deadlines use, moved with the deadline and removed when the step closes. The job is run
/// directly (the clock stays before the timers, so the scheduler does not run it too); it writes each mail once and nothing for a step that closed or moved.
/// </summary>
public sealed class StapTermijnJobTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private Task<bool> VoerUitAsync(int stapId, string soort, DateOnly deadline) =>
        ActivatorUtilities.CreateInstance<StapTermijnJob>(fabriek.Services).VoerUitAsync(stapId, soort, deadline.ToString("yyyy-MM-dd"));

    private async Task<ITrigger?> TriggerAsync(string soort, int stapId)
    {
        var scheduler = await fabriek.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(new TriggerKey(StapTermijnPlanner.Sleutel(soort, stapId).Name, StapTermijnPlanner.Groep));
    }

    private async Task<List<UitgaandeMail>> OutboxAsync(int trajectId, string soort)
    {
        using var scope = fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails.AsNoTracking()
            .Where(m => m.TrajectId == trajectId && m.Soort == soort).ToListAsync();
    }

    [Fact]
    public async Task Herinnering_en_escalatie_van_een_stap_gaan_een_keer_uit_verhuizen_met_de_termijn_en_vervallen_als_de_stap_sluit()
    {
        var naam = $"Termijnhuis {Guid.NewGuid():N}";
        var id = await Trajectstart.StartAsync(fabriek, naam);
        var stap = (await Trajectstart.LaadAsync(fabriek, id)).HuidigeStap!;
        var deadline = stap.Deadline!.Value;
        var planner = fabriek.Services.GetRequiredService<TermijnPlanner>();

        (await TriggerAsync(TermijnPlanner.Herinnering, stap.Id))!.StartTimeUtc.ShouldBe(planner.HerinneringOp(deadline));
        (await TriggerAsync(TermijnPlanner.Escalatie, stap.Id))!.StartTimeUtc.ShouldBe(planner.EscalatieOp(deadline));

        // The reminder is run as Quartz would run it (the clock stays before its moment, so the scheduler itself does not
        // race the test): the owner gets it with a fresh personal link, once.
        (await VoerUitAsync(stap.Id, TermijnPlanner.Herinnering, deadline)).ShouldBeTrue();
        (await VoerUitAsync(stap.Id, TermijnPlanner.Herinnering, deadline)).ShouldBeFalse();
        var herinnering = (await OutboxAsync(id, MailSoorten.Herinnering)).ShouldHaveSingleItem();
        herinnering.AanAdres.ShouldBe("steller@gemeente.example");
        herinnering.Onderwerp.ShouldStartWith("Herinnering: Stakeholderbijeenkomst vóór");
        herinnering.Tekst.ShouldContain("/Link/Stap?t=" + Maillinks.Plaatshouder);
        using (var scope = fabriek.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Maillinks.CountAsync(l => l.TrajectStapId == stap.Id))
                .ShouldBe(2, "de stapmail en de herinnering hebben elk een eigen link");

        // The escalation: the projectleider hears the deadline passed, once.
        (await VoerUitAsync(stap.Id, TermijnPlanner.Escalatie, deadline)).ShouldBeTrue();
        (await VoerUitAsync(stap.Id, TermijnPlanner.Escalatie, deadline)).ShouldBeFalse();
        var escalatie = (await OutboxAsync(id, MailSoorten.Escalatie)).ShouldHaveSingleItem();
        escalatie.AanAdres.ShouldBe("projectleider@gemeente.example");
        escalatie.Tekst.ShouldContain("R.B.M. Janzen");

        // The projectleider moves the deadline: the timers move with it, and a timer of the old deadline does nothing.
        var nieuw = deadline.AddDays(28);
        await Trajectstart.VoerAsync(fabriek, id, "projectleider", (t, d, a, nu) => t.VerzetTermijn(d, a, nieuw, "Zaal pas later vrij", nu));
        (await TriggerAsync(TermijnPlanner.Herinnering, stap.Id))!.StartTimeUtc.ShouldBe(planner.HerinneringOp(nieuw));
        (await TriggerAsync(TermijnPlanner.Escalatie, stap.Id))!.StartTimeUtc.ShouldBe(planner.EscalatieOp(nieuw));
        (await VoerUitAsync(stap.Id, TermijnPlanner.Escalatie, deadline)).ShouldBeFalse();
        (await OutboxAsync(id, MailSoorten.Escalatie)).Count.ShouldBe(1);

        // The step closes: its timers are gone, and a late run writes nothing.
        await Trajectstart.VoerAsync(fabriek, id, "projectleider", (t, d, a, nu) => t.Overslaan(d, a, "Al gehouden", nu));
        (await TriggerAsync(TermijnPlanner.Herinnering, stap.Id)).ShouldBeNull();
        (await TriggerAsync(TermijnPlanner.Escalatie, stap.Id)).ShouldBeNull();
        (await VoerUitAsync(stap.Id, TermijnPlanner.Herinnering, nieuw)).ShouldBeFalse();
        (await OutboxAsync(id, MailSoorten.Herinnering)).Count.ShouldBe(1);
        // The next step has timers of its own.
        var volgende = (await Trajectstart.LaadAsync(fabriek, id)).HuidigeStap!;
        (await TriggerAsync(TermijnPlanner.Escalatie, volgende.Id)).ShouldNotBeNull();
    }
}
