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

    public async Task MarkeerAsync(long id, DateTime verzondenOp)
    {
        var opdracht = _opdracht ?? await MaakAsync(id, verzondenOp);
        _verzondenOp.Value = verzondenOp;
        _id.Value = id;
        // Not cancelled: the server has the mail, so the record must be written.
        await opdracht.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task<DbCommand> MaakAsync(long id, DateTime verzondenOp)
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
        await opdracht.PrepareAsync();
        return _opdracht = opdracht;
    }

    public async ValueTask DisposeAsync()
    {
        if (_opdracht is not null) await _opdracht.DisposeAsync();
    }
}
