using System.Globalization;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Where a process's resident memory is, from /proc/&lt;pid&gt;/smaps: file-backed mappings per file (assemblies with
/// their ReadyToRun code, the runtime's .so files, ICU's data), the runtime's W^X double mapping of generated code
/// (/memfd:doublemapper), thread stacks and anonymous memory (GC heap and native heaps). Printed by the start benchmark
/// after the browsing phase, so a change to the app's memory shows where it moved.
/// </summary>
public static class Geheugenopbouw
{
    public sealed record Deel(string Naam, double RssMb, int Mappings);

    public static IReadOnlyList<Deel> Lees(int pid)
    {
        var perNaam = new Dictionary<string, (long Kb, int Aantal)>();
        string? naam = null;
        foreach (var regel in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var eerste = regel.IndexOf(' ');
            if (eerste > 0 && regel[..eerste].Contains('-') && !regel.EndsWith(" kB", StringComparison.Ordinal))
            {
                // "start-end perms offset dev inode [path]": the path is the sixth field, possibly with spaces.
                var velden = regel.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                naam = Soort(velden.Length == 6 ? velden[5].Trim() : "");
                var (kb, aantal) = perNaam.GetValueOrDefault(naam);
                perNaam[naam] = (kb, aantal + 1);
            }
            else if (naam is not null && regel.StartsWith("Rss:", StringComparison.Ordinal))
            {
                var kb = long.Parse(regel[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                var (som, aantal) = perNaam[naam];
                perNaam[naam] = (som + kb, aantal);
            }
        }
        return perNaam.Select(p => new Deel(p.Key, p.Value.Kb / 1024.0, p.Value.Aantal)).OrderByDescending(d => d.RssMb).ToList();
    }

    private static string Soort(string pad) => pad switch
    {
        "" => "anoniem",
        "[heap]" => "anoniem: [heap] (brk)",
        "[stack]" => "stapel hoofdthread",
        _ when pad.StartsWith("[anon:", StringComparison.Ordinal) => "anoniem: " + pad,
        _ when pad.StartsWith("/memfd:", StringComparison.Ordinal) => pad.Split(' ')[0],
        _ when pad.StartsWith('[') => pad,
        _ => pad,
    };

    /// <summary>Prints the breakdown: totals per kind, then the largest files.</summary>
    public static void Druk(int pid, TextWriter uit, int bestanden = 25)
    {
        var delen = Lees(pid);
        bool IsBestand(Deel d) => d.Naam.StartsWith('/') && !d.Naam.StartsWith("/memfd:", StringComparison.Ordinal);
        var totaal = delen.Sum(d => d.RssMb);
        var bestandsdelen = delen.Where(IsBestand).ToList();
        double Som(Func<Deel, bool> f) => delen.Where(f).Sum(d => d.RssMb);
        uit.WriteLine($"Opbouw van de RSS uit smaps ({totaal:0.0} MB): bestanden {bestandsdelen.Sum(d => d.RssMb):0.0} MB " +
                      $"(assemblies .dll {Som(d => IsBestand(d) && d.Naam.EndsWith(".dll", StringComparison.Ordinal)):0.0}, " +
                      $".so {Som(d => IsBestand(d) && d.Naam.Contains(".so", StringComparison.Ordinal)):0.0}, " +
                      $"ICU-data {Som(d => d.Naam.Contains("libicudata", StringComparison.Ordinal)):0.0}), " +
                      $"/memfd:doublemapper {Som(d => d.Naam.StartsWith("/memfd:doublemapper", StringComparison.Ordinal)):0.0} MB, " +
                      $"anoniem {Som(d => d.Naam.StartsWith("anoniem", StringComparison.Ordinal)):0.0} MB " +
                      $"({delen.Where(d => d.Naam.StartsWith("anoniem", StringComparison.Ordinal)).Sum(d => d.Mappings)} mappings), " +
                      $"overig {Som(d => !IsBestand(d) && !d.Naam.StartsWith("/memfd:doublemapper", StringComparison.Ordinal) && !d.Naam.StartsWith("anoniem", StringComparison.Ordinal)):0.0} MB");
        foreach (var d in bestandsdelen.Take(bestanden))
            uit.WriteLine($"  {d.RssMb,6:0.0} MB  {Path.GetFileName(d.Naam)}");
        var status = File.ReadLines($"/proc/{pid}/status").Where(r => r.StartsWith("Rss", StringComparison.Ordinal) || r.StartsWith("Threads", StringComparison.Ordinal));
        uit.WriteLine("  " + string.Join("; ", status.Select(r => string.Join(' ', r.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))));
    }
}
