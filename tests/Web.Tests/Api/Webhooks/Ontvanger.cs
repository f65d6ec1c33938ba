using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Besluitvorming.Web.Tests.Api.Webhooks;

/// <summary>
/// A subscriber's receiver: a real Kestrel endpoint on a free 127.0.0.1 port that keeps what it was sent. It can be
/// down (nothing listens on the port), answer with any status, and come up again on the same port.
/// </summary>
public sealed class Ontvanger : IAsyncDisposable
{
    public sealed record Bericht(string Inhoud, string? Handtekening, string? GebeurtenisId, int Antwoord);

    private WebApplication? _app;

    public int Poort { get; } = VrijePoort();
    /// <summary>A path of its own: a subscription of an earlier receiver that had this port gets 404 here, and counts for nothing.</summary>
    private readonly string _pad = $"/notificaties/{Guid.NewGuid():N}";

    public Uri Adres => new($"http://127.0.0.1:{Poort}{_pad}");
    public ConcurrentQueue<Bericht> Berichten { get; } = new();

    /// <summary>While true the receiver answers nothing: it holds each request until the sender gives up.</summary>
    public bool Hangt { get; set; }

    /// <summary>What the receiver answers from now on.</summary>
    public int Antwoord { get; set; } = StatusCodes.Status204NoContent;

    private static int VrijePoort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var poort = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return poort;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, Poort));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(_pad, async (HttpContext c) =>
        {
            using var lezer = new StreamReader(c.Request.Body);
            var inhoud = await lezer.ReadToEndAsync();
            var hangt = Hangt;
            var antwoord = hangt ? 0 : Antwoord;
            Berichten.Enqueue(new Bericht(inhoud, c.Request.Headers["Besluitvorming-Handtekening"], c.Request.Headers["Besluitvorming-Gebeurtenis-Id"], antwoord));
            if (hangt)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, c.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The sender stopped waiting.
                }
            }
            return Results.StatusCode(antwoord == 0 ? 200 : antwoord);
        });
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
