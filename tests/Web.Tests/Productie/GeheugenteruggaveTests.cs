using System.Globalization;
using System.Runtime.InteropServices;
using Besluitvorming.Web.Productie;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Native memory a process freed goes back to the operating system, not only what glibc gives back by itself (the free
/// top of a heap): the free pages between blocks still in use too (issue 12, P4). Alone: a host of another test class
/// running beside it would trim the same heaps on its own timer.
/// </summary>
[Collection(nameof(GeheugenteruggaveTests))]
public sealed class GeheugenteruggaveTests
{
    [Fact]
    public void Vrijgegeven_native_geheugen_tussen_levende_blokken_gaat_terug_naar_het_besturingssysteem()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "malloc_trim is glibc's (Linux)");
        // 48 MB in blocks of 1 kB (below glibc's mmap threshold, so from its heap), every 64th kept: the freed runs of
        // 63 kB lie between live blocks, where free() leaves them resident.
        const int Blok = 1024, Aantal = 48 * 1024, Elke = 64;
        var blokken = new nint[Aantal];
        try
        {
            for (var i = 0; i < Aantal; i++)
            {
                blokken[i] = Marshal.AllocHGlobal(Blok);
                // Touch every page, so it is resident.
                Marshal.WriteByte(blokken[i], 1);
                Marshal.WriteByte(blokken[i], Blok - 1, 1);
            }
            for (var i = 0; i < Aantal; i++)
                if (i % Elke != 0)
                {
                    Marshal.FreeHGlobal(blokken[i]);
                    blokken[i] = 0;
                }
            var voor = RssAnoniemMb();

            Geheugenteruggave.GeefTerug().ShouldBeTrue();

            var na = RssAnoniemMb();
            // 47 MB were freed; at least half of it must have left the resident set.
            (voor - na).ShouldBeGreaterThan(24, $"RssAnon {voor:0.0} MB voor, {na:0.0} MB na");
        }
        finally
        {
            foreach (var b in blokken) if (b != 0) Marshal.FreeHGlobal(b);
        }
    }

    private static double RssAnoniemMb()
    {
        var regel = File.ReadLines("/proc/self/status").First(r => r.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(regel.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}

[CollectionDefinition(nameof(GeheugenteruggaveTests), DisableParallelization = true)]
public sealed class GeheugenteruggaveTestsAlleen;
