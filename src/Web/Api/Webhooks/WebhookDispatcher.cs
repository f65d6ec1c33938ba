using System.Net.Http.Headers;
using System.Text;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// Fans notifications out to the subscriptions of their channel and delivers them, like the mail outbox's dispatcher:
/// a notification is claimed for fan-out by flipping <see cref="Notificatie.Uitgewaaierd"/> in the transaction that
/// adds its deliveries (a second instance's update finds nothing to flip); a delivery is claimed by moving its next
/// attempt past the claim period while it is still due, POSTed, and only then marked. Delivery is at least once;
/// the Besluitvorming-Gebeurtenis-Id header lets a receiver drop a repeat after a crash between sending and marking.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, IDataProtectionProvider bescherming,
    IOptions<WebhookOptions> opties, TimeProvider klok, ILogger<WebhookDispatcher> log) : BackgroundService
{
    public const string HttpClientNaam = "webhooks";

    private readonly IDataProtector _geheimen = Geheimen(bescherming);

    public static IDataProtector Geheimen(IDataProtectionProvider bescherming) => bescherming.CreateProtector("Besluitvorming.Webhooks.Geheim");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!opties.Value.VerzendenOpAchtergrond) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while ((await RondeAsync(stoppingToken)).DeedIets) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Bezorgronde van de webhooks mislukt");
            }
            try
            {
                await Task.Delay(opties.Value.Interval, klok, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Fans out what is new (at most 100 notifications) and delivers what is due now (at most 20).</summary>
    public async Task<Bezorgronde> RondeAsync(CancellationToken ct = default)
    {
        var (uitgewaaierd, aangemaakt) = await WaaierUitAsync(ct);
        return await BezorgAsync(ct) with { Uitgewaaierd = uitgewaaierd, Aangemaakt = aangemaakt };
    }

    /// <summary>Makes the deliveries of up to 100 notifications that were not fanned out yet; says how many of each.</summary>
    public async Task<(int Notificaties, int Bezorgingen)> WaaierUitAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nieuw = await db.Notificaties.AsNoTracking().Where(n => !n.Uitgewaaierd).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.Kanaal }).Take(100).ToListAsync(ct);
        if (nieuw.Count == 0) return (0, 0);
        var kanalen = nieuw.Select(n => n.Kanaal).Distinct().ToList();
        var abonnementen = await db.Abonnementen.AsNoTracking().Where(a => a.Actief && kanalen.Contains(a.Kanaal))
            .Select(a => new { a.Id, a.Kanaal, a.VanafNotificatieId }).ToListAsync(ct);
        int notificaties = 0, bezorgingen = 0;
        foreach (var n in nieuw)
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Claimed only while not fanned out: a second dispatcher's update waits for this transaction, then finds 0.
            if (await db.Notificaties.Where(x => x.Id == n.Id && !x.Uitgewaaierd)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Uitgewaaierd, true), ct) == 0)
                continue;
            var voor = abonnementen.Where(a => a.Kanaal == n.Kanaal && a.VanafNotificatieId < n.Id).ToList();
            foreach (var a in voor) db.Bezorgingen.Add(new Bezorging(n.Id, a.Id, nu));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            notificaties++;
            bezorgingen += voor.Count;
        }
        return (notificaties, bezorgingen);
    }

    private async Task<Bezorgronde> BezorgAsync(CancellationToken ct)
    {
        var o = opties.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nu = klok.GetUtcNow().UtcDateTime;
        var due = await db.Bezorgingen.AsNoTracking()
            .Where(b => b.Status == BezorgStatus.Wachtend && b.VolgendePogingOp <= nu)
            .OrderBy(b => b.Id).Select(b => b.Id).Take(20).ToListAsync(ct);
        int bezorgd = 0, mislukt = 0, elders = 0;
        var client = http.CreateClient(HttpClientNaam);
        client.Timeout = o.Timeout;
        foreach (var id in due)
        {
            var claimTot = nu + o.Claimduur;
            if (await db.Bezorgingen.Where(b => b.Id == id && b.Status == BezorgStatus.Wachtend && b.VolgendePogingOp <= nu)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.VolgendePogingOp, claimTot), ct) == 0)
            {
                elders++;
                continue;
            }
            var bezorging = await db.Bezorgingen.Include(b => b.Notificatie).Include(b => b.Abonnement).SingleAsync(b => b.Id == id, ct);
            var (statuscode, fout) = await PostAsync(client, bezorging, ct);
            var daarna = klok.GetUtcNow().UtcDateTime;
            if (fout is null)
            {
                bezorging.MarkeerBezorgd(statuscode!.Value, daarna);
                bezorgd++;
            }
            else
            {
                bezorging.MarkeerMislukt(statuscode, fout, daarna, o);
                mislukt++;
                log.LogWarning("Webhook {Id} ({Kanaal}) aan {Url} niet bezorgd (poging {Poging}): {Fout}", bezorging.Id,
                    bezorging.Notificatie.Kanaal, bezorging.Abonnement.CallbackUrl, bezorging.Pogingen, fout);
            }
            // Only now marked: a crash before this line means one resend, with the same Gebeurtenis-Id.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return new Bezorgronde(0, 0, bezorgd, mislukt, elders);
    }

    /// <summary>The status code and, unless it was a 2xx, what went wrong (in Dutch, for the beheerder).</summary>
    private async Task<(int? Statuscode, string? Fout)> PostAsync(HttpClient client, Bezorging bezorging, CancellationToken ct)
    {
        var a = bezorging.Abonnement;
        var n = bezorging.Notificatie;
        if (!a.Actief) return (null, "Het abonnement is opgeheven.");
        string geheim;
        try
        {
            geheim = _geheimen.Unprotect(a.VersleuteldGeheim);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            return (null, $"Het geheim van het abonnement is niet te ontsleutelen: {e.Message}");
        }
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, a.CallbackUrl)
        {
            Content = new StringContent(n.Inhoud, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        verzoek.Headers.Add(Handtekening.Header, Handtekening.Maak(geheim, klok.GetUtcNow().ToUnixTimeSeconds(), n.Inhoud));
        verzoek.Headers.Add(Handtekening.GebeurtenisHeader, n.GebeurtenisId.ToString());
        verzoek.Headers.Add(Handtekening.KanaalHeader, n.Kanaal);
        try
        {
            using var antwoord = await client.SendAsync(verzoek, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)antwoord.StatusCode;
            return antwoord.IsSuccessStatusCode ? (code, null) : (code, $"De ontvanger antwoordde {code} {antwoord.ReasonPhrase}.");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"Geen antwoord binnen {opties.Value.Timeout.TotalSeconds:0.#} seconden.");
        }
        catch (HttpRequestException e)
        {
            return (null, $"Niet bereikbaar: {e.Message}");
        }
    }
}
