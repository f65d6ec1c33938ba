using System.Diagnostics;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Issue 12's P5: N outbox rows sent by the app's <see cref="MailDispatcher"/> (claim, send, mark, per batch) to an
/// in-process SMTP server (<see cref="Smtpsink"/>), against a plain MailKit loop that sends the same messages over one
/// connection to the same server, in the same run, over several rounds that alternate which side goes first. Budget: the median ratio at least 0.8x.
/// </summary>
public static class Outboxbenchmark
{
    public const string Referentie = "MailKit-lus";

    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        await using var sink = new Smtpsink();
        using var host = new Benchmarkhost(opties, extra: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1", ["Mail:SmtpPoort"] = sink.Poort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:SmtpTls"] = nameof(SecureSocketOptions.None),
        });
        host.StartServer();
        var n = Math.Max(100, opties.Verzoeken * 7);
        var o = host.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        var dispatcher = host.Services.GetRequiredService<MailDispatcher>();
        // The demo data's own mail goes first, so each measured run sends exactly its N rows.
        await dispatcher.VerstuurAchterstandAsync(CancellationToken.None);
        var uitslagen = new List<Uitslag>();
        // The machine is shared: one round says little. Rounds alternate which side goes first (so neither always finds
        // the caches warm or the machine busier), and the verdict is the median of the rounds' ratios.
        var rondes = opties.Snel ? 3 : 5;
        // First rounds that only warm up (printed, not counted): tiered compilation promotes the dispatcher's larger
        // body of code later than the loop's, which made the ratio climb round after round (0.57x to 0.78x in one run).
        var opwarmrondes = opties.Snel ? 1 : 3;
        var verhoudingen = new List<double>();
        var server = opties.Postgres is null ? null : await Servercpu.VindAsync(host.Database);
        for (var ronde = 1 - opwarmrondes; ronde <= rondes; ronde++)
        {
            var mails = await SchrijfAsync(host.Services, n, ronde);
            (TimeSpan Tijd, TimeSpan Cpu) lus, outbox;
            var dbCpu = TimeSpan.Zero;
            async Task<TimeSpan> Dispatcher()
            {
                var voor = server?.Cpu() ?? TimeSpan.Zero;
                var tijd = await DispatcherAsync(host.Services, dispatcher, sink, n, ronde, uit);
                dbCpu = (server?.Cpu() ?? TimeSpan.Zero) - voor;
                return tijd;
            }
            if ((ronde + opwarmrondes) % 2 == 1)
            {
                lus = await MetCpuAsync(() => LusAsync(sink, mails, o, n));
                outbox = await MetCpuAsync(Dispatcher);
            }
            else
            {
                outbox = await MetCpuAsync(Dispatcher);
                lus = await MetCpuAsync(() => LusAsync(sink, mails, o, n));
            }
            var verhouding = lus.Tijd / outbox.Tijd;
            if (ronde <= 0)
            {
                uit.WriteLine($"Opwarmronde ({n} mails, niet meegeteld): kale MailKit-lus {n / lus.Tijd.TotalSeconds:0}/s, dispatcher " +
                              $"{n / outbox.Tijd.TotalSeconds:0}/s = {verhouding:0.00}x; loadavg {Belasting()}");
                continue;
            }
            verhoudingen.Add(verhouding);
            // The process's CPU time per mail (both sides include the in-process SMTP server's share) says what each side
            // costs even when a busy machine stretches the wall-clock figures.
            uit.WriteLine($"Ronde {ronde} ({((ronde + opwarmrondes) % 2 == 1 ? "lus eerst" : "dispatcher eerst")}): {n} mails; kale MailKit-lus {n / lus.Tijd.TotalSeconds:0}/s " +
                          $"({lus.Tijd.TotalMilliseconds / n:0.00} ms/mail, cpu {lus.Cpu.TotalMilliseconds / n:0.00}), dispatcher {n / outbox.Tijd.TotalSeconds:0}/s " +
                          $"({outbox.Tijd.TotalMilliseconds / n:0.00} ms/mail, cpu {outbox.Cpu.TotalMilliseconds / n:0.00}" +
                          (server is null ? "" : $", PostgreSQL-server cpu {dbCpu.TotalMilliseconds / n:0.00}") +
                          $") = {verhouding:0.00}x; loadavg {Belasting()}");
            uitslagen.Add(Rij($"{Referentie} {ronde}", "ms per mail", lus.Tijd / n, false));
            uitslagen.Add(Rij($"Dispatcher {ronde}", "ms per mail", outbox.Tijd / n, true));
        }
        var mediaan = Uitslag.Percentiel(verhoudingen, 50);
        uit.WriteLine($"Mediaan van {rondes} rondes: dispatcher {mediaan:0.00}x de kale MailKit-lus (budget >= 0.8x: {(mediaan >= 0.8 ? "PASS" : "FAIL")}); " +
                      $"loadavg {Belasting()}");
        return uitslagen;
    }

    private static async Task<(TimeSpan Tijd, TimeSpan Cpu)> MetCpuAsync(Func<Task<TimeSpan>> meet)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var tijd = await meet();
        return (tijd, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>The baseline: the same messages over one connection with a plain MailKit loop.</summary>
    private static async Task<TimeSpan> LusAsync(Smtpsink sink, List<UitgaandeMail> mails, MailOptions o, int n)
    {
        var voor = sink.Ontvangen;
        var klok = Stopwatch.StartNew();
        using (var smtp = new SmtpClient())
        {
            // As the app's transport connects (NoDelay, see SmtpMailTransport), so both pay the same per message.
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync("127.0.0.1", sink.Poort);
            await smtp.ConnectAsync(socket, "127.0.0.1", sink.Poort, SecureSocketOptions.None);
            foreach (var mail in mails) await smtp.SendAsync(MailOpmaak.Bericht(mail, o));
            await smtp.DisconnectAsync(true);
        }
        var lus = klok.Elapsed;
        Controleer(sink.Ontvangen - voor, n, Referentie);
        return lus;
    }

    /// <summary>The app's dispatcher sends the backlog; every row arrives once and is marked sent.</summary>
    private static async Task<TimeSpan> DispatcherAsync(IServiceProvider diensten, MailDispatcher dispatcher, Smtpsink sink, int n, int ronde,
        TextWriter uit)
    {
        var voor = sink.Ontvangen;
        sink.VergeetMessageIds();
        var verzondenVoor = await VerzondenAsync(diensten);
        var klok = Stopwatch.StartNew();
        await dispatcher.VerstuurAchterstandAsync(CancellationToken.None);
        var outbox = klok.Elapsed;
        // Also whatever the app's own timers wrote meanwhile (reminders of the demo data): at least the N, and
        // exactly the rows marked sent in the meantime, none of them twice.
        var aangekomen = sink.Ontvangen - voor;
        if (aangekomen < n) Controleer(aangekomen, n, "Dispatcher");
        Controleer(aangekomen, await VerzondenAsync(diensten) - verzondenVoor, "Dispatcher (als verzonden gemarkeerd)");
        if (sink.Dubbel is { Count: > 0 } dubbel) throw new InvalidOperationException($"Dispatcher: {dubbel.Count} mail(s) twee keer aangekomen.");
        if (aangekomen > n) uit.WriteLine($"Ronde {ronde}: {aangekomen - n} extra mail(s) die de app zelf intussen schreef (herinneringen van de demodata).");
        using var scope = diensten.CreateScope();
        var wachtend = await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails
            .CountAsync(m => m.Status != MailStatus.Verzonden);
        if (wachtend > 0) throw new InvalidOperationException($"{wachtend} mails niet als verzonden gemarkeerd.");
        return outbox;
    }

    private static async Task<int> VerzondenAsync(IServiceProvider diensten)
    {
        using var scope = diensten.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails
            .CountAsync(m => m.Status == MailStatus.Verzonden);
    }

    private static void Controleer(int ontvangen, int n, string wie)
    {
        if (ontvangen != n) throw new InvalidOperationException($"{wie}: {ontvangen} van de {n} mails aangekomen.");
    }

    private static string Belasting() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static Uitslag Rij(string naam, string wat, TimeSpan perMail, bool tegenBudget) =>
        new(naam, wat, [perMail.TotalMilliseconds], [perMail.TotalMilliseconds], [0], [0], tegenBudget);

    /// <summary>N waiting outbox rows of an ordinary size (an advice request's body is a few kB).</summary>
    private static async Task<List<UitgaandeMail>> SchrijfAsync(IServiceProvider diensten, int n, int ronde)
    {
        using var scope = diensten.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nu = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var tekst = string.Concat(Enumerable.Repeat("Uw advies wordt gevraagd over het volgende collegevoorstel. ", 40));
        var mails = Enumerable.Range(0, n).Select(i => new UitgaandeMail("gemeente.example", $"adviseur{i % 50}@gemeente.example", "Adviseur",
            $"Advies gevraagd {ronde}-{i}", $"<p>{tekst}</p>", tekst, null, MailSoorten.AdviesGevraagd, nu)).ToList();
        db.UitgaandeMails.AddRange(mails);
        await db.SaveChangesAsync();
        return mails;
    }
}
