using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Claims a batch of due outbox rows for one dispatcher round and reads what sending needs. On SQLite and PostgreSQL
/// that is ONE statement: <c>WITH klaar AS (the first due ids) UPDATE ... SET VolgendePogingOp = claim WHERE Id IN klaar
/// AND still due RETURNING</c> the columns of <see cref="TeVersturenMail"/>. SQLite runs one writer at a time, so the
/// statement sees and moves the rows atomically; PostgreSQL locks the due rows in the CTE with <c>FOR UPDATE SKIP LOCKED</c> (a
/// row another instance is claiming right now is skipped, not waited for; one it claimed since this statement's
/// snapshot is checked again and no longer due). The command is built once per backlog and runs through EF Core's
/// command pipeline (interceptors, logging) on the backlog's open connection. Other providers (SQL Server, which cannot
/// run on the build machines) keep the tested two-statement claim through LINQ: read the due rows, then move those
/// still due, and read back which ones this round got.
/// </summary>
internal sealed class Verzendclaim(BesluitvormingDbContext db, int batch)
{
    private IRelationalCommand? _opdracht;
    private long _na;

    /// <summary>
    /// The next claim reads from the first row again, not on from the last batch; false when it did so already. Before
    /// a backlog ends it claims once from the start, so a row below the cursor (a transaction that took its id earlier
    /// and committed later, a claim released after a failure) is not left for the next backlog.
    /// </summary>
    public bool BeginVanVoren()
    {
        if (_na == 0) return false;
        _na = 0;
        return true;
    }

    /// <summary>
    /// The rows this round now holds (their next attempt moved to <paramref name="claimTot"/>), in id order, and how many
    /// were due when it looked (more than it holds only when another round claimed some in between: the two-statement claim).
    /// </summary>
    public async Task<(List<TeVersturenMail> Mails, int Klaar)> NeemAsync(DateTime nu, DateTime claimTot, CancellationToken ct)
    {
        // The context's type, not IsNpgsql(): that extension would load the PostgreSQL provider on SQLite (issue 12, P4).
        if (db is not (SqliteBesluitvormingDbContext or PostgresBesluitvormingDbContext)) return await NeemInTweeStappenAsync(nu, claimTot, ct);
        var opdracht = _opdracht ??= Maak();
        var verbinding = db.GetService<IRelationalConnection>();
        var mails = new List<TeVersturenMail>(batch);
        await using (var lezer = await opdracht.ExecuteReaderAsync(new RelationalCommandParameterObject(verbinding,
                         new Dictionary<string, object?> { ["nu"] = nu, ["claim"] = claimTot, ["na"] = _na }, null, db,
                         db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.ExecuteUpdate), ct))
        {
            var r = lezer.DbDataReader;
            while (await r.ReadAsync(ct))
                mails.Add(new TeVersturenMail(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    r.GetString(5), r.GetString(6), r.GetDateTime(7), r.IsDBNull(8) ? null : r.GetString(8)));
        }
        // RETURNING gives no order (SQLite's is unspecified): sent in id order, as written.
        mails.Sort((a, b) => a.Id.CompareTo(b.Id));
        if (mails.Count > 0 && db is PostgresBesluitvormingDbContext) _na = mails[^1].Id;
        return (mails, mails.Count);
    }

    /// <summary>The one-statement claim's SQL (SQLite and PostgreSQL), for a look at its query plan.</summary>
    internal string Sql => (_opdracht ??= Maak()).CommandText;

