using System.Diagnostics;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Runs the operator's scripts in deploy/backup exactly as the README documents them, so the tested commands are the
/// documented ones. PostgreSQL's server comes from the throwaway server of test.sh, passed as libpq's environment.
/// </summary>
public static class Backupscripts
{
    public static string Repository { get; } = ZoekRepository();

    public static string Map => Path.Combine(Repository, "deploy", "backup");

    private static string ZoekRepository()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
            if (File.Exists(Path.Combine(map.FullName, "Besluitvorming.sln"))) return map.FullName;
        throw new DirectoryNotFoundException("De repository (Besluitvorming.sln) is niet gevonden boven " + AppContext.BaseDirectory);
    }

    /// <summary>libpq's environment for the test server, so the scripts reach it as an operator's shell would.</summary>
    public static Dictionary<string, string> PostgresOmgeving()
    {
        var server = Environment.GetEnvironmentVariable(Infrastructuur.PostgresFabriek.Omgevingsvariabele)
            ?? throw new InvalidOperationException("BESLUITVORMING_TEST_POSTGRES ontbreekt: start de tests met ./test.sh.");
        var b = new Npgsql.NpgsqlConnectionStringBuilder(server);
        return new() { ["PGHOST"] = b.Host!, ["PGPORT"] = b.Port.ToString(), ["PGUSER"] = b.Username!, ["PGDATABASE"] = "postgres" };
    }

    public sealed record Uitkomst(int Code, string Uitvoer, string Fouten)
    {
        public override string ToString() => $"exit {Code}\n{Uitvoer}\n{Fouten}";
    }

    public static async Task<Uitkomst> DraaiAsync(string script, IEnumerable<string> argumenten, IReadOnlyDictionary<string, string>? omgeving = null)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(Map, script));
        foreach (var a in argumenten) info.ArgumentList.Add(a);
        foreach (var (k, v) in omgeving ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var proces = Process.Start(info) ?? throw new InvalidOperationException($"{script} start niet");
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        // A safety net against a hang, not a timing: a backup of a test database takes a second or two.
        await proces.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return new Uitkomst(proces.ExitCode, await uit, await fout);
    }

    /// <summary>Runs the script and insists it succeeded.</summary>
    public static async Task<Uitkomst> GeslaagdAsync(string script, IEnumerable<string> argumenten, IReadOnlyDictionary<string, string>? omgeving = null)
    {
        var uitkomst = await DraaiAsync(script, argumenten, omgeving);
        uitkomst.Code.ShouldBe(0, $"{script}: {uitkomst}");
        return uitkomst;
    }
}
