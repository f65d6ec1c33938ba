using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// A minimal SMTP server on a free local port that accepts every message and keeps only how many arrived and their
/// Message-IDs (so a mail sent twice shows): the far end
/// of the outbox scenario. In-process and cheap, so the figures are the senders' cost, not the server's (maildev,
/// written in Node, would add its own time to both sides of the ratio).
/// </summary>
public sealed class Smtpsink : IAsyncDisposable
{
    private readonly TcpListener _luisteraar = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _lus;
    private int _ontvangen;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _messageIds = new();

    public Smtpsink()
    {
        _luisteraar.Start();
        _lus = Task.Run(LuisterAsync);
    }

    public int Poort => ((IPEndPoint)_luisteraar.LocalEndpoint).Port;
    public int Ontvangen => Volatile.Read(ref _ontvangen);
    /// <summary>Forgets the Message-IDs seen so far (the loop and the dispatcher send the same messages).</summary>
    public void VergeetMessageIds() => _messageIds.Clear();

    /// <summary>Message-IDs that arrived more than once since the last <see cref="VergeetMessageIds"/>.</summary>
    public IReadOnlyList<string> Dubbel => _messageIds.Where(p => p.Value > 1).Select(p => p.Key).ToList();

    private async Task LuisterAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var klant = await _luisteraar.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => SessieAsync(klant));
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
    }

    private async Task SessieAsync(TcpClient klant)
    {
        using var _ = klant;
        // Answers go out at once: with Nagle and the sender's delayed ACK every message would wait 40 ms for "250".
        klant.NoDelay = true;
        var stroom = klant.GetStream();
        var lezer = new StreamReader(stroom, Encoding.ASCII);
        var schrijver = new StreamWriter(stroom, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await schrijver.WriteLineAsync("220 sink ESMTP");
        try
        {
            while (await lezer.ReadLineAsync() is { } regel)
            {
                var opdracht = regel.Length >= 4 ? regel[..4].ToUpperInvariant() : regel.ToUpperInvariant();
                switch (opdracht)
                {
                    case "EHLO":
                        await schrijver.WriteAsync("250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
                        break;
                    case "DATA":
                        await schrijver.WriteLineAsync("354 verder");
                        while (await lezer.ReadLineAsync() is { } data && data != ".")
                            if (data.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))
                                _messageIds.AddOrUpdate(data[11..].Trim(), 1, (_, n) => n + 1);
                        Interlocked.Increment(ref _ontvangen);
                        await schrijver.WriteLineAsync("250 ok");
                        break;
                    case "QUIT":
                        await schrijver.WriteLineAsync("221 dag");
                        return;
                    default:
                        await schrijver.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (IOException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _luisteraar.Stop();
        await _lus;
    }
}