    private IRelationalCommand Maak()
    {
        var t = new Outboxtabel(db);
        string K(string eigenschap) => t.Kolom(eigenschap);
        var nu = t.Sql.GenerateParameterNamePlaceholder("nu");
        var claim = t.Sql.GenerateParameterNamePlaceholder("claim");
        var (id, volgende) = (K(nameof(UitgaandeMail.Id)), K(nameof(UitgaandeMail.VolgendePogingOp)));
        var due = $"{K(nameof(UitgaandeMail.Status))} = {t.Status(MailStatus.Wachtend)} AND {volgende} <= {nu}";
        var kolommen = string.Join(", ", new[]
        {
            nameof(UitgaandeMail.Id), nameof(UitgaandeMail.MessageId), nameof(UitgaandeMail.AanAdres), nameof(UitgaandeMail.AanNaam),
            nameof(UitgaandeMail.Onderwerp), nameof(UitgaandeMail.Html), nameof(UitgaandeMail.Tekst), nameof(UitgaandeMail.AangemaaktOp),
            nameof(UitgaandeMail.VersleuteldToken),
        }.Select(K));
        // On PostgreSQL the batch is a MATERIALIZED CTE: as a plain IN (subquery) the planner may make it the inner side of
        // a nested loop and run it again per row, and each run skips the rows the statement itself just locked and takes
        // the next ones, past the LIMIT (seen on a fresh table: a claim of 20 took all 30 due rows).
        var postgres = db is PostgresBesluitvormingDbContext;
        var (materialiseer, vergrendel) = postgres ? (" MATERIALIZED", " FOR UPDATE SKIP LOCKED") : ("", "");
        var vanaf = postgres ? $" AND {id} > {t.Sql.GenerateParameterNamePlaceholder("na")}" : "";
        var sql = $"WITH klaar AS{materialiseer} (SELECT {id} FROM {t.Naam} WHERE {due}{vanaf} ORDER BY {id} LIMIT {batch}{vergrendel}) " +
                  $"UPDATE {t.Naam} SET {volgende} = {claim} WHERE {id} IN (SELECT {id} FROM klaar) AND {due} " +
                  $"RETURNING {kolommen}";
        var opdracht = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql)
            .AddParameter("nu", t.Sql.GenerateParameterName("nu"), t.Mapping(nameof(UitgaandeMail.VolgendePogingOp)), nullable: false)
            .AddParameter("claim", t.Sql.GenerateParameterName("claim"), t.Mapping(nameof(UitgaandeMail.VolgendePogingOp)), nullable: false);
        if (postgres) opdracht.AddParameter("na", t.Sql.GenerateParameterName("na"), t.Mapping(nameof(UitgaandeMail.Id)), nullable: false);
        return opdracht.Build();
    }

    private async Task<(List<TeVersturenMail> Mails, int Klaar)> NeemInTweeStappenAsync(DateTime nu, DateTime claimTot, CancellationToken ct)
    {
        var due = await db.UitgaandeMails.AsNoTracking()
            .Where(m => m.Status == MailStatus.Wachtend && m.VolgendePogingOp <= nu)
            .OrderBy(m => m.Id).Take(batch)
            .Select(m => new TeVersturenMail(m.Id, m.MessageId, m.AanAdres, m.AanNaam, m.Onderwerp, m.Html, m.Tekst, m.AangemaaktOp,
                m.VersleuteldToken))
            .ToListAsync(ct);
        if (due.Count == 0) return (due, 0);
        // Claimed only while still due: a second round that read the same rows gets none of them. The claim's moment is
        // this round's own, so only when another round took some are they read back (their ids only).
        var ids = due.Select(m => m.Id).ToList();
        var geclaimd = await db.UitgaandeMails
            .Where(m => ids.Contains(m.Id) && m.Status == MailStatus.Wachtend && m.VolgendePogingOp <= nu)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.VolgendePogingOp, claimTot), ct);
        if (geclaimd == due.Count) return (due, due.Count);
        var ons = geclaimd == 0
            ? []
            : (await db.UitgaandeMails.AsNoTracking().Where(m => ids.Contains(m.Id) && m.VolgendePogingOp == claimTot)
                .Select(m => m.Id).ToListAsync(ct)).ToHashSet();
        return (due.Where(m => ons.Contains(m.Id)).ToList(), due.Count);
    }
}
