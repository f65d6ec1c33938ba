using System.Globalization;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>What one run measures, on which database and how much, read from the command line.</summary>
public sealed record Opties
{
    /// <summary>A PostgreSQL server (host, port, user; the database is made fresh for the run and dropped after).</summary>
    public string? Postgres { get; init; }
    public int Projecten { get; init; } = 100;
    public int Trajecten { get; init; } = 25;
    public int Verzoeken { get; init; } = 300;
    public int Opwarmen { get; init; } = 50;
    /// <summary>The budget the issue sets for a page: p95 of the server time at most this many milliseconds.</summary>
    public double BudgetMs { get; init; } = 20;
    /// <summary>Exit 1 when a measured page misses its budget (else the verdict is only printed).</summary>
    public bool Strikt { get; init; }
    public int Zaad { get; init; } = 2026;
    public string Scenario { get; init; } = "projecten";
    public bool Hulp { get; init; }
    /// <summary>Print the SQL commands of one request per measured page, after the figures.</summary>
    public bool ToonSql { get; init; }
    /// <summary>Keep the generated database after the run (to look at query plans), and say where it is.</summary>
    public bool Bewaar { get; init; }
    /// <summary>start: a folder with the published app (dotnet publish output) to start instead of publishing it first.</summary>
    public string? App { get; init; }
    /// <summary>start: keep the app running after the browsing phase (its pid is printed) until Enter, to inspect it.</summary>
    public bool Blijf { get; init; }

    /// <summary>--snel was given: the scenarios that size their own data take their small sizes.</summary>
    public bool Snel { get; init; }
    /// <summary>The numbers of proposals the overzicht scenario measures at (its growth is from the first to the last).</summary>
    public int[]? Groottes { get; init; }
    /// <summary>Overgangen: pairs of rounds (baseline, transitions) per level; the ratio is their median.</summary>
    public int Herhalingen { get; init; } = 5;
    /// <summary>Overgangen: unmeasured rounds of both sides per level before its pairs, so the pairs measure the steady state.</summary>
    public int Opwarmrondes { get; init; } = 20;
    /// <summary>Overgangen: the numbers of concurrent clients measured (default 1, 4, 8).</summary>
    public int[]? Klanten { get; init; }
    /// <summary>Overgangen: only the transitions, no baseline rounds (to profile them).</summary>
    public bool AlleenOvergangen { get; init; }

    public string Provider => Postgres is null ? "SQLite" : "PostgreSQL";

    public const string Gebruik = """
        Gebruik: dotnet run -c Release --project tests/Web.Benchmarks -- [opties]

          --scenario NAAM        wat gemeten wordt (standaard: projecten; zie de lijst hieronder)
          --postgres "CS"        op PostgreSQL: een verbindingsreeks naar een server (Host=...;Port=...;Username=...);
                                 de benchmark maakt er een eigen database in en ruimt die op. Zonder: SQLite in een tijdelijke map
          --projecten N          aantal gegenereerde projecten (standaard 100)
          --trajecten N          trajecten per project (standaard 25)
          --verzoeken N          gemeten verzoeken per URL (standaard 300; overgangen: advies-POSTs per niveau, over de paren verdeeld)
          --opwarmen N           verzoeken per URL vooraf, niet gemeten (standaard 50)
          --budget MS            budget voor p95 van de servertijd (standaard 20)
          --snel                 10 projecten x 25 trajecten, 100 verzoeken, 20 opwarmen (klaar binnen een minuut);
                                 overzicht: 200 en 2.000 voorstellen; start: 10 s belasting in plaats van 30
          --groottes N,M         overzicht: aantallen voorstellen (standaard 2000,20000; de groei is van de eerste naar de laatste)
          --paren N              overgangen: paren rondes (basis, overgangen) per niveau, om en om; de verhouding is hun mediaan (standaard 5)
          --opwarmrondes N       overgangen: niet gemeten rondes (basis en overgangen, om en om, even groot als die van de paren)
                                 per niveau voor de paren, tot de JIT klaar is (standaard 20; 0: geen)
          --klanten N,M          overgangen: aantallen gelijktijdige klanten (standaard 1,4,8)
          --alleen-overgangen    overgangen: alleen de overgangen, zonder basisrondes en verhouding (om te profileren)
          --strikt               exitcode 1 als een pagina het budget overschrijdt
          --toon-sql             druk na de cijfers de SQL-opdrachten van een verzoek per pagina af
          --app MAP              start: de gepubliceerde app in MAP starten in plaats van eerst te publiceren
          --blijf                start: laat de app na de belasting draaien tot Enter (pid wordt afgedrukt), om te inspecteren
          --bewaar               laat de gegenereerde database staan (voor queryplannen) en zeg waar
          --zaad N               zaad van de generator en de keuze van projecten (standaard 2026)
        """;

    public static Opties Lees(string[] args)
    {
        var o = new Opties();
        for (var i = 0; i < args.Length; i++)
        {
            string Waarde() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} verwacht een waarde.");
            int Getal()
            {
                var naam = args[i];
                var w = Waarde();
                return int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n : throw new ArgumentException($"{naam} verwacht een positief geheel getal, niet '{w}'.");
            }
            int GetalOfNul()
            {
                var naam = args[i];
                var w = Waarde();
                return int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? n : throw new ArgumentException($"{naam} verwacht een geheel getal van 0 of meer, niet '{w}'.");
            }
            o = args[i] switch
            {
                "--scenario" => o with { Scenario = Waarde() },
                "--postgres" => o with { Postgres = Waarde() },
                "--projecten" => o with { Projecten = Getal() },
                "--trajecten" => o with { Trajecten = Getal() },
                "--verzoeken" => o with { Verzoeken = Getal() },
                "--opwarmen" => o with { Opwarmen = Getal() },
                "--budget" => o with { BudgetMs = Getal() },
                "--zaad" => o with { Zaad = Getal() },
                "--snel" => o with { Projecten = 10, Trajecten = 25, Verzoeken = 100, Opwarmen = 20, Snel = true },
                "--groottes" => o with { Groottes = LeesGroottes(Waarde()) },
                "--paren" => o with { Herhalingen = Getal() },
                "--opwarmrondes" => o with { Opwarmrondes = GetalOfNul() },
                "--klanten" => o with { Klanten = LeesGroottes(Waarde(), "--klanten") },
                "--bewaar" => o with { Bewaar = true },
                "--alleen-overgangen" => o with { AlleenOvergangen = true },
                "--app" => o with { App = Path.GetFullPath(Waarde()) },
                "--blijf" => o with { Blijf = true },
                "--toon-sql" => o with { ToonSql = true },
                "--strikt" or "--strict" => o with { Strikt = true },
                "--help" or "-h" => o with { Hulp = true },
                _ => throw new ArgumentException($"Onbekende optie '{args[i]}'."),
            };
        }
        return o;
    }

    private static int[] LeesGroottes(string waarde, string optie = "--groottes")
    {
        var delen = waarde.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var groottes = delen.Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).ToArray();
        return groottes.Length > 0 && groottes.All(n => n > 0)
            ? groottes : throw new ArgumentException($"{optie} verwacht positieve gehele getallen met komma's, niet '{waarde}'.");
    }
}
