using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>One message as maildev's REST API returns it.</summary>
public sealed record MaildevBericht(string Id, string Onderwerp, string Tekst, string Html, string Aan, string MessageId)
{
    /// <summary>The path of the mail link in the plain-text part, like /Link/abc...</summary>
    public string LinkPad()
    {
        var m = Regex.Match(Tekst, @"https?://[^\s/]+(/Link/[A-Za-z0-9_-]{43})");
        if (!m.Success) throw new InvalidOperationException($"Geen link in de mail '{Onderwerp}':\n{Tekst}");
        return m.Groups[1].Value;
    }
}

/// <summary>
/// A real SMTP server for the tests: the one ./test.sh started (BESLUITVORMING_TEST_SMTP_HOST/PORT and
/// BESLUITVORMING_TEST_MAILDEV_API), or a maildev process of the test's own that it can stop and start again.
/// </summary>
public sealed class Maildev : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string? _bin;
    private Process? _proces;

    public string Host { get; } = "127.0.0.1";
    public int SmtpPoort { get; }
    public Uri Api { get; }

    private Maildev(int smtpPoort, Uri api, string? bin)
    {
        SmtpPoort = smtpPoort;
        Api = api;
        _bin = bin;
    }

    /// <summary>The server the test script started; a server of our own when run outside the script.</summary>
    public static async Task<Maildev> GedeeldAsync()
    {
        var host = Environment.GetEnvironmentVariable("BESLUITVORMING_TEST_SMTP_HOST");
        var poort = Environment.GetEnvironmentVariable("BESLUITVORMING_TEST_SMTP_PORT");
        var api = Environment.GetEnvironmentVariable("BESLUITVORMING_TEST_MAILDEV_API");
        if (host is { Length: > 0 } && int.TryParse(poort, out var p) && api is { Length: > 0 })
            return new Maildev(p, new Uri(api), null);
        return await EigenAsync();
    }

    /// <summary>A maildev process of this test's own on free ports.</summary>
    public static async Task<Maildev> EigenAsync()
    {
        var bin = Binary();
        var server = new Maildev(VrijePoort(), new Uri($"http://127.0.0.1:{VrijePoort()}"), bin);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_bin is null) throw new InvalidOperationException("De gedeelde maildev van test.sh kan een test niet starten of stoppen.");
        var info = new ProcessStartInfo(_bin)
        {
            ArgumentList = { "--smtp", SmtpPoort.ToString(), "--web", Api.Port.ToString(), "--ip", Host, "--web-ip", Host },
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _proces = Process.Start(info) ?? throw new InvalidOperationException("maildev start niet");
        _proces.OutputDataReceived += (_, _) => { };
        _proces.ErrorDataReceived += (_, _) => { };
        _proces.BeginOutputReadLine();
        _proces.BeginErrorReadLine();
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < tot)
        {
            try
            {
                if ((await _http.GetAsync(new Uri(Api, "/api/healthz"))).IsSuccessStatusCode && await SmtpLuistertAsync()) return;
            }
            catch (HttpRequestException)
            {
            }
            if (_proces.HasExited) break;
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"maildev kwam niet op (SMTP {SmtpPoort}, API {Api})");
    }

    public async Task StopAsync()
    {
        if (_proces is null) return;
        _proces.Kill(entireProcessTree: true);
        await _proces.WaitForExitAsync();
        _proces.Dispose();
        _proces = null;
    }

    public async Task<IReadOnlyList<MaildevBericht>> BerichtenAsync()
    {
        var json = await _http.GetStringAsync(new Uri(Api, "/api/email"));
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => new MaildevBericht(
            e.GetProperty("id").GetString()!,
            e.GetProperty("subject").GetString() ?? "",
            e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "",
            e.TryGetProperty("html", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString()! : "",
            string.Join(",", e.GetProperty("to").EnumerateArray().Select(a => a.GetProperty("address").GetString())),
            e.GetProperty("headers").TryGetProperty("message-id", out var mid) ? mid.GetString() ?? "" : "")).ToList();
    }

    /// <summary>Waits until a message matching <paramref name="past"/> has arrived.</summary>
    public async Task<MaildevBericht> WachtOpAsync(Func<MaildevBericht, bool> past, int seconden = 20)
    {
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (true)
        {
            var gevonden = (await BerichtenAsync()).FirstOrDefault(past);
            if (gevonden is not null) return gevonden;
            if (DateTime.UtcNow > tot)
                throw new TimeoutException("Verwachte mail kwam niet aan. Ontvangen: " +
                    string.Join(" | ", (await BerichtenAsync()).Select(b => $"{b.Aan}: {b.Onderwerp}")));
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
    }

    private async Task<bool> SmtpLuistertAsync()
    {
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(Host, SmtpPoort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int VrijePoort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var poort = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return poort;
    }

    private static string Binary()
    {
        if (Environment.GetEnvironmentVariable("BESLUITVORMING_TEST_MAILDEV_BIN") is { Length: > 0 } bin && File.Exists(bin)) return bin;
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            var kandidaat = Path.Combine(map.FullName, "tests", "tools", "node_modules", ".bin", "maildev");
            if (File.Exists(kandidaat)) return kandidaat;
        }
        throw new InvalidOperationException(
            "maildev is niet gevonden. Draai ./test.sh (dat installeert en start maildev) of 'npm ci' in tests/tools.");
    }
}
