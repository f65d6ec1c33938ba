using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// The health report as JSON. A failing check shows the exception's type, never its message: a driver's message may
/// name a server or user, and the endpoints are anonymous.
/// </summary>
public static class Gezondheidsrapport
{
    public static Task SchrijfAsync(HttpContext context, HealthReport rapport)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = rapport.Status.ToString(),
            duurMs = Math.Round(rapport.TotalDuration.TotalMilliseconds, 1),
            onderdelen = rapport.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                omschrijving = e.Value.Exception is { } fout ? $"Fout: {fout.GetType().Name}" : e.Value.Description,
                duurMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                gegevens = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        }, cancellationToken: context.RequestAborted);
    }
}
