using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Data;

public sealed class DatabaseOptions
{
    public const string Sectie = "Database";

    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>Sqlite (embedded default) or PostgreSQL; each has its own derived context and migrations folder.</summary>
    [Required, RegularExpression("^(?i:Sqlite|PostgreSQL)$", ErrorMessage = "Database:Provider moet 'Sqlite' of 'PostgreSQL' zijn.")]
    public string Provider { get; set; } = Sqlite;

    public bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/besluitvorming.db";

    /// <summary>Fill an empty database with the demo organisation, accounts and proposals.</summary>
    public bool DemoData { get; set; } = true;
}
