using System.Runtime.InteropServices;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// Gives the native memory the process freed back to the operating system. glibc's malloc keeps what threads free in
/// its arenas (one per thread that met contention, up to 8 per core) and returns only a free top of each heap by
/// itself; the free pages between live blocks stay resident. The runtime's native allocations (the JIT compiling on
/// request threads and the tiering thread, type loading, SQLite, ICU, OpenSSL) leave such holes: after 50 users browsed
/// 30 s, 20 of the arenas' ~40 MB were free pages (issue 12, P4; README Prestaties). <c>malloc_trim(0)</c> hands every
/// whole free page of every arena back (<c>madvise</c>), which costs about a millisecond; a page used again later is
/// simply faulted in anew. On a system without glibc (musl, another OS) it does nothing.
/// </summary>
public sealed class Geheugenteruggave(ILogger<Geheugenteruggave> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private static bool _beschikbaar = OperatingSystem.IsLinux();

    /// <summary>Trims glibc's heaps once; false where there is no glibc (nothing given back).</summary>
    public static bool GeefTerug()
    {
        if (!_beschikbaar) return false;
        try
        {
            malloc_trim(0);
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _beschikbaar = false;
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!_beschikbaar) return;
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                if (!GeefTerug())
                {
                    log.LogDebug("Geen glibc: vrijgegeven native geheugen blijft bij de allocator");
                    return;
                }
                log.LogTrace("malloc_trim in {Ms:0.00} ms", System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);
}
