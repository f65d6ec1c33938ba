using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// The dispatcher's guarantees on PostgreSQL, where several instances share one outbox: a claim is taken by one round
/// only, each mail is recorded as sent before the next goes out, and a record that fails after the server accepted the
/// mail costs one resend with the same Message-Id. Real PostgreSQL (test.sh) and real SMTP (maildev).
/// </summary>
public sealed class PostgresVerzendingTests : IAsyncLifetime
{
    private Maildev _server = null!;
    private MailFabriek _fabriek = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await Maildev.EigenAsync();
        _fabriek = new MailFabriek(_server, postgres: true) { VerzendenOpAchtergrond = false };
        (await _fabriek.VerstuurMailAsync()).Mislukt.ShouldBe(0);
    }

    public async ValueTask DisposeAsync()
    {
        await _fabriek.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task SchrijfAsync(string onderwerp, int aantal)
    {
        using var scope = _fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        for (var i = 0; i < aantal; i++)
            db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", $"pg{i}@gemeente.example", "Test", $"{onderwerp} {i}",
                "<p>x</p>", "x", null, MailSoorten.Opmerking, _fabriek.Klok.GetUtcNow().UtcDateTime.AddMinutes(-1)));
        await db.SaveChangesAsync();
    }

    private async Task<List<UitgaandeMail>> OutboxAsync(string onderwerp)
    {
        using var scope = _fabriek.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails.AsNoTracking()
            .Where(m => m.Onderwerp.StartsWith(onderwerp)).ToListAsync();
    }

    [Fact]
    public Task Een_tweede_instantie_op_PostgreSQL_slaat_over_wat_de_eerste_midden_in_haar_ronde_vasthoudt() => OverlappendeRondes.ElkeMailGaatEenKeerAsync(_fabriek, _server);

    [Fact]
    public async Task Drie_verzenders_tegelijk_op_PostgreSQL_versturen_elke_mail_een_keer()
    {
        var onderwerp = $"PgClaim {Guid.NewGuid():N}";
        await SchrijfAsync(onderwerp, 10);
        // All three rounds reach their claim statement before any of them runs it.
        var samenkomst = _fabriek.Gelijktijdig.BijCommando(3, sql => sql.Contains("UPDATE") && sql.Contains("UitgaandeMails") && sql.Contains("VolgendePogingOp"));
        var dispatcher = _fabriek.Services.GetRequiredService<MailDispatcher>();
        var rondes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => dispatcher.VerstuurRondeAsync())));

        samenkomst.Samen.ShouldBeTrue();
        // One statement claims and reads (FOR UPDATE SKIP LOCKED), so a round sees only what it took.
        rondes.Sum(r => r.Klaar).ShouldBe(10, "elke rij is door precies één ronde geclaimd");
        rondes.Sum(r => r.Verzonden).ShouldBe(10);
        (await OutboxAsync(onderwerp)).ShouldAllBe(m => m.Status == MailStatus.Verzonden);
        for (var i = 0; i < 10; i++) await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} {i}");
        var berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.StartsWith(onderwerp)).ToList();
        berichten.Count.ShouldBe(10);
        berichten.Select(b => b.MessageId).Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public async Task Elke_verzonden_mail_staat_op_PostgreSQL_vast_voordat_de_volgende_wordt_aangenomen()
    {
        var onderwerp = $"PgMarkering {Guid.NewGuid():N}";
        await SchrijfAsync(onderwerp, 5);
        var waarnemingen = new List<(string MessageId, int NietVastgelegd)>();
        await using var app = _fabriek.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IMailTransport>(sp => new VerzendmarkeringTests.Waarnemer(sp.GetRequiredService<SmtpMailTransport>(), sp, waarnemingen))));

        await app.Services.GetRequiredService<MailDispatcher>().VerstuurAchterstandAsync(CancellationToken.None);

        waarnemingen.Count.ShouldBe(5);
        waarnemingen.ShouldAllBe(w => w.NietVastgelegd == 0);
        (await OutboxAsync(onderwerp)).ShouldAllBe(m => m.Status == MailStatus.Verzonden && m.VerzondenOp != null);
    }

    [Fact]
    public async Task Mislukte_vastlegging_na_acceptatie_geeft_een_herzending_met_hetzelfde_message_id()
    {
        var onderwerp = $"PgVastlegging {Guid.NewGuid():N}";
        await SchrijfAsync(onderwerp, 5);
        var verbinding = _fabriek.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!;
        await using (var app = _fabriek.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IMailTransport>(sp => new Verbindingsbreker(sp.GetRequiredService<SmtpMailTransport>(), verbinding, $"{onderwerp} 2")))))
        {
            // The server accepts mail 2, then the dispatcher's database connection dies before mail 2 is recorded. Mail 3 is
        // on its way by then, but its end waits for that record, so the server never accepts it.
            await Should.ThrowAsync<Exception>(() => app.Services.GetRequiredService<MailDispatcher>().VerstuurAchterstandAsync(CancellationToken.None));
        }
        var eerste = await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} 2");
        var outbox = await OutboxAsync(onderwerp);
        outbox.Single(m => m.Onderwerp == $"{onderwerp} 0").Status.ShouldBe(MailStatus.Verzonden);
        outbox.Single(m => m.Onderwerp == $"{onderwerp} 1").Status.ShouldBe(MailStatus.Verzonden);
        outbox.Where(m => m.Status == MailStatus.Wachtend).Select(m => m.Onderwerp).Order()
            .ShouldBe([$"{onderwerp} 2", $"{onderwerp} 3", $"{onderwerp} 4"]);

        // Once the claim has run out, what was not recorded goes (again): mail 2 a second time, 3 and 4 for the first;
        // had mail 3 been accepted while mail 2's record failed, it would now arrive twice as well.
        var claimduur = _fabriek.Services.GetRequiredService<IOptions<MailOptions>>().Value.Claimduur;
        _fabriek.Klok.ZetOp(_fabriek.Klok.GetUtcNow() + claimduur + TimeSpan.FromMinutes(1));
        await _fabriek.Services.GetRequiredService<MailDispatcher>().VerstuurAchterstandAsync(CancellationToken.None);

        (await OutboxAsync(onderwerp)).ShouldAllBe(m => m.Status == MailStatus.Verzonden);
        await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} 4");
        await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} 2" && b.Id != eerste.Id);
        var berichten = (await _server.BerichtenAsync()).Where(b => b.Onderwerp.StartsWith(onderwerp)).ToList();
        berichten.GroupBy(b => b.Onderwerp).ToDictionary(g => g.Key, g => g.Count()).ShouldBe(new Dictionary<string, int>
        {
            [$"{onderwerp} 0"] = 1, [$"{onderwerp} 1"] = 1, [$"{onderwerp} 2"] = 2, [$"{onderwerp} 3"] = 1, [$"{onderwerp} 4"] = 1,
        }, ignoreOrder: true);
        berichten.Where(b => b.Onderwerp == $"{onderwerp} 2").ShouldAllBe(b => b.MessageId == eerste.MessageId);
    }

    [Fact]
    public async Task Mail_die_tijdens_de_achterstand_klaar_komt_onder_de_laatst_geclaimde_gaat_in_dezelfde_achterstand_mee()
    {
        // The claims of a backlog read on from the last batch; a row below it that becomes due meanwhile (a transaction
        // that took its id earlier and committed later, a released claim) must not wait for the next backlog.
        var onderwerp = $"PgCursor {Guid.NewGuid():N}";
        await SchrijfAsync($"{onderwerp} laat", 1);
        using (var scope = _fabriek.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().UitgaandeMails
                .Where(m => m.Onderwerp.StartsWith($"{onderwerp} laat"))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.VolgendePogingOp, _fabriek.Klok.GetUtcNow().UtcDateTime.AddHours(1)));
        await SchrijfAsync(onderwerp, MailDispatcher.Batch + 5);
        var verbinding = _fabriek.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!;
        var klaar = _fabriek.Klok.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await using (var app = _fabriek.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IMailTransport>(sp => new Klaarzetter(sp.GetRequiredService<SmtpMailTransport>(), verbinding,
                $"{onderwerp} {MailDispatcher.Batch}", $"{onderwerp} laat 0", klaar)))))
            await app.Services.GetRequiredService<MailDispatcher>().VerstuurAchterstandAsync(CancellationToken.None);

        (await OutboxAsync(onderwerp)).ShouldAllBe(m => m.Status == MailStatus.Verzonden);
        await _server.WachtOpAsync(b => b.Onderwerp == $"{onderwerp} laat 0");
    }

    /// <summary>Sends for real; once the message with the given subject is sent, makes another row due from <c>klaar</c>.</summary>
    private sealed class Klaarzetter(IMailTransport echt, string verbinding, string bij, string rij, DateTime klaar) : IMailTransport
    {
        public async Task<IMailSessie> OpenAsync(CancellationToken ct) => new Sessie(await echt.OpenAsync(ct), verbinding, bij, rij, klaar);

        private sealed class Sessie(IMailSessie echt, string verbinding, string bij, string rij, DateTime klaar) : IMailSessie
        {
            public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
            {
                await echt.VerstuurAsync(bericht, ct);
                if (bericht.Subject != bij) return;
                await using var eigen = new NpgsqlConnection(verbinding);
                await eigen.OpenAsync(ct);
                await using var opdracht = new NpgsqlCommand(
                    "UPDATE \"UitgaandeMails\" SET \"VolgendePogingOp\" = @klaar WHERE \"Onderwerp\" = @rij", eigen);
                opdracht.Parameters.AddWithValue("klaar", klaar);
                opdracht.Parameters.AddWithValue("rij", rij);
                (await opdracht.ExecuteNonQueryAsync(ct)).ShouldBe(1);
            }

            public ValueTask DisposeAsync() => echt.DisposeAsync();
        }
    }

    /// <summary>
    /// Sends for real; right after the server accepted the message with the given subject, ends the database connection
    /// that recorded the earlier messages (the dispatcher's), as a database failover or a network cut would.
    /// </summary>
    private sealed class Verbindingsbreker(IMailTransport echt, string verbinding, string onderwerp) : IMailTransport
    {
        public async Task<IMailSessie> OpenAsync(CancellationToken ct) => new Sessie(await echt.OpenAsync(ct), verbinding, onderwerp);

        private sealed class Sessie(IMailSessie echt, string verbinding, string onderwerp) : IMailSessie
        {
            public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
            {
                await echt.VerstuurAsync(bericht, ct);
                if (bericht.Subject != onderwerp) return;
                await using var beheer = new NpgsqlConnection(verbinding);
                await beheer.OpenAsync(ct);
                await using var opdracht = new NpgsqlCommand(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() " +
                    "AND pid <> pg_backend_pid() AND query LIKE 'UPDATE%VerzondenOp%'", beheer);
                ((long)(await opdracht.ExecuteScalarAsync(ct))!).ShouldBeGreaterThanOrEqualTo(1L);
                // Pooled connections that were terminated too must not be handed out again.
                NpgsqlConnection.ClearAllPools();
            }

            public ValueTask DisposeAsync() => echt.DisposeAsync();
        }
    }
}
