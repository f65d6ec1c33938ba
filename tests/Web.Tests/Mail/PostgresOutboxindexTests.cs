using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Tests.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// On PostgreSQL every UPDATE of an outbox row (the claim, the "sent" record) writes a new entry into every index the row is
/// in. Most mail has no Sleutel and no traject, so those two indexes hold only the rows that have one; they still serve a
/// lookup, and a Sleutel is still unique.
/// </summary>
public sealed class PostgresOutboxindexTests
{
    [Fact]
    public async Task Mail_zonder_sleutel_of_traject_staat_niet_in_de_indexen_op_sleutel_en_traject()
    {
        using var app = new BesluitvormingFabriek { VerzendenOpAchtergrond = false };
        PostgresFabriek.OpEigenDatabase(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var nu = app.Klok.GetUtcNow().UtcDateTime;
        var sleutel = $"index-{Guid.NewGuid():N}";
        db.UitgaandeMails.AddRange(Enumerable.Range(0, 200).Select(i => new UitgaandeMail("gemeente.example", $"index{i}@gemeente.example",
            "Test", $"Index {i}", "<p>x</p>", "x", null, MailSoorten.Opmerking, nu)));
        db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", "sleutel@gemeente.example", "Test", "Met sleutel", "<p>x</p>", "x", null,
            MailSoorten.Opmerking, nu, sleutel).OverTraject(987_654));
        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"UitgaandeMails\"", ct);

        // After VACUUM a b-tree's reltuples is its number of entries.
        async Task<int> Ingangen(string index) => await db.Database.SqlQueryRaw<int>(
            "SELECT reltuples::int AS \"Value\" FROM pg_class WHERE relname = {0}", index).SingleAsync(ct);
        (await Ingangen("IX_UitgaandeMails_Sleutel")).ShouldBe(await db.UitgaandeMails.CountAsync(m => m.Sleutel != null, ct));
        (await Ingangen("IX_UitgaandeMails_TrajectId")).ShouldBe(await db.UitgaandeMails.CountAsync(m => m.TrajectId != null, ct));
        (await db.UitgaandeMails.CountAsync(ct)).ShouldBeGreaterThan(200);

        (await db.UitgaandeMails.CountAsync(m => m.Sleutel == sleutel, ct)).ShouldBe(1);
        (await db.UitgaandeMails.CountAsync(m => m.TrajectId == 987_654, ct)).ShouldBe(1);
        db.ChangeTracker.Clear();
        db.UitgaandeMails.Add(new UitgaandeMail("gemeente.example", "tweede@gemeente.example", "Test", "Zelfde sleutel", "<p>x</p>", "x", null,
            MailSoorten.Opmerking, nu, sleutel));
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }
}
