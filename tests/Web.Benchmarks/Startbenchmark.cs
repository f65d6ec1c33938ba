using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Issue 12's P4, as an operator meets it: the app as deployed (published like deploy/Dockerfile and the systemd unit
/// publish it: Release, linux-x64, ReadyToRun; or a folder published before, --app) runs as a child process on a fresh
/// SQLite file in Development (migrate and seed the demo organisation). Measured: the time from starting the process to the first 200 of /health/ready; the same
/// for a warm restart on the same file; then the resident memory (VmRSS from /proc) after 50 signed-in users browse the
/// main pages for 30 s (--snel: 10 s). Each figure is printed beside its budget.
/// </summary>
public static partial class Startbenchmark
{
    public const string Referentie = "Eerste start";
    public const double BudgetKoudS = 3, BudgetWarmS = 1, BudgetRssMb = 250;
    public const int Gebruikers = 50;
    private static readonly string[] Paginas = ["/", "/Overzicht", "/Taken", "/Dashboard", "/Voorstellen", "/Vergaderingen", "/Projecten"];
    // Demo accounts with pages to see; several users sign in as the same account, as colleagues sharing a role would not,
    // but the server's work per request is the same.
    private static readonly string[] Accounts = ["secretariaat", "steller", "afdelingshoofd", "financien", "dtsecretaris", "projectleider", "beheerder"];

    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        var dll = opties.App is { } app ? Path.Combine(app, "Besluitvorming.Web.dll") : await PubliceerAsync(uit);
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} ontbreekt: publiceer de app in die map.");
        // The runtime settings of deploy/ (environment), as the systemd unit and the image give them to the process.
        var runtime = Uitrolomgeving.Lees(Repository());
        uit.WriteLine($"Runtime-instellingen uit deploy/: {(runtime.Count == 0 ? "geen" : string.Join(" ", runtime.Select(p => $"{p.Key}={p.Value}")))}");
        foreach (var naam in runtime.Keys.Where(n => Environment.GetEnvironmentVariable(n) is { } eigen && eigen != runtime[n]))
            uit.WriteLine($"Afwijkend van deploy/, uit de omgeving van de benchmark: {naam}={Environment.GetEnvironmentVariable(naam)}");
        var map = Path.Combine(Path.GetTempPath(), "besluitvorming-benchmark", "start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        uit.WriteLine($"App: {dll}");
        try
        {
            var poort = VrijePoort();
            var koud = await StartAsync(dll, map, poort, runtime);
            uit.WriteLine($"Eerste start (migreren en demo-organisatie laden): {koud.Seconden:0.00} s (budget {BudgetKoudS} s) {Oordeel(koud.Seconden <= BudgetKoudS)}; CPU van de app tot gereed {koud.CpuSeconden:0.00} s");
            await StopAsync(koud.Proces);

            var warm = await StartAsync(dll, map, poort, runtime);
            uit.WriteLine($"Warme herstart op hetzelfde bestand: {warm.Seconden:0.00} s (budget {BudgetWarmS} s) {Oordeel(warm.Seconden <= BudgetWarmS)}; CPU van de app tot gereed {warm.CpuSeconden:0.00} s");
            try
            {
                var duur = TimeSpan.FromSeconds(opties.Snel ? 10 : 30);
                warm.Proces.Refresh();
                var cpuVoor = warm.Proces.TotalProcessorTime;
                var (verzoeken, fouten, geweigerd, tijden) = await BelastAsync(poort, duur);
                warm.Proces.Refresh();
                var cpu = warm.Proces.TotalProcessorTime - cpuVoor;
                var rss = Geheugen(warm.Proces.Id, "VmRSS");
                var piek = Geheugen(warm.Proces.Id, "VmHWM");
                uit.WriteLine($"{Gebruikers} gebruikers, {duur.TotalSeconds:0} s: {verzoeken} verzoeken ({verzoeken / duur.TotalSeconds:0} per s), {fouten} serverfouten (5xx), {geweigerd} geweigerd of doorgestuurd (een pagina buiten de rol van het account), " +
                              $"p50 {Uitslag.Percentiel(tijden, 50):0.0} ms, p95 {Uitslag.Percentiel(tijden, 95):0.0} ms (klanttijd); " +
                              $"CPU van de app {cpu.TotalSeconds:0.00} s = {cpu.TotalMilliseconds / Math.Max(1, verzoeken):0.00} ms per verzoek; loadavg {File.ReadAllText("/proc/loadavg").Trim()}");
                uit.WriteLine($"Geheugen daarna: VmRSS {rss:0} MB (budget {BudgetRssMb} MB) {Oordeel(rss <= BudgetRssMb)}; piek (VmHWM) {piek:0} MB");
                Geheugenopbouw.Druk(warm.Proces.Id, uit);
                if (opties.Blijf)
                {
                    // Until the one inspecting says so (or the app stops), not for a guessed number of seconds.
                    uit.WriteLine($"De app (pid {warm.Proces.Id}, poort {poort}) blijft draaien om te inspecteren; Enter gaat verder.");
                    await uit.FlushAsync();
                    await Task.WhenAny(Console.In.ReadLineAsync(), warm.Proces.WaitForExitAsync());
                }
                var soort = opties.App is null ? "gepubliceerd, ReadyToRun" : "gepubliceerd";
                return
                [
                    Uitslag.NietBeschikbaar("Eerste start", $"{koud.Seconden:0.00} s", $"budget {BudgetKoudS} s: {Oordeel(koud.Seconden <= BudgetKoudS)}"),
                    Uitslag.NietBeschikbaar("Warme herstart", $"{warm.Seconden:0.00} s", $"budget {BudgetWarmS} s: {Oordeel(warm.Seconden <= BudgetWarmS)}"),
                    Uitslag.NietBeschikbaar("RSS na belasting", $"{rss:0} MB", $"budget {BudgetRssMb} MB: {Oordeel(rss <= BudgetRssMb)} ({soort})"),
                    new Uitslag("Pagina's onder belasting", string.Join(" ", Paginas), tijden, tijden, [0], [], false),
                ];
            }
            finally
            {
                await StopAsync(warm.Proces);
            }
        }
        finally
        {
            try { Directory.Delete(map, recursive: true); } catch (IOException) { }
        }
    }

    private static string Oordeel(bool binnen) => binnen ? "PASS" : "FAIL";

    /// <summary>The publish command of deploy/Dockerfile and the README (ReadyToRun for linux-x64), into a folder of its own.</summary>
    public static readonly string[] Publicatie = ["-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true"];

    private static string Repository()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Besluitvorming.sln"))) map = map.Parent;
        return map?.FullName ?? throw new InvalidOperationException("De map van de repository (met Besluitvorming.sln) is niet gevonden.");
    }

    private static async Task<string> PubliceerAsync(TextWriter uit)
    {
        var map = new DirectoryInfo(Repository());
        var doel = Path.Combine(Path.GetTempPath(), "besluitvorming-benchmark", "app");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["publish", Path.Combine(map.FullName, "src", "Web", "Besluitvorming.Web.csproj"), .. Publicatie, "-o", doel, "-v", "q", "-nologo"])
            info.ArgumentList.Add(a);
        uit.WriteLine($"dotnet {string.Join(' ', info.ArgumentList)}");
        var klok = Stopwatch.StartNew();
        using var proces = Process.Start(info) ?? throw new InvalidOperationException("dotnet publish start niet.");
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        if (proces.ExitCode != 0) throw new InvalidOperationException($"dotnet publish mislukte:{Environment.NewLine}{await uitvoer}{await fouten}");
        uit.WriteLine($"Gepubliceerd in {klok.Elapsed.TotalSeconds:0} s");
        return Path.Combine(doel, "Besluitvorming.Web.dll");
    }

    /// <summary>A started app: wall seconds to the first 200 of /health/ready and the process's CPU seconds by then (which a loaded machine stretches far less).</summary>
    private sealed record Start(Process Proces, double Seconden, double CpuSeconden);

    private static async Task<Start> StartAsync(string dll, string map, int poort, IReadOnlyDictionary<string, string> runtime)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root is the publish folder (wwwroot, appsettings, seeds), as in the systemd unit.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{poort}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(map, "start.db")}";
        info.Environment["Database__DemoData"] = "true";
        info.Environment["Mail__Map"] = Path.Combine(map, "mail");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // A variable set in the benchmark's own environment wins (to measure a setting against deploy/'s); printed above.
        foreach (var (naam, waarde) in runtime) info.Environment[naam] = Environment.GetEnvironmentVariable(naam) ?? waarde;
        var klok = Stopwatch.StartNew();
        var proces = Process.Start(info) ?? throw new InvalidOperationException("dotnet start niet.");
        var uitvoer = new System.Text.StringBuilder();
        proces.OutputDataReceived += (_, e) => { lock (uitvoer) uitvoer.AppendLine(e.Data); };
        proces.ErrorDataReceived += (_, e) => { lock (uitvoer) uitvoer.AppendLine(e.Data); };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (klok.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (proces.HasExited)
                throw new InvalidOperationException($"De app stopte met code {proces.ExitCode}:{Environment.NewLine}{uitvoer}");
            try
            {
                using var antwoord = await http.GetAsync($"http://127.0.0.1:{poort}/health/ready");
                if (antwoord.StatusCode == HttpStatusCode.OK)
                    return new Start(proces, klok.Elapsed.TotalSeconds, Procstat.Lees(File.ReadAllText($"/proc/{proces.Id}/stat")).Cpu.TotalSeconds);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(10);
        }
        proces.Kill(entireProcessTree: true);
        throw new TimeoutException($"/health/ready gaf na 2 minuten nog geen 200:{Environment.NewLine}{uitvoer}");
    }

    /// <summary>SIGTERM, as systemd or Kubernetes stop it, so SQLite's WAL is checkpointed as in a real restart.</summary>
    private static async Task StopAsync(Process proces)
    {
        if (proces.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", proces.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var wacht = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await proces.WaitForExitAsync(wacht.Token); }
        catch (OperationCanceledException) { proces.Kill(entireProcessTree: true); }
    }

    private static async Task<(int Verzoeken, int Fouten, int Geweigerd, List<double> Tijden)> BelastAsync(int poort, TimeSpan duur)
    {
        var basis = new Uri($"http://127.0.0.1:{poort}");
        var klanten = new List<HttpClient>();
        for (var i = 0; i < Gebruikers; i++)
        {
            var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
                { BaseAddress = basis, Timeout = TimeSpan.FromSeconds(60) };
            await InloggenAsync(http, Accounts[i % Accounts.Length]);
            klanten.Add(http);
        }
        var tijden = new List<double>();
        int verzoeken = 0, fouten = 0, geweigerd = 0;
        var einde = Stopwatch.StartNew();
        await Task.WhenAll(klanten.Select(async (http, i) =>
        {
            var willekeur = new Random(i);
            while (einde.Elapsed < duur)
            {
                var start = Stopwatch.GetTimestamp();
                using var antwoord = await http.GetAsync(Paginas[willekeur.Next(Paginas.Length)]);
                await antwoord.Content.ReadAsByteArrayAsync();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (tijden)
                {
                    tijden.Add(ms);
                    verzoeken++;
                    if ((int)antwoord.StatusCode >= 500) fouten++;
                    else if (antwoord.StatusCode != HttpStatusCode.OK) geweigerd++;
                }
            }
        }));
        foreach (var k in klanten) k.Dispose();
        return (verzoeken, fouten, geweigerd, tijden);
    }

    private static async Task InloggenAsync(HttpClient http, string gebruiker)
    {
        var formulier = await http.GetStringAsync("/Account/Inloggen");
        var token = Antivervalsing().Match(formulier) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("Het inlogformulier heeft geen antiforgery-token.");
        using var antwoord = await http.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = gebruiker, ["Wachtwoord"] = Besluitvorming.Web.Data.DatabaseInitialisatie.DemoWachtwoord,
            ["__RequestVerificationToken"] = token,
        }));
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Inloggen als {gebruiker} mislukte (HTTP {(int)antwoord.StatusCode}).");
    }

    /// <summary>A line of /proc/&lt;pid&gt;/status in MB (the kernel gives kB).</summary>
    private static double Geheugen(int pid, string veld)
    {
        var regel = File.ReadLines($"/proc/{pid}/status").First(r => r.StartsWith(veld + ":", StringComparison.Ordinal));
        return long.Parse(regel.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static int VrijePoort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antivervalsing();
}
