using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Besluitvorming.Web.Data;

namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// Issue 12, P4 (memory): a SQLite installation does not load the drivers of the server databases. Each assembly the
/// runtime loads stays mapped for the life of the process (Npgsql, its EF Core provider, Microsoft.Data.SqlClient and
/// EF Core's SQL Server provider: ~5 MB of resident file pages plus their type data), and a method that merely mentions
/// one of their types loads it when it is compiled. Assemblies are per process, and other tests in this process use
/// PostgreSQL, so the app runs as a process of its own here, as an operator runs it (`dotnet Besluitvorming.Web.dll`),
/// and its memory map is read after it served a signed-in search and sent its outbox.
/// </summary>
public sealed class StuurprogrammaTests
{
    private static readonly string[] Serverstuurprogrammas =
        ["Npgsql.dll", "Npgsql.EntityFrameworkCore.PostgreSQL.dll", "Microsoft.Data.SqlClient.dll", "Microsoft.EntityFrameworkCore.SqlServer.dll"];

    [Fact]
    public async Task Een_SQLite_installatie_laadt_de_stuurprogrammas_van_PostgreSQL_en_SQL_Server_niet()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "leest /proc/<pid>/maps");
        var map = Directory.CreateTempSubdirectory("besluitvorming-stuurprogramma-");
        var mail = Path.Combine(map.FullName, "mail");
        var poort = VrijePoort();
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root (seeds, wwwroot, appsettings) is the project folder, as under `dotnet run`.
            WorkingDirectory = Path.Combine(Backupscripts.Repository, "src", "Web"),
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Besluitvorming.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{poort}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(map.FullName, "app.db")}";
        info.Environment["Database__DemoData"] = "true";
        info.Environment["Mail__Map"] = mail;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The host's own line once every hosted service has started: the event to wait for, instead of polling a probe.
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        Directory.CreateDirectory(mail);
        // The dispatcher writes each .eml as a temporary file and renames it: watched before the app starts, so no
        // file can slip past between starting the app and watching the folder.
        var verstuurd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(mail) { EnableRaisingEvents = true };
        watcher.Renamed += (_, e) => { if (e.FullPath.EndsWith(".eml", StringComparison.Ordinal)) verstuurd.TrySetResult(); };
        watcher.Created += (_, e) => { if (e.FullPath.EndsWith(".eml", StringComparison.Ordinal)) verstuurd.TrySetResult(); };
        var gestart = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var proces = new Process { StartInfo = info, EnableRaisingEvents = true };
        var uitvoer = new System.Text.StringBuilder();
        proces.OutputDataReceived += (_, e) =>
        {
            lock (uitvoer) uitvoer.AppendLine(e.Data);
            if (e.Data?.Contains("Application started", StringComparison.Ordinal) == true) gestart.TrySetResult();
        };
        proces.Exited += (_, _) =>
        {
            var fout = new InvalidOperationException($"de app stopte: {uitvoer}");
            gestart.TrySetException(fout);
            verstuurd.TrySetException(fout);
        };
        proces.Start();
        proces.ErrorDataReceived += (_, e) => { lock (uitvoer) uitvoer.AppendLine(e.Data); };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
                { BaseAddress = new Uri($"http://127.0.0.1:{poort}"), Timeout = TimeSpan.FromMinutes(2) };
            // A safety net against a hang, not a timing: a first start (migrate and seed) on a busy machine takes a while.
            using var grens = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            // Kestrel listens; a request that comes before the start's own work is done waits at the start gate.
            await gestart.Task.WaitAsync(grens.Token);

            // Signed in, the overview with a search (the PostgreSQL branch of the filter sits beside SQLite's).
            var formulier = await http.GetStringAsync("/Account/Inloggen", grens.Token);
            var token = WebUtility.HtmlDecode(Regex.Match(formulier, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
            using (var inloggen = await http.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
                   {
                       ["Gebruikersnaam"] = "secretariaat", ["Wachtwoord"] = DatabaseInitialisatie.DemoWachtwoord,
                       ["__RequestVerificationToken"] = token,
                   }), grens.Token))
                inloggen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await http.GetAsync("/Overzicht?Zoek=begroting", grens.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await http.GetAsync("/Taken", grens.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
            // The demo seed leaves mail in the outbox: once a file is written the dispatcher has claimed a batch.
            await verstuurd.Task.WaitAsync(grens.Token);

            var geladen = File.ReadLines($"/proc/{proces.Id}/maps").Select(r => Path.GetFileName(r.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(5) ?? ""))
                .Where(n => n.EndsWith(".dll", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            geladen.ShouldContain("Microsoft.Data.Sqlite.dll");
            geladen.Intersect(Serverstuurprogrammas).ShouldBeEmpty();
        }
        finally
        {
            if (!proces.HasExited) proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
            try { map.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static int VrijePoort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
