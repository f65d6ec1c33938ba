namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// The real app on a database of its own in the throwaway PostgreSQL server that test.sh starts
/// (BESLUITVORMING_TEST_POSTGRES). Without that server the test fails with a message that says how to start it.
/// </summary>
public sealed class PostgresFabriek : BesluitvormingFabriek
{
    public const string Omgevingsvariabele = "BESLUITVORMING_TEST_POSTGRES";

    public PostgresFabriek() => OpEigenDatabase(this);

    /// <summary>Points any test app at a database of its own in the throwaway server (also apps with other settings, e.g. a real SMTP server).</summary>
    public static void OpEigenDatabase(BesluitvormingFabriek fabriek)
    {
        var server = Environment.GetEnvironmentVariable(Omgevingsvariabele);
        if (string.IsNullOrEmpty(server))
            throw new InvalidOperationException($"{Omgevingsvariabele} ontbreekt: start de tests met ./test.sh, dat een PostgreSQL-server start.");
        var verbinding = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"besluitvorming_{Guid.NewGuid():N}" };
        fabriek.ExtraInstellingen["Database:Provider"] = "PostgreSQL";
        fabriek.ExtraInstellingen["Database:ConnectionString"] = verbinding.ConnectionString;
    }
}
