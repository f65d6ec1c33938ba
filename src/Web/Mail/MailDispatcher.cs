using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Sends due outbox rows, a batch at a time over one SMTP connection. A batch is claimed by moving its rows' next
/// attempt past the claim period (so a second instance or a crash does not lose them), and each row is marked sent as
/// soon as the server accepted it: delivery is at least once, a crash resends at most one mail, with the same Message-Id. Failures back off exponentially; after the last attempt
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

    /// <summary>Rows claimed together (one statement per batch); each is marked sent on its own, as soon as it is sent.</summary>
    public const int Batch = 20;

    /// <summary>
    /// Sends what is due now (at most <see cref="Batch"/> rows) over one session and says what it did. The round stops
    /// when the server cannot be reached (it would fail them all); the rest wait for the next round.
    /// </summary>
    public async Task<Verzendronde> VerstuurRondeAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        await using var sessie = await scope.ServiceProvider.GetRequiredService<IMailTransport>().OpenAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var markering = new Verzendmarkering(db);
            return await VerstuurRondeAsync(sessie, db, new Verzendclaim(db, Batch), markering, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Rounds until nothing is due or sent, over one session and one DbContext: the SMTP connection stays open from one
    /// batch to the next (and is made again after a failure), so a backlog costs one connect and one scope, not one per batch.
    /// </summary>
    public async Task VerstuurAchterstandAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        await using var sessie = await scope.ServiceProvider.GetRequiredService<IMailTransport>().OpenAsync(ct);
        // One database connection for the backlog too: a statement per mail would otherwise open (and on SQLite set up)
        // a pooled connection each time; the claim and the record are each built once for it.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var claim = new Verzendclaim(db, Batch);
            await using var markering = new Verzendmarkering(db);
            // The claims read on from the last batch; when nothing is due past it, one claim from the start decides whether
            // the backlog is done. A round that found mail and sent none (the server is gone) ends it, as before.
            Verzendronde ronde;
            while ((ronde = await VerstuurRondeAsync(sessie, db, claim, markering, ct)).Verzonden > 0 || (ronde.Klaar == 0 && claim.BeginVanVoren())) { }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// One batch: the due rows are claimed and read in one statement (<see cref="Verzendclaim"/>: their next attempt moved
    /// past the claim period, to a moment only this round uses), untracked, then sent one by one, and each is marked sent
    /// (one autocommitted UPDATE by id) right after the server accepted it. Delivery stays at least once, and a crash
    /// (kill -9) resends at most the one mail the server had accepted and this round had not yet marked: it goes again
    /// when the claim runs out, with the same Message-Id. Failures and rows not tried are written in one commit at the
    /// end, through the entity (only then is it loaded).
    /// </summary>
    private async Task<Verzendronde> VerstuurRondeAsync(IMailSessie sessie, BesluitvormingDbContext db, Verzendclaim claim,
        Verzendmarkering markering, CancellationToken ct)
    {
        var o = opties.Value;
        db.ChangeTracker.Clear();
        var nu = klok.GetUtcNow().UtcDateTime;
        // The claim's moment is this round's own (whole microseconds, as PostgreSQL stores them), so the rows that still
        // carry it at the end are the ones this round holds.
        var claimTot = Claimmoment(nu + o.Claimduur);
        var (mails, klaar) = await claim.NeemAsync(nu, claimTot, ct);
        if (mails.Count == 0) return klaar == 0 ? Verzendronde.Leeg : new Verzendronde(klaar, 0, 0, klaar);

        var mislukt = new List<(long Id, string Fout, DateTime Op)>();
        // Rows sent or failed so far, in order: the ones after them were not tried.
        var afgehandeld = 0;
        // The previous mail's record, written while this mail goes out; its end (and so its acceptance) waits for it.
        var vastlegging = Task.CompletedTask;
        try
        {
            foreach (var mail in mails)
            {
                try
                {
                    var token = mail.VersleuteldToken is { } versleuteld ? kluis.Ontsleutel(versleuteld) : null;
                    await sessie.VerstuurAsync(MailOpmaak.Bericht(mail, o, token, vastlegging), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // A failed record ends the round here: the database is gone, and this mail never reached its end.
                    await vastlegging;
                    mislukt.Add((mail.Id, $"{e.GetType().Name}: {e.Message}", klok.GetUtcNow().UtcDateTime));
                    afgehandeld++;
                    log.LogWarning("Mail {Id} aan {Aan} niet verstuurd: {Fout}", mail.Id, mail.AanAdres, e.Message);
                    // A refused message (or one whose token this instance cannot decrypt) says nothing about the others;
                    // an unreachable server fails them all.
                    if (e is MailKit.Net.Smtp.SmtpCommandException or System.Security.Cryptography.CryptographicException) continue;
                    break;
                }
                await vastlegging;
                afgehandeld++;
                vastlegging = await MarkeerVerzondenAsync(db, markering, mail);
            }
        }
        finally
        {
            try
            {
                // The connection does one statement at a time: the last record first.
                await vastlegging;
            }
            finally
            {
                // Rows this round claimed but did not try (the server went away) are due again at once, as before the claim.
                if (mislukt.Count > 0 || afgehandeld < mails.Count)
                    await LegUitkomstVastAsync(db, mislukt, mails.Skip(afgehandeld).Select(m => m.Id).ToList(), claimTot, nu);
            }
        }
        return new Verzendronde(klaar, afgehandeld - mislukt.Count, mislukt.Count, klaar - mails.Count);
    }

    /// <summary>
    /// Failures (back-off, or given up after the last attempt) and the release of rows not tried, in one commit, through
    /// <see cref="UitgaandeMail"/>'s own verbs; only rows that still carry this round's claim are touched.
    /// </summary>
    private async Task LegUitkomstVastAsync(BesluitvormingDbContext db, List<(long Id, string Fout, DateTime Op)> mislukt,
        List<long> nietGeprobeerd, DateTime claimTot, DateTime nu)
    {
        var ids = mislukt.Select(m => m.Id).Concat(nietGeprobeerd).ToList();
        var rijen = await db.UitgaandeMails
            .Where(m => ids.Contains(m.Id) && m.Status == MailStatus.Wachtend && m.VolgendePogingOp == claimTot)
            .ToDictionaryAsync(m => m.Id, CancellationToken.None);
        foreach (var (id, fout, op) in mislukt)
        {
            if (rijen.TryGetValue(id, out var mail)) mail.MarkeerMislukt(fout, op, opties.Value);
        }
        foreach (var id in nietGeprobeerd)
            if (rijen.TryGetValue(id, out var mail)) mail.GeefClaimVrij(nu);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// Records one sent mail in its own autocommitted statement, started right after the server accepted it and running
    /// while the next mail goes out (synchronously on a pool thread, see <see cref="Verzendmarkering.Markeer"/>); the next mail's end
    /// waits for it. Not cancelled: the server has the mail. What is recorded is what <see cref="UitgaandeMail.MarkeerVerzonden"/>
    /// does; the body is rewritten only when it still has a raw link token (mail from before tokens were kept apart), and
    /// that rare statement goes through EF and is awaited here.
    /// </summary>
    private async Task<Task> MarkeerVerzondenAsync(BesluitvormingDbContext db, Verzendmarkering markering, TeVersturenMail mail)
    {
        var id = mail.Id;
        var op = klok.GetUtcNow().UtcDateTime;
        var (html, tekst) = (Maillinks.SchermAf(mail.Html), Maillinks.SchermAf(mail.Tekst));
        if (html == mail.Html && tekst == mail.Tekst) return Task.Run(() => markering.Markeer(id, op));
        await db.UitgaandeMails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Verzonden)
            .SetProperty(m => m.VerzondenOp, op).SetProperty(m => m.LaatsteFout, (string?)null)
            .SetProperty(m => m.VersleuteldToken, (string?)null).SetProperty(m => m.Html, html)
            .SetProperty(m => m.Tekst, tekst), CancellationToken.None);
        return Task.CompletedTask;
    }

    private static DateTime Claimmoment(DateTime tot) =>
        new(tot.Ticks - tot.Ticks % 10 + 10 * Random.Shared.NextInt64(1, 1_000_000), DateTimeKind.Utc);
}
