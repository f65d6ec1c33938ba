using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;

namespace Besluitvorming.Web.Data;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Sectie = "Database";

    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";
    public const string SqlServer = "SqlServer";

    /// <summary>Sqlite (embedded default), PostgreSQL or SqlServer; each has its own derived context and migrations folder.</summary>
    [Required, RegularExpression("^(?i:Sqlite|PostgreSQL|SqlServer)$", ErrorMessage = "moet 'Sqlite', 'PostgreSQL' of 'SqlServer' zijn.")]
    public string Provider { get; set; } = Sqlite;

    public bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => !IsPostgreSql && !IsSqlServer;

    public bool IsSqlServer => string.Equals(Provider, SqlServer, StringComparison.OrdinalIgnoreCase);

    [Required(ErrorMessage = "ontbreekt: geef de verbindingsreeks van de database op.")]
    public string ConnectionString { get; set; } = "Data Source=App_Data/besluitvorming.db";

    /// <summary>
    /// Fill an empty database with the demo organisation, accounts and proposals. Off unless asked for:
    /// appsettings.Development.json asks for it; Production refuses to start with it (the demo password is published).
    /// </summary>
    public bool DemoData { get; set; }

    /// <summary>
    /// Apply pending migrations at start, under a database lock (<see cref="Migratieslot"/>). Off where the schema is
    /// changed by a migration bundle or script in the deployment: the app then refuses to start while one is pending.
    /// </summary>
    public bool MigrerenBijStart { get; set; } = true;

    public static string MigratiesOpenBericht(IReadOnlyCollection<string> open) =>
        $"De database mist {open.Count} migratie(s) en Database:MigrerenBijStart staat uit; de app start niet. "
        + "Voer eerst de migratiebundel of het SQL-script van deze versie uit (zie README, Productie), of zet Database:MigrerenBijStart aan. "
        + $"Ontbrekend: {string.Join(", ", open)}.";

    public const string DemoDataInProductie =
        "Database:DemoData staat aan in Production. De demo-accounts hebben een gepubliceerd wachtwoord en horen niet in productie: "
        + "zet Database:DemoData uit (false). Een demo-omgeving draait met een andere ASPNETCORE_ENVIRONMENT, bijvoorbeeld Staging.";

    /// <summary>The connection string must parse for the chosen provider and name a server or file; the value itself is
    /// never repeated (it may hold a password).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? fout;
        try
        {
            fout = this switch
            {
                { IsPostgreSql: true } => FoutPostgreSql(ConnectionString),
                { IsSqlServer: true } => FoutSqlServer(ConnectionString),
                _ => string.IsNullOrWhiteSpace(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource)
                    ? "noemt geen bestand (Data Source=...)." : null,
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            fout = $"is geen geldige verbindingsreeks: {e.Message}";
        }
        if (fout is not null)
            yield return new ValidationResult($"{fout} Voorbeeld voor {Provider}: {Voorbeeld}", [nameof(ConnectionString)]);
    }

    // Each server provider's driver in a method of its own, never inlined: compiling Validate then loads neither driver,
    // so a SQLite installation does not map Npgsql and Microsoft.Data.SqlClient (issue 12, P4).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? FoutPostgreSql(string verbinding) =>
        string.IsNullOrWhiteSpace(new Npgsql.NpgsqlConnectionStringBuilder(verbinding).Host) ? "noemt geen server (Host=...)." : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? FoutSqlServer(string verbinding) =>
        string.IsNullOrWhiteSpace(new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(verbinding).DataSource) ? "noemt geen server (Server=...)." : null;

    private string Voorbeeld => this switch
    {
        { IsPostgreSql: true } => "Host=db;Database=besluitvorming;Username=besluitvorming;Password=...",
        { IsSqlServer: true } => "Server=db;Database=besluitvorming;User Id=besluitvorming;Password=...;Encrypt=true",
        _ => "Data Source=App_Data/besluitvorming.db",
    };
}
