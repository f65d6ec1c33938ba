using System.Data.Common;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
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
        var mail = db.Model.FindEntityType(typeof(UitgaandeMail))!;
        var tabel = StoreObjectIdentifier.Table(mail.GetTableName()!, mail.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        IProperty Eigenschap(string naam) => mail.FindProperty(naam)!;
        string Kolom(string naam) => sql.DelimitIdentifier(Eigenschap(naam).GetColumnName(tabel)!);

        var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        opdracht.CommandTimeout = db.Database.GetCommandTimeout() ?? opdracht.CommandTimeout;
        var verzonden = Eigenschap(nameof(UitgaandeMail.Status)).GetRelationalTypeMapping().GenerateSqlLiteral(MailStatus.Verzonden);
        opdracht.CommandText =
            $"UPDATE {sql.DelimitIdentifier(tabel.Name, tabel.Schema)} SET {Kolom(nameof(UitgaandeMail.Status))} = {verzonden}, " +
            $"{Kolom(nameof(UitgaandeMail.VerzondenOp))} = {sql.GenerateParameterNamePlaceholder("verzondenop")}, " +
            $"{Kolom(nameof(UitgaandeMail.LaatsteFout))} = NULL, {Kolom(nameof(UitgaandeMail.VersleuteldToken))} = NULL " +
            $"WHERE {Kolom(nameof(UitgaandeMail.Id))} = {sql.GenerateParameterNamePlaceholder("id")}";
        _verzondenOp = Eigenschap(nameof(UitgaandeMail.VerzondenOp)).GetRelationalTypeMapping()
            .CreateParameter(opdracht, sql.GenerateParameterName("verzondenop"), verzondenOp, nullable: true);
        _id = Eigenschap(nameof(UitgaandeMail.Id)).GetRelationalTypeMapping()
            .CreateParameter(opdracht, sql.GenerateParameterName("id"), id, nullable: false);
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
