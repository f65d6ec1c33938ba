using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// The outbox table as the provider names and stores it, for the dispatcher's hand-written statements
/// (<see cref="Verzendclaim"/>, <see cref="Verzendmarkering"/>): table and column names quoted by the provider, the
/// stored form of a <see cref="MailStatus"/>, parameters with the column's own type mapping (so a date compares as the
/// column stores it, text on SQLite).
/// </summary>
internal sealed class Outboxtabel
{
    private readonly IEntityType _mail;
    private readonly StoreObjectIdentifier _tabel;

    public Outboxtabel(BesluitvormingDbContext db)
    {
        _mail = db.Model.FindEntityType(typeof(UitgaandeMail))!;
        _tabel = StoreObjectIdentifier.Table(_mail.GetTableName()!, _mail.GetSchema());
        Sql = db.GetService<ISqlGenerationHelper>();
        Naam = Sql.DelimitIdentifier(_tabel.Name, _tabel.Schema);
    }

    public ISqlGenerationHelper Sql { get; }
    public string Naam { get; }

    public string Kolom(string eigenschap) => Sql.DelimitIdentifier(_mail.FindProperty(eigenschap)!.GetColumnName(_tabel)!);

    public string Status(MailStatus status) =>
        _mail.FindProperty(nameof(UitgaandeMail.Status))!.GetRelationalTypeMapping().GenerateSqlLiteral(status);

    public RelationalTypeMapping Mapping(string eigenschap) => _mail.FindProperty(eigenschap)!.GetRelationalTypeMapping();
}
