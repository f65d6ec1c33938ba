using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Jobs;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>
/// The timer queue on PostgreSQL with clustered Quartz: what TermijnrijTests proves, and what only a server database with
/// several instances shows (rows a stopped instance left, a request while someone holds Quartz's lock).
/// </summary>
public sealed class PostgresTermijnrijTests : TermijnrijTests
{
    protected override BesluitvormingFabriek NieuweFabriek() => ZonderAchtergrond(new PostgresFabriek());

    protected override BesluitvormingFabriek OpDezelfdeDatabase(BesluitvormingFabriek app)
    {
        var tweede = ZonderAchtergrond(new PostgresFabriek());
        tweede.ExtraInstellingen["Database:ConnectionString"] = app.ExtraInstellingen["Database:ConnectionString"];
        tweede.Klok = app.Klok;
        return tweede;
    }

    [Fact]
    public async Task Opdrachten_van_een_gestopte_instantie_past_een_andere_instantie_op_dezelfde_database_toe()
    {
        var a = NieuweFabriek();
        Taak taak;
        int wachtend;
        await using (a)
        {
            (_, taak) = await InAdviesAsync(a, $"Termijnrij A {Guid.NewGuid():N}");
            wachtend = (await OpdrachtenAsync(a)).Count(o => o.TaakId == taak.Id);
            wachtend.ShouldBe(2);
        } // A stops before its round ran: its rows stay behind.

        await using var b = OpDezelfdeDatabase(a);
        (await OpdrachtenAsync(b)).Count(o => o.TaakId == taak.Id).ShouldBe(wachtend);
        (await TriggersAsync(b)).ShouldNotContain(t => t.Naam.EndsWith($"-{taak.Id}"));
        (await b.PasTermijnenToeAsync()).ShouldBeGreaterThanOrEqualTo(wachtend);
        HeeftTimers(await TriggersAsync(b), b, taak);
        (await OpdrachtenAsync(b)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Een_advies_wordt_vastgelegd_terwijl_iemand_anders_het_slot_van_quartz_vasthoudt()
    {
        await using var app = NieuweFabriek();
        var route = new Route(app);
        var (id, taak) = await InAdviesAsync(app, $"Termijnrij slot {Guid.NewGuid():N}");
        await app.PasTermijnenToeAsync();

        // Another instance in the middle of a job-store transaction: it holds the TRIGGER_ACCESS row that every
        // change of a trigger waits for (clustered Quartz's row lock).
        var naam = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.SchedulerNaam;
        await using var slot = new NpgsqlConnection(app.ExtraInstellingen["Database:ConnectionString"]);
        await slot.OpenAsync();
        await using var tx = await slot.BeginTransactionAsync();
        await using (var neem = new NpgsqlCommand(
            "INSERT INTO qrtz_locks (sched_name, lock_name) VALUES (@naam, 'TRIGGER_ACCESS') ON CONFLICT DO NOTHING; " +
            "SELECT lock_name FROM qrtz_locks WHERE sched_name = @naam AND lock_name = 'TRIGGER_ACCESS' FOR UPDATE", slot, tx))
        {
            neem.Parameters.AddWithValue("naam", naam);
            (await neem.ExecuteScalarAsync()).ShouldBe("TRIGGER_ACCESS");
        }
        try
        {
            // The bound only guards against a hang: before the queue, the request waited here for the lock.
            var antwoord = await route.ActieAsync("juridisch", id, Triggers.AdviesUitbrengen, Instemming).WaitAsync(TimeSpan.FromSeconds(30));
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
            (await route.LaadAsync(id)).Taken.Single(t => t.Id == taak.Id).IsOpen.ShouldBeFalse("het advies is vastgelegd");
            (await OpdrachtenAsync(app)).Count(o => o.TaakId == taak.Id && o.IsVerwijdering).ShouldBe(2);
        }
        finally
        {
            await tx.RollbackAsync();
        }

        await app.PasTermijnenToeAsync();
        (await TriggersAsync(app)).ShouldNotContain(t => t.Naam.EndsWith($"-{taak.Id}"));
    }
}
