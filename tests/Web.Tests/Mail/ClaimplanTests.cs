using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// The outbox keeps every sent mail, so a dispatcher round's claim (the first due rows by id, <see cref="Verzendclaim"/>)
/// must read the waiting rows only: a plan that walks the sent mail, or reads every due row to sort them, costs more per
/// batch the longer the app runs or the larger the backlog. The plan is the database's own, on a real outbox with a few
/// thousand sent rows and up-to-date statistics.
/// </summary>
public sealed class ClaimplanTests
{
    public static TheoryData<bool> OpPostgres => [false, true];

    [Theory]
    [MemberData(nameof(OpPostgres))]
    public async Task De_claim_leest_alleen_wachtende_mail_hoeveel_verzonden_mail_de_outbox_ook_bewaart(bool postgres)
    {
        await using var app = new BesluitvormingFabriek { VerzendenOpAchtergrond = false };
        if (postgres) PostgresFabriek.OpEigenDatabase(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nu = app.Klok.GetUtcNow().UtcDateTime;
        var onderwerp = $"Claimplan {Guid.NewGuid():N}";
        db.UitgaandeMails.AddRange(Enumerable.Range(0, 3000).Select(i => new UitgaandeMail("gemeente.example", $"plan{i}@gemeente.example",
            "Test", $"{onderwerp} {i}", "<p>x</p>", "x", null, MailSoorten.Opmerking, nu.AddMinutes(-1))));
        await db.SaveChangesAsync();
        // All but the last 30 were sent long ago: the waiting rows come after them, as in an outbox that has run a while.
        var grens = await db.UitgaandeMails.Where(m => m.Onderwerp.StartsWith(onderwerp)).OrderByDescending(m => m.Id).Skip(30).Select(m => m.Id).FirstAsync();
        await db.UitgaandeMails.Where(m => m.Id <= grens).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Verzonden)
            .SetProperty(m => m.VerzondenOp, nu.AddMinutes(-1)));
        await db.Database.ExecuteSqlRawAsync("ANALYZE");

        var sql = new Verzendclaim(db, MailDispatcher.Batch).Sql;
        var plan = postgres ? await PostgresplanAsync(db, sql, nu) : await SqliteplanAsync(db, sql);

        plan.ShouldContain("IX_UitgaandeMails_Wachtend", customMessage: plan);
        // Nothing sorted (the index gives the id order) and no row read only to be dropped again.
        plan.ShouldNotContain("Sort", Case.Insensitive, plan);
        plan.ShouldNotContain("B-TREE", Case.Insensitive, plan);
        plan.ShouldNotContain("Rows Removed by Filter", Case.Insensitive, plan);
        // SQLite: a scan is only of the waiting rows' own index (in id order, up to the batch), never of the table.
        plan.Split('\n').ShouldNotContain(r => r.StartsWith("SCAN UitgaandeMails") && !r.Contains("IX_UitgaandeMails_Wachtend"), plan);
    }

    /// <summary>
    /// Within a backlog the claim reads on from the last batch: on PostgreSQL each claim and each record leaves a dead
    /// entry in the waiting rows' index (the row's next attempt and then its status change), which only a vacuum removes,
    /// and an index scan from the start read them all again per batch (with the statistics of a busy outbox a bitmap scan
    /// that visited their rows too: 12 ms per claim after 13,000 sent mails, most of the server's CPU per mail).
    /// </summary>
    [Fact]
    public async Task Een_claim_binnen_een_achterstand_leest_de_al_verstuurde_mail_niet_opnieuw()
    {
        await using var app = new BesluitvormingFabriek { VerzendenOpAchtergrond = false };
        PostgresFabriek.OpEigenDatabase(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var nu = app.Klok.GetUtcNow().UtcDateTime;
        var onderwerp = $"Achterstand {Guid.NewGuid():N}";
        db.UitgaandeMails.AddRange(Enumerable.Range(0, 3000).Select(i => new UitgaandeMail("gemeente.example", $"rij{i}@gemeente.example",
            "Test", $"{onderwerp} {i}", "<p>x</p>", "x", null, MailSoorten.Opmerking, nu.AddMinutes(-1))));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"UitgaandeMails\"");
        // A backlog that has sent all but the last 30: each row claimed, then marked sent, as the dispatcher does. No vacuum
        // has run since (it is busy sending), so the index still holds both dead entries per sent row.
        var grens = await db.UitgaandeMails.Where(m => m.Onderwerp.StartsWith(onderwerp)).OrderByDescending(m => m.Id).Skip(30).Select(m => m.Id).FirstAsync();
        await db.UitgaandeMails.Where(m => m.Id <= grens).ExecuteUpdateAsync(s => s.SetProperty(m => m.VolgendePogingOp, nu.AddMinutes(5)));
        await db.UitgaandeMails.Where(m => m.Id <= grens).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Verzonden)
            .SetProperty(m => m.VerzondenOp, nu));

        var claim = new Verzendclaim(db, MailDispatcher.Batch);
        var plan = await PostgresplanAsync(db, claim.Sql, nu, na: grens, buffers: true);

        // What finding the batch read (the CTE's first buffers line: its rows and a few index pages, not the update's own
        // writes); from the start it was the thousands of dead entries and their rows.
        var cte = plan[plan.IndexOf("CTE klaar", StringComparison.Ordinal)..];
        var treffer = System.Text.RegularExpressions.Regex.Match(cte, @"Buffers: shared hit=(\d+)(?: read=(\d+))?");
        treffer.Success.ShouldBeTrue(plan);
        var gelezen = int.Parse(treffer.Groups[1].Value) + (treffer.Groups[2].Success ? int.Parse(treffer.Groups[2].Value) : 0);
        gelezen.ShouldBeGreaterThan(0, plan);
        gelezen.ShouldBeLessThan(120, plan);
    }

    /// <summary>EXPLAIN ANALYZE of the claim, in a transaction that is rolled back (the claim is an UPDATE).</summary>
    private static async Task<string> PostgresplanAsync(BesluitvormingDbContext db, string sql, DateTime nu, long na = 0, bool buffers = false)
    {
        await db.Database.OpenConnectionAsync();
        await using var transactie = await db.Database.BeginTransactionAsync();
        await using var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.Transaction = transactie.GetDbTransaction();
        opdracht.CommandText = $"EXPLAIN (ANALYZE, COSTS OFF{(buffers ? ", BUFFERS" : "")}) " + sql;
        opdracht.Parameters.Add(new Npgsql.NpgsqlParameter("nu", nu));
        opdracht.Parameters.Add(new Npgsql.NpgsqlParameter("claim", nu.AddMinutes(5)));
        if (sql.Contains("@na", StringComparison.Ordinal)) opdracht.Parameters.Add(new Npgsql.NpgsqlParameter("na", na));
        var regels = new List<string>();
        await using (var lezer = await opdracht.ExecuteReaderAsync())
            while (await lezer.ReadAsync()) regels.Add(lezer.GetString(0));
        await transactie.RollbackAsync();
        return string.Join('\n', regels);
    }

    private static async Task<string> SqliteplanAsync(BesluitvormingDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.CommandText = "EXPLAIN QUERY PLAN " + sql;
        opdracht.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("@nu", "2999-01-01 00:00:00"));
        opdracht.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("@claim", "2999-01-01 00:05:00"));
        var regels = new List<string>();
        await using (var lezer = await opdracht.ExecuteReaderAsync())
            while (await lezer.ReadAsync()) regels.Add(lezer.GetString(3));
        return string.Join('\n', regels);
    }
}
