using System.Diagnostics;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// Every request carries a correlation id: the caller's <c>X-Correlation-ID</c> (a proxy or another system) when it
/// is a plausible id, else a new one. It is in the logging scope of everything the request logs (CorrelatieId), in the
/// response header, and is the request's TraceIdentifier (shown on the error page), so a user's report can be found.
/// </summary>
public sealed class Correlatie(RequestDelegate next, ILogger<Correlatie> log)
{
    public const string Kop = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[Kop].ToString();
        if (!IsGeldig(id)) id = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        // On starting, not now: the exception handler clears the headers of a response it replaces.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Kop] = id;
            return Task.CompletedTask;
        });
        using (log.BeginScope(new Dictionary<string, object> { ["CorrelatieId"] = id }))
            await next(context);
    }

    /// <summary>What a caller sends is logged and echoed, so only short ids of safe characters are taken over.</summary>
    public static bool IsGeldig(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
