using Besluitvorming.Web.Data;

namespace Besluitvorming.Web.Api;

/// <summary>
/// Every write to /api/v1 (all but GET and HEAD) leaves a row with client, subject, method, path (never the query or
/// body) and status, after the endpoint answered and before the answer is sent.
/// </summary>
public sealed class ApiSchrijfactieFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return await next(context);
        var resultaat = await next(context);
        var status = resultaat is IStatusCodeHttpResult { StatusCode: { } s } ? s : StatusCodes.Status200OK;
        var db = http.RequestServices.GetRequiredService<BesluitvormingDbContext>();
        var klok = http.RequestServices.GetRequiredService<TimeProvider>();
        db.ApiAuditregels.Add(ApiAuditregel.Schrijfactie(klok.GetUtcNow().UtcDateTime, ApiAanroeper.Client(http.User),
            ApiAanroeper.Subject(http.User), http.Request.Method, http.Request.Path, status,
            http.Items[ApiAudit.VoorstelSleutel] as int?, http.TraceIdentifier));
        await db.SaveChangesAsync(http.RequestAborted);
        return resultaat;
    }
}
