using System.Diagnostics;
using System.Reflection;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// The app's speed, measured through HTTP on a generated database and printed as figures beside their baselines
/// (issue 9; issue 12 adds its scenarios to <see cref="Scenarios"/>). A benchmark, not a test: it never fails a build,
/// and exits 1 on a missed budget only when asked (--strikt).
/// </summary>
public static class Benchmarksuite
{
    /// <summary>Per scenario: what it measures, the baseline each figure is divided by, and the run itself.</summary>
    public static readonly IReadOnlyDictionary<string, (string Omschrijving, string Referentie, Func<Opties, TextWriter, Task<IReadOnlyList<Uitslag>>> Meet)> Scenarios =
        new Dictionary<string, (string, string, Func<Opties, TextWriter, Task<IReadOnlyList<Uitslag>>>)>
        {
            ["projecten"] = ("projectpagina en bord bij N projecten x M trajecten, tegen het budget van het overzicht",
                Projectenbenchmark.Referentie, Projectenbenchmark.MeetAsync),
            ["overgangen"] = ("P1: advies- en opmerking-POSTs door 1, 4 en 8 klanten tegen INSERT+COMMIT in dezelfde host",
                Overgangenbenchmark.Referentie, Overgangenbenchmark.MeetAsync),
            ["outbox"] = ("P5: N mails door de dispatcher naar een SMTP-server tegen een kale MailKit-lus over een verbinding",
                Outboxbenchmark.Referentie, Outboxbenchmark.MeetAsync),
            ["overzicht"] = ("P2: overzicht en Mijn taken bij 2.000 en 20.000 voorstellen (~50 tijdlijnregels elk) naast hun handgeschreven SQL",
                Overzichtbenchmark.Referentie, Overzichtbenchmark.MeetAsync),
            ["start"] = ("P4: eerste start en warme herstart van de gebouwde app op een nieuw SQLite-bestand, RSS na 50 gebruikers",
                Startbenchmark.Referentie, Startbenchmark.MeetAsync),
        };

    public static async Task<int> Main(string[] args)
    {
        Opties opties;
        try
        {
            opties = Opties.Lees(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Opties.Gebruik);
            return 2;
        }
        if (opties.Hulp || !Scenarios.TryGetValue(opties.Scenario, out var scenario))
        {
            if (!opties.Hulp) Console.Error.WriteLine($"Onbekend scenario '{opties.Scenario}'.");
            Console.WriteLine(Opties.Gebruik);
            Console.WriteLine("Scenario's:");
            foreach (var (naam, s) in Scenarios) Console.WriteLine($"  {naam,-12} {s.Omschrijving}");
            return opties.Hulp ? 0 : 2;
        }

        // WebApplicationFactory finds the app's content root (src/Web) through a manifest it looks for in the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var geoptimaliseerd = typeof(Besluitvorming.Web.Data.BesluitvormingDbContext).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        Console.WriteLine($"Scenario {opties.Scenario} op {opties.Provider}: {opties.Projecten} projecten x {opties.Trajecten} trajecten, " +
                          $"{opties.Verzoeken} verzoeken per URL na {opties.Opwarmen} om op te warmen; {Environment.ProcessorCount} kernen, .NET {Environment.Version}");
        if (File.Exists("/proc/loadavg"))
            Console.WriteLine($"Belasting van de machine bij de start (loadavg 1/5/15 min): {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        if (!geoptimaliseerd)
            Console.WriteLine("LET OP: de app is een Debug-build; meet met -c Release voor cijfers die iets zeggen.");

        var totaal = Stopwatch.StartNew();
        using var jit = Jitlog.Start();
        var uitslagen = await scenario.Meet(opties, Console.Out);
        jit?.Meld("einde", Console.Out);
        Console.WriteLine();
        Console.WriteLine($"Servertijd in ms (van de eerste middleware tot het antwoord geschreven is); budget: p95 <= {opties.BudgetMs} ms; " +
                          $"x {scenario.Referentie}: p95 gedeeld door die van {scenario.Referentie} in dezelfde run.");
        Console.WriteLine(Uitslag.Tabel(uitslagen, opties.BudgetMs, scenario.Referentie));
        Console.WriteLine($"Klaar in {totaal.Elapsed.TotalSeconds:0.0} s.");

        var gemist = uitslagen.Where(u => u.TegenBudget && u.N > 0 && !u.BinnenBudget(opties.BudgetMs)).Select(u => u.Naam).ToList();
        if (gemist.Count > 0) Console.WriteLine($"Buiten budget: {string.Join(", ", gemist)}.");
        return opties.Strikt && gemist.Count > 0 ? 1 : 0;
    }
}
