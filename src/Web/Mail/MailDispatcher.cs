using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Sends due outbox rows, a batch at a time over one SMTP connection. A batch is claimed by moving its rows' next
/// attempt past the claim period (so a second instance or a crash does not lose them), sent, and only then marked sent
/// in one commit: delivery is at least once, and a resend after a crash carries the same Message-Id. Failures back off exponentially; after the last attempt
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
                await VerstuurAchterstandAsync(stoppingToken);
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

    /// <summary>Rows claimed, sent and marked together: one claim and one commit per batch.</summary>
    public const int Batch = 20;

    /// <summary>
    /// Sends what is due now (at most <see cref="Batch"/> rows) over one session and says what it did. The round stops
    /// when the server cannot be reached (it would fail them all); the rest wait for the next round.
    /// </summary>
    public async Task<Verzendronde> VerstuurRondeAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        await using var sessie = await scope.ServiceProvider.GetRequiredService<IMailTransport>().OpenAsync(ct);
        return await VerstuurRondeAsync(sessie, ct);
    }

    /// <summary>
    /// Rounds until nothing is due or sent, over one session: the SMTP connection stays open from one batch to the next
    /// (and is made again after a failure), so a backlog costs one connect, not one per batch.
    /// </summary>
    public async Task VerstuurAchterstandAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await using var sessie = await scope.ServiceProvider.GetRequiredService<IMailTransport>().OpenAsync(ct);
        while ((await VerstuurRondeAsync(sessie, ct)).Verzonden > 0) { }
    }

    /// <summary>
    /// One batch: the due rows are claimed in one statement (their next attempt moved past the claim period, to a moment
    /// only this round uses), sent one by one, and marked sent or failed in one commit. Delivery stays at least once:
    /// a crash between sending and that commit leaves the batch's rows claimed, and when the claim runs out they go
    /// again, with the same Message-Id (at most <see cref="Batch"/> resends, where one row at a time risked one). A row
    /// counts as delivered only once the commit says so.
    /// </summary>
    private async Task<Verzendronde> VerstuurRondeAsync(IMailSessie sessie, CancellationToken ct)
    {
        var o = opties.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nu = klok.GetUtcNow().UtcDateTime;
        var due = await db.UitgaandeMails.AsNoTracking()
            .Where(m => m.Status == MailStatus.Wachtend && m.VolgendePogingOp <= nu)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0) return Verzendronde.Leeg;

        // Claimed only while still due: a second dispatcher (or round) that read the same rows gets none of them. The
        // claim's moment is this round's own (whole microseconds, as PostgreSQL stores them), so the rows it took are
        // the ones that carry it.
        var claimTot = Claimmoment(nu + o.Claimduur);
        var geclaimd = await db.UitgaandeMails
            .Where(m => due.Contains(m.Id) && m.Status == MailStatus.Wachtend && m.VolgendePogingOp <= nu)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.VolgendePogingOp, claimTot), ct);
        if (geclaimd == 0) return new Verzendronde(due.Count, 0, 0, due.Count);
        var mails = await db.UitgaandeMails.Where(m => due.Contains(m.Id) && m.VolgendePogingOp == claimTot)
            .OrderBy(m => m.Id).ToListAsync(ct);

        int verzonden = 0, mislukt = 0;
        try
        {
            foreach (var mail in mails)
            {
                try
                {
                    var token = mail.VersleuteldToken is { } versleuteld ? kluis.Ontsleutel(versleuteld) : null;
                    await sessie.VerstuurAsync(MailOpmaak.Bericht(mail, o, token), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    mail.MarkeerMislukt($"{e.GetType().Name}: {e.Message}", klok.GetUtcNow().UtcDateTime, o);
                    mislukt++;
                    log.LogWarning("Mail {Id} aan {Aan} niet verstuurd (poging {Poging}): {Fout}", mail.Id, mail.AanAdres, mail.Pogingen, e.Message);
                    // A refused message (or one whose token this instance cannot decrypt) says nothing about the others;
                    // an unreachable server fails them all.
                    if (e is MailKit.Net.Smtp.SmtpCommandException or System.Security.Cryptography.CryptographicException) continue;
                    break;
                }
                mail.MarkeerVerzonden(klok.GetUtcNow().UtcDateTime);
                verzonden++;
            }
        }
        finally
        {
            // Rows this round claimed but did not try (the server went away) are due again at once, as before the claim.
            foreach (var mail in mails.Where(m => m.Status == MailStatus.Wachtend && m.VolgendePogingOp == claimTot))
                mail.GeefClaimVrij(nu);
            // Only now marked, all in one commit: see the summary for what a crash before this line means.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return new Verzendronde(due.Count, verzonden, mislukt, due.Count - mails.Count);
    }

    private static DateTime Claimmoment(DateTime tot) =>
        new(tot.Ticks - tot.Ticks % 10 + 10 * Random.Shared.NextInt64(1, 1_000_000), DateTimeKind.Utc);
}
