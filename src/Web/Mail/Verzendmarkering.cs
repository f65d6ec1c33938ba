using System.Data.Common;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// The dispatcher's "this mail is sent" record: one prepared UPDATE by id on the open connection of a backlog, made once
/// and run (autocommitted) for every mail. EF's ExecuteUpdate costs a query-cache lookup, a parameter extraction that
/// compiles a delegate per call (the finalizer then spends as much again destroying them) and a fresh command per mail;
/// at a few hundred mails a second that cost more than the SMTP exchange itself. The SQL comes from the model, so table,
/// column names, quoting and the stored form of <see cref="MailStatus.Verzonden"/> are the provider's own.
/// </summary>
internal sealed class Verzendmarkering(BesluitvormingDbContext db) : IAsyncDisposable
{
    private DbCommand? _opdracht;
    private DbParameter _verzondenOp = null!;
    private DbParameter _id = null!;

    /// <summary>
    /// Synchronous on purpose, and run by the dispatcher on a pool thread while the next mail goes out: the thread waits
    /// for the answer in one blocking read. Awaited, each record was a chain of hand-offs (the socket's completion to the
    /// pool, the continuation to the next), and each hand-off woke a pool thread that spun before it slept again: on
    /// PostgreSQL a third of the dispatcher's CPU time went to that spinning. SQLite is synchronous anyway.
    /// </summary>
    public void Markeer(long id, DateTime verzondenOp)
    {
        var opdracht = _opdracht ?? Maak(id, verzondenOp);
        _verzondenOp.Value = verzondenOp;
        _id.Value = id;
        opdracht.ExecuteNonQuery();
    }

    private DbCommand Maak(long id, DateTime verzondenOp)
    {
        var t = new Outboxtabel(db);
        var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        opdracht.CommandTimeout = db.Database.GetCommandTimeout() ?? opdracht.CommandTimeout;
        opdracht.CommandText =
            $"UPDATE {t.Naam} SET {t.Kolom(nameof(UitgaandeMail.Status))} = {t.Status(MailStatus.Verzonden)}, " +
            $"{t.Kolom(nameof(UitgaandeMail.VerzondenOp))} = {t.Sql.GenerateParameterNamePlaceholder("verzondenop")}, " +
            $"{t.Kolom(nameof(UitgaandeMail.LaatsteFout))} = NULL, {t.Kolom(nameof(UitgaandeMail.VersleuteldToken))} = NULL " +
            $"WHERE {t.Kolom(nameof(UitgaandeMail.Id))} = {t.Sql.GenerateParameterNamePlaceholder("id")}";
        _verzondenOp = t.Mapping(nameof(UitgaandeMail.VerzondenOp))
            .CreateParameter(opdracht, t.Sql.GenerateParameterName("verzondenop"), verzondenOp, nullable: true);
        _id = t.Mapping(nameof(UitgaandeMail.Id)).CreateParameter(opdracht, t.Sql.GenerateParameterName("id"), id, nullable: false);
        opdracht.Parameters.Add(_verzondenOp);
        opdracht.Parameters.Add(_id);
        opdracht.Prepare();
        return _opdracht = opdracht;
    }

    public async ValueTask DisposeAsync()
    {
        if (_opdracht is not null) await _opdracht.DisposeAsync();
    }
}
