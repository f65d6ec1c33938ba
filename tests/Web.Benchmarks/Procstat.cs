using System.Globalization;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>One line of Linux's /proc/&lt;pid&gt;/stat (or /proc/&lt;pid&gt;/task/&lt;tid&gt;/stat): the parent and the CPU used so far.</summary>
public static class Procstat
{
    /// <summary>USER_HZ on Linux: the unit of utime and stime.</summary>
    private const double TikkenPerSeconde = 100;

    public static (int Ouder, TimeSpan Cpu) Lees(string stat)
    {
        // Fields after the command name (which may hold spaces and parentheses): state ppid ... utime(14) stime(15).
        var velden = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var tikken = long.Parse(velden[11], CultureInfo.InvariantCulture) + long.Parse(velden[12], CultureInfo.InvariantCulture);
        return (int.Parse(velden[1], CultureInfo.InvariantCulture), TimeSpan.FromSeconds(tikken / TikkenPerSeconde));
    }
}
