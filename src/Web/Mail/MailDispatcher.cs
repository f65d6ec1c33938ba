using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Sends due outbox rows. A row is claimed by moving its next attempt past the claim period (so a second
/// instance or a crash does not lose it), sent, and only then marked sent: delivery is at least once, and a
/// resend after a crash carries the same Message-Id. Failures back off exponentially; after the last attempt
/// the row is marked <see cref="MailStatus.Mislukt"/> for the beheerder. The background loop can be switched off
/// (<see cref="MailOptions.VerzendenOpAchtergrond"/>); whoever switches it off drives <see cref="VerstuurRondeAsync"/>.
/// </summary>
public sealed class MailDispatcher(IServiceScopeFactory scopes, MailSignaal signaal, IOptions<MailOptions> opties,
    Linktokenkluis kluis, TimeProvider klok, ILogger<MailDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SchermOudeLinksAfAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Afschermen van linktokens in oude verzonden mail mislukt");
        }
        if (!opties.Value.VerzendenOpAchtergrond) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while ((await VerstuurRondeAsync(stoppingToken)).Verzonden > 0) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Verzendronde van de mail-outbox mislukt");
            }
            try
            {
                await signaal.WachtAsync(opties.Value.Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Sent mail from before tokens were kept apart still has raw link tokens in its body: blank them out, once per
    /// start (a row written since then has the placeholder and is skipped).
    /// </summary>
    public async Task<int> SchermOudeLinksAfAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var oud = await db.UitgaandeMails
            .Where(m => m.Status == MailStatus.Verzonden && m.Tekst.Contains("/Link/") && !m.Tekst.Contains(Maillinks.Plaatshouder))
            .ToListAsync(ct);
        foreach (var mail in oud) mail.SchermLinksAf();
        await db.SaveChangesAsync(ct);
        if (oud.Count > 0) log.LogInformation("Linktokens afgeschermd in {Aantal} oude verzonden mail(s)", oud.Count);
        return oud.Count;
    }

    /// <summary>
    /// Sends what is due now (at most 20 rows) over one session and says what it did. The round stops when the server
    /// cannot be reached (it would fail them all); the rest wait for the next round.
    /// </summary>
    public async Task<Verzendronde> VerstuurRondeAsync(CancellationToken ct = default)
    {
        var o = opties.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var nu = klok.GetUtcNow().UtcDateTime;
        var due = await db.UitgaandeMails.AsNoTracking()
            .Where(m => m.Status == MailStatus.Wachtend && m.VolgendePogingOp <= nu)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(20).ToListAsync(ct);
        if (due.Count == 0) return Verzendronde.Leeg;

        await using var sessie = await transport.OpenAsync(ct);
        int verzonden = 0, mislukt = 0, elders = 0;
        foreach (var id in due)
        {
            // Claimed only while still due: a second dispatcher (or round) that read the same row gets 0 here.
            var claimTot = nu + o.Claimduur;
            var geclaimd = await db.UitgaandeMails
                .Where(m => m.Id == id && m.Status == MailStatus.Wachtend && m.VolgendePogingOp <= nu)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.VolgendePogingOp, claimTot), ct);
            if (geclaimd == 0)
            {
                elders++;
                continue;
            }

            var mail = await db.UitgaandeMails.SingleAsync(m => m.Id == id, ct);
            try
            {
                var token = mail.VersleuteldToken is { } versleuteld ? kluis.Ontsleutel(versleuteld) : null;
                await sessie.VerstuurAsync(MailOpmaak.Bericht(mail, o, token), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                mail.MarkeerMislukt($"{e.GetType().Name}: {e.Message}", klok.GetUtcNow().UtcDateTime, o);
                await db.SaveChangesAsync(CancellationToken.None);
                mislukt++;
                log.LogWarning("Mail {Id} aan {Aan} niet verstuurd (poging {Poging}): {Fout}", mail.Id, mail.AanAdres, mail.Pogingen, e.Message);
                // A refused message (or one whose token this instance cannot decrypt) says nothing about the others;
                // an unreachable server fails them all.
                if (e is MailKit.Net.Smtp.SmtpCommandException or System.Security.Cryptography.CryptographicException) continue;
                break;
            }
            // Only now marked: a crash before this line means one resend, with the same Message-Id.
            mail.MarkeerVerzonden(klok.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            verzonden++;
        }
        return new Verzendronde(due.Count, verzonden, mislukt, elders);
    }
}
