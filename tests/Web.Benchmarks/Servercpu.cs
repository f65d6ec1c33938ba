using Npgsql;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// The CPU time a local PostgreSQL server has used so far (the postmaster and all its backends, from /proc): on a 2-core
/// machine the server's work per mail competes with the sender and the SMTP server, so the outbox scenario prints it per
/// mail beside the process's own. Null when the server is not on this machine or /proc cannot be read.
/// </summary>
public sealed class Servercpu(int postmaster)
{
    public static async Task<Servercpu?> VindAsync(string verbindingsreeks)
    {
        try
        {
            await using var verbinding = new NpgsqlConnection(verbindingsreeks);
            await verbinding.OpenAsync();
            await using var opdracht = new NpgsqlCommand("SHOW data_directory", verbinding);
            var map = (string)(await opdracht.ExecuteScalarAsync())!;
            var pid = int.Parse(File.ReadLines(Path.Combine(map, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            return File.Exists($"/proc/{pid}/stat") ? new Servercpu(pid) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public TimeSpan Cpu()
    {
        var totaal = TimeSpan.Zero;
        foreach (var map in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(map), out var pid)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(map, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            var (ouder, cpu) = Procstat.Lees(stat);
            if (pid == postmaster || ouder == postmaster) totaal += cpu;
        }
        return totaal;
    }
}
