using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// Two app instances on one outbox whose rounds overlap: instance A claims a batch and is held on its first mail (after
/// its claim has committed, before anything is sent); instance B runs its rounds meanwhile. B must take only the rows A
/// did not claim, and nothing A holds; then A is let go and sends its batch. The interleaving is forced by the transport
/// (no sleeps); the mail goes to a real SMTP server (maildev), on whichever database the factory uses.
/// </summary>
internal static class OverlappendeRondes
{
    public static async Task ElkeMailGaatEenKeerAsync(MailFabriek fabriek, Maildev server)
    {
        var onderwerp = $"Overlap {Guid.NewGuid():N}";
        const int aantal = MailDispatcher.Batch + 10;
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            for (var i = 0; i < aantal; i++)
                db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", $"overlap{i}@gemeente.example", "Test", $"{onderwerp} {i}",
                    "<p>x</p>", "x", null, MailSoorten.Opmerking, fabriek.Klok.GetUtcNow().UtcDateTime.AddMinutes(-1)));
            await db.SaveChangesAsync();
        }
        var vastgehouden = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var verder = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = fabriek.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IMailTransport>(sp => new Ophouder(sp.GetRequiredService<SmtpMailTransport>(), vastgehouden, verder))));

        var rondeA = Task.Run(() => a.Services.GetRequiredService<MailDispatcher>().VerstuurRondeAsync());
        await vastgehouden.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var dispatcherB = fabriek.Services.GetRequiredService<MailDispatcher>();
        var rondeB = await dispatcherB.VerstuurRondeAsync();
        var tweedeRondeB = await dispatcherB.VerstuurRondeAsync();
        verder.SetResult();
        var uitA = await rondeA;

        rondeB.ShouldBe(new Verzendronde(aantal - MailDispatcher.Batch, aantal - MailDispatcher.Batch, 0, 0), "B neemt alleen wat A niet had geclaimd");
        tweedeRondeB.Klaar.ShouldBe(0, "wat A vasthoudt is voor B niet klaar");
        uitA.Verzonden.ShouldBe(MailDispatcher.Batch);
        using (var scope = fabriek.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails.AsNoTracking()
                .Where(m => m.Onderwerp.StartsWith(onderwerp)).ToListAsync()).ShouldAllBe(m => m.Status == MailStatus.Verzonden);
        for (var i = 0; i < aantal; i++) await server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} {i}");
        var berichten = (await server.BerichtenAsync()).Where(b => b.Onderwerp.StartsWith(onderwerp)).ToList();
        berichten.Count.ShouldBe(aantal);
        berichten.Select(b => b.MessageId).Distinct().Count().ShouldBe(aantal);
    }

    /// <summary>Holds the first message of a session until the test lets it go, after saying it is holding it.</summary>
    private sealed class Ophouder(IMailTransport echt, TaskCompletionSource vastgehouden, TaskCompletionSource verder) : IMailTransport
    {
        public async Task<IMailSessie> OpenAsync(CancellationToken ct) => new Sessie(await echt.OpenAsync(ct), vastgehouden, verder);

        private sealed class Sessie(IMailSessie echt, TaskCompletionSource vastgehouden, TaskCompletionSource verder) : IMailSessie
        {
            public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
            {
                if (vastgehouden.TrySetResult()) await verder.Task;
                await echt.VerstuurAsync(bericht, ct);
            }

            public ValueTask DisposeAsync() => echt.DisposeAsync();
        }
    }
}
