using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Data;

public sealed class DatabaseOptions
{
    public const string Sectie = "Database";

    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";
    public const string SqlServer = "SqlServer";

    /// <summary>Sqlite (embedded default), PostgreSQL or SqlServer; each has its own derived context and migrations folder.</summary>
    [Required, RegularExpression("^(?i:Sqlite|PostgreSQL|SqlServer)$", ErrorMessage = "Database:Provider moet 'Sqlite', 'PostgreSQL' of 'SqlServer' zijn.")]
    public string Provider { get; set; } = Sqlite;

    public bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => !IsPostgreSql && !IsSqlServer;

    public bool IsSqlServer => string.Equals(Provider, SqlServer, StringComparison.OrdinalIgnoreCase);

    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/besluitvorming.db";

    /// <summary>
    /// Fill an empty database with the demo organisation, accounts and proposals. Off unless asked for:
    /// appsettings.Development.json asks for it; Production refuses to start with it (the demo password is published).
    /// </summary>
    public bool DemoData { get; set; }

    public const string DemoDataInProductie =
        "Database:DemoData staat aan in Production. De demo-accounts hebben een gepubliceerd wachtwoord en horen niet in productie: "
        + "zet Database:DemoData uit (false). Een demo-omgeving draait met een andere ASPNETCORE_ENVIRONMENT, bijvoorbeeld Staging.";
}
