using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Data;

public sealed class DatabaseOptions
{
    public const string Sectie = "Database";

    /// <summary>Sqlite (embedded default). PostgreSQL and SqlServer get their own context and migrations.</summary>
    [Required, RegularExpression("^(Sqlite)$", ErrorMessage = "Database:Provider moet 'Sqlite' zijn (PostgreSQL en SqlServer volgen).")]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/besluitvorming.db";

    /// <summary>Fill an empty database with the demo organisation, accounts and proposals.</summary>
    public bool DemoData { get; set; } = true;
}
