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

    /// <summary>
    /// The anonymous memory split by what reserved it, from /proc/&lt;pid&gt;/smaps: the GC heap (the GC reserves one range
    /// for its regions, 48 GB on this 24 GB machine, and commits parts of it), glibc's malloc arenas (64 MB aligned
    /// reservations of 64 MB: the native heaps of SQLite, the runtime, ICU, OpenSSL) with the main heap ([heap]), and the
    /// rest (thread stacks, the runtime's loader heaps when not double mapped, other mmaps).
    /// </summary>
    public static (double GcMb, double MallocMb, double OverigMb) Anoniem(int pid)
    {
        var stukken = new List<(ulong Van, ulong Tot, string Rechten, string Pad, long RssKb)>();
        (ulong, ulong, string, string)? huidig = null;
        foreach (var regel in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var eerste = regel.IndexOf(' ');
            if (eerste > 0 && regel[..eerste].Contains('-') && !regel.EndsWith(" kB", StringComparison.Ordinal))
            {
                var velden = regel.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                var grenzen = velden[0].Split('-');
                huidig = (Convert.ToUInt64(grenzen[0], 16), Convert.ToUInt64(grenzen[1], 16), velden[1], velden.Length == 6 ? velden[5].Trim() : "");
            }
            else if (huidig is { } h && regel.StartsWith("Rss:", StringComparison.Ordinal))
                stukken.Add((h.Item1, h.Item2, h.Item3, h.Item4, long.Parse(regel[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)));
        }
        // Runs of adjacent anonymous mappings: the GC's range is the run of at least 8 GB.
        double gc = 0, malloc = 0, overig = 0;
        const ulong Arena = 64UL << 20;
        for (var i = 0; i < stukken.Count;)
        {
            if (stukken[i].Pad == "[heap]") { malloc += stukken[i].RssKb; i++; continue; }
            if (stukken[i].Pad != "") { i++; continue; }
            var j = i;
            while (j + 1 < stukken.Count && stukken[j + 1].Pad == "" && stukken[j + 1].Van == stukken[j].Tot) j++;
            var run = stukken.GetRange(i, j - i + 1);
            var rss = run.Sum(s => (double)s.RssKb);
            if (run[^1].Tot - run[0].Van >= 8UL << 30) gc += rss;
            else
                // An arena: a read-write start on a 64 MB boundary, the rest of the 64 MB reserved (---p).
                for (var k = 0; k < run.Count; k++)
                {
                    var s = run[k];
                    var isArena = s.Rechten == "rw-p" && s.Van % Arena == 0 && k + 1 < run.Count && run[k + 1].Rechten == "---p" && run[k + 1].Tot - s.Van == Arena;
                    if (isArena) { malloc += s.RssKb; k++; }
                    else overig += s.RssKb;
                }
            i = j + 1;
        }
        return (gc / 1024, malloc / 1024, overig / 1024);
    }

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
        var (gcMb, mallocMb, overigMb) = Anoniem(pid);
        uit.WriteLine($"  anoniem: GC-heap {gcMb:0.0} MB, malloc-arena's en [heap] {mallocMb:0.0} MB, overig (stapels, loader heaps, ...) {overigMb:0.0} MB");
        foreach (var d in bestandsdelen.Take(bestanden))
            uit.WriteLine($"  {d.RssMb,6:0.0} MB  {Path.GetFileName(d.Naam)}");
        var status = File.ReadLines($"/proc/{pid}/status").Where(r => r.StartsWith("Rss", StringComparison.Ordinal) || r.StartsWith("Threads", StringComparison.Ordinal));
        uit.WriteLine("  " + string.Join("; ", status.Select(r => string.Join(' ', r.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))));
    }
}
