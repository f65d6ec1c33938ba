using Besluitvorming.Web.Api.Webhooks;
using Besluitvorming.Web.Tests.Api.Webhooks;
using Besluitvorming.Web.Tests.Openbaar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="WebhookTests"/> on a real PostgreSQL server, and the fan-out race there.</summary>
public sealed class PostgresWebhookTests(PostgresFabriek fabriek) : WebhookTests(fabriek), IClassFixture<PostgresFabriek>
{
    [Fact]
    public async Task Twee_dispatchers_die_tegelijk_uitwaaieren_maken_per_notificatie_een_bezorging_en_bezorgen_die_een_keer()
    {
        await using var ontvanger = new Ontvanger();
        await ontvanger.StartAsync();
        var dispatcher = Fabriek.Services.GetRequiredService<WebhookDispatcher>();
        while ((await dispatcher.WaaierUitAsync(CancellationToken.None)).Notificaties > 0) { }
        // Only this test's subscription may take the three notifications: the class's other tests leave theirs active.
        using (var scope = Fabriek.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Data.BesluitvormingDbContext>().Abonnementen
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Actief, false));
        await AbonneerAsync(await AlsAsync(ClientB), Kanalen.VoorstelStapVeranderd, ontvanger.Adres);
        var nummers = new List<string>();
        for (var i = 0; i < 3; i++)
            nummers.Add((await _route.LaadAsync(await Besluiten.IngediendAsync(Fabriek, Uniek("Uitwaaieren")))).Registratienummer!);

        // Two fan-outs at once: both have read the same three notifications before either claims one; the loser's claim
        // waits for the winner's transaction and then finds nothing to claim.
        var samenkomst = Fabriek.Gelijktijdig.BijCommando(2, sql => sql.Contains("UPDATE") && sql.Contains("Notificaties") && sql.Contains("Uitgewaaierd"));
        var rondes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => dispatcher.WaaierUitAsync(CancellationToken.None))));
        samenkomst.Samen.ShouldBeTrue();
        rondes.Sum(r => r.Notificaties).ShouldBe(3);
        rondes.Sum(r => r.Bezorgingen).ShouldBe(3);

        await BezorgAsync();
        foreach (var nummer in nummers) Over(ontvanger, nummer).Count.ShouldBe(1);
    }
}
