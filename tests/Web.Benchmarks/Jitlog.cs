using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// What the runtime compiles while a scenario runs, switched on with <c>BESLUITVORMING_BENCHMARK_JIT=&lt;seconds&gt;</c>:
/// every interval (and at the end) the methods the JIT compiled, the dynamic ones among them (compiled expressions,
/// DI resolvers, IL stubs) by name and signature, the dynamic methods unloaded (what the finalizer destroys) by name, GC counts
/// and the CPU time of the finalizer thread. A steady state compiles nothing: a scenario whose later intervals keep
/// compiling dynamic methods compiles per request or per timer run.
/// </summary>
public sealed partial class Jitlog : EventListener
{
    private const uint DynamischeMethode = 0x1;
    private readonly ConcurrentDictionary<string, int> _dynamisch = new();
    private readonly ConcurrentDictionary<string, int> _ontladenNamen = new();
    private readonly Timer _klok;
    private int _methoden, _ontladen;

    private Jitlog(int seconden) =>
        _klok = new Timer(_ => Meld("interval", Console.Out), null, seconden * 1000, seconden * 1000);

    public static Jitlog? Start() =>
        int.TryParse(Environment.GetEnvironmentVariable("BESLUITVORMING_BENCHMARK_JIT"), out var s) && s > 0 ? new Jitlog(s) : null;

    [GeneratedRegex(@"\d+")]
    private static partial Regex Getallen();

    protected override void OnEventSourceCreated(EventSource bron)
    {
        // JIT (0x10) and loader (0x8) keywords: MethodLoadVerbose and MethodUnloadVerbose.
        if (bron.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(bron, EventLevel.Verbose, (EventKeywords)0x18);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || e.Payload is null || e.PayloadNames is null) return;
        var ontladen = e.EventName.StartsWith("MethodUnloadVerbose", StringComparison.Ordinal);
        if (ontladen) Interlocked.Increment(ref _ontladen);
        else if (e.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal)) Interlocked.Increment(ref _methoden);
        else return;
        if ((Convert.ToUInt32(e.Payload[e.PayloadNames.IndexOf("MethodFlags")], CultureInfo.InvariantCulture) & DynamischeMethode) == 0) return;
        string Veld(string naam) => e.Payload[e.PayloadNames.IndexOf(naam)]?.ToString() ?? "";
        var sleutel = Getallen().Replace($"{Veld("MethodName")} {Veld("MethodSignature")}", "N");
        (ontladen ? _ontladenNamen : _dynamisch).AddOrUpdate(sleutel[..Math.Min(200, sleutel.Length)], 1, (_, n) => n + 1);
    }

    /// <summary>Prints what was compiled since the last report, and starts counting anew.</summary>
    public void Meld(string wanneer, TextWriter uit)
    {
        var dynamisch = _dynamisch.ToArray();
        _dynamisch.Clear();
        var ontladenNamen = _ontladenNamen.ToArray();
        _ontladenNamen.Clear();
        var methoden = Interlocked.Exchange(ref _methoden, 0);
        var ontladen = Interlocked.Exchange(ref _ontladen, 0);
        uit.WriteLine($"[jit {wanneer}] {methoden} methoden gecompileerd, waarvan {dynamisch.Sum(d => d.Value)} dynamisch; {ontladen} ontladen; " +
                      $"GC 0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; finalizer-CPU {FinalizerCpu()} s; " +
                      $"loadavg {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        foreach (var (naam, n) in dynamisch.OrderByDescending(d => d.Value).Take(8)) uit.WriteLine($"  {n,6} {naam}");
        foreach (var (naam, n) in ontladenNamen.OrderByDescending(d => d.Value).Take(5)) uit.WriteLine($"  {n,6} ontladen: {naam}");
    }

    /// <summary>User + system CPU of the runtime's finalizer thread so far (Linux: /proc/self/task/*/stat).</summary>
    private static string FinalizerCpu()
    {
        foreach (var draad in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(draad, "stat"));
                if (!stat.Contains("(.NET Finalizer)", StringComparison.Ordinal)) continue;
                return Procstat.Lees(stat).Cpu.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }
        return "?";
    }

    public override void Dispose()
    {
        _klok.Dispose();
        base.Dispose();
    }
}
