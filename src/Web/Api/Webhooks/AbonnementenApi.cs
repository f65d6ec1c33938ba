using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// <c>/api/v1/abonnementen</c>: a client (scope <see cref="WebhookExtensions.ScopeNotificaties"/>) subscribes a callback
/// URL to a channel, lists and cancels its own subscriptions; another client's are not found. The secret that signs
/// the deliveries is in the answer to the POST, and nowhere after.
/// </summary>
public static class AbonnementenApi
{
    public const int MaxPerClient = 50;

    public static void Map(RouteGroupBuilder groep)
    {
        groep.MapGet("/abonnementen", LijstAsync).WithName("Abonnementen").WithTags("Abonnementen")
            .WithSummary("De abonnementen van deze client")
            .Produces<IReadOnlyList<ApiAbonnement>>().Produces401En403();
        groep.MapPost("/abonnementen", NieuwAsync).WithName("Abonneren").WithTags("Abonnementen")
            .WithSummary("Een callback-URL abonneren op een kanaal")
            .WithDescription("Kanalen: " + string.Join(", ", Kanalen.Bekend.Select(k => $"{k.Naam} ({k.Omschrijving})"))
                             + ". De callback-URL is een volledig https-adres. Het antwoord bevat eenmalig het geheim waarmee elke "
                             + $"notificatie wordt ondertekend (header {Handtekening.Header}: t=<unix-tijd>,v1=<hex HMAC-SHA256 van \"t.body\">); "
                             + $"de header {Handtekening.GebeurtenisHeader} is per gebeurtenis uniek. Alleen een 2xx-antwoord telt als ontvangen; "
                             + "anders volgt een nieuwe poging met oplopende wachttijd.")
            .Accepts<AbonnementInvoer>("application/json")
            .Produces<NieuwAbonnement>(StatusCodes.Status201Created).ProducesValidationProblem().Produces401En403();
        groep.MapGet("/abonnementen/{id}", EenAsync).WithName("Abonnement").WithTags("Abonnementen")
            .WithSummary("Eén abonnement van deze client")
            .Produces<ApiAbonnement>().ProducesProblem(StatusCodes.Status404NotFound).Produces401En403();
        groep.MapDelete("/abonnementen/{id}", OpzeggenAsync).WithName("Opzeggen").WithTags("Abonnementen")
            .WithSummary("Een abonnement opzeggen; wat nog onderweg is, wordt niet meer bezorgd")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).Produces401En403();
    }

    private static RouteHandlerBuilder Produces401En403(this RouteHandlerBuilder b) => b
        .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>The client the access token was issued to.</summary>
    public static string ClientVan(HttpContext http)
    {
        var u = http.User;
        return u.GetClaim(Claims.ClientId) ?? u.GetClaim(Claims.Private.Presenter) ?? u.GetClaim(Claims.Subject)
            ?? throw new InvalidOperationException("Een API-token zonder client.");
    }

    /// <summary>Endpoint filter of the group: without the scope, 403 as problem details that name it.</summary>
    public static async ValueTask<object?> EistScopeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.User.HasScope(WebhookExtensions.ScopeNotificaties)) return await next(context);
        context.HttpContext.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{WebhookExtensions.ScopeNotificaties}\"";
        return ApiFouten.Probleem(StatusCodes.Status403Forbidden, "Geen toegang",
            $"Het toegangstoken geeft geen recht op dit verzoek; daarvoor is de scope {WebhookExtensions.ScopeNotificaties} nodig.");
    }

    private static string Adres(HttpContext http, long id) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/v1/abonnementen/{id}";

    private static ApiAbonnement Vorm(HttpContext http, Abonnement a) =>
        new(Adres(http, a.Id), a.Id, a.Kanaal, a.CallbackUrl, a.Actief, a.AangemaaktOp);

    private static async Task<IResult> LijstAsync(HttpContext http, BesluitvormingDbContext db, CancellationToken ct)
    {
        var client = ClientVan(http);
        var eigen = await db.Abonnementen.AsNoTracking().Where(a => a.ClientId == client && a.Actief).OrderBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(eigen.Select(a => Vorm(http, a)).ToList());
    }

    private static async Task<IResult> EenAsync(HttpContext http, BesluitvormingDbContext db, string id, CancellationToken ct) =>
        await EigenAsync(http, db, id, ct) is { } a ? TypedResults.Ok(Vorm(http, a)) : NietGevonden(id);

    /// <summary>The client's own active subscription; another client's is as absent as one that does not exist.</summary>
    private static async Task<Abonnement?> EigenAsync(HttpContext http, BesluitvormingDbContext db, string id, CancellationToken ct)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nr)) return null;
        var client = ClientVan(http);
        return await db.Abonnementen.SingleOrDefaultAsync(a => a.Id == nr && a.ClientId == client && a.Actief, ct);
    }

    private static IResult NietGevonden(string id) =>
        ApiFouten.Probleem(StatusCodes.Status404NotFound, "Niet gevonden", $"Deze client heeft geen abonnement '{id}'.");

    private static async Task<IResult> NieuwAsync(HttpContext http, BesluitvormingDbContext db, IDataProtectionProvider bescherming,
        IHostEnvironment omgeving, TimeProvider klok, CancellationToken ct)
    {
        AbonnementInvoer? invoer;
        try
        {
            invoer = await JsonSerializer.DeserializeAsync<AbonnementInvoer>(http.Request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException)
        {
            invoer = null;
        }
        if (invoer is null)
            return ApiFouten.Probleem(StatusCodes.Status400BadRequest, "Ongeldig verzoek",
                "Stuur een JSON-object met kanaal en callbackUrl, bijvoorbeeld {\"kanaal\": \"besluit-genomen\", \"callbackUrl\": \"https://...\"}.");

        var client = ClientVan(http);
        var fouten = new Dictionary<string, string[]>();
        var kanaal = invoer.Kanaal?.Trim();
        if (string.IsNullOrEmpty(kanaal)) fouten["kanaal"] = ["Vul het kanaal in: " + string.Join(", ", Kanalen.Bekend.Select(k => k.Naam)) + "."];
        else if (!Kanalen.Bestaat(kanaal))
            fouten["kanaal"] = [$"Het kanaal '{kanaal}' bestaat niet; kies uit " + string.Join(", ", Kanalen.Bekend.Select(k => k.Naam)) + "."];
        var url = invoer.CallbackUrl?.Trim();
        if (ControleerCallbackUrl(url, WebhookExtensions.Ontwikkeling(omgeving)) is { } urlFout) fouten["callbackUrl"] = [urlFout];
        if (fouten.Count == 0)
        {
            var bestaand = await db.Abonnementen.Where(a => a.ClientId == client && a.Actief)
                .Select(a => new { a.Kanaal, a.CallbackUrl }).ToListAsync(ct);
            if (bestaand.Any(a => a.Kanaal == kanaal && a.CallbackUrl == url))
                fouten["callbackUrl"] = [$"Dit adres is al geabonneerd op {kanaal}."];
            else if (bestaand.Count >= MaxPerClient)
                fouten["kanaal"] = [$"Een client heeft ten hoogste {MaxPerClient} abonnementen; zeg er eerst een op."];
        }
        if (fouten.Count > 0)
            return TypedResults.ValidationProblem(fouten, title: "Ongeldig abonnement", detail: "Een of meer velden zijn ongeldig.");

        // 32 random bytes from the system's CSPRNG; kept encrypted, shown in this answer only.
        var geheim = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var vanaf = await db.Notificaties.MaxAsync(n => (long?)n.Id, ct) ?? 0;
        var abonnement = new Abonnement(client, kanaal!, url!, WebhookDispatcher.Geheimen(bescherming).Protect(geheim), vanaf,
            klok.GetUtcNow().UtcDateTime);
        db.Abonnementen.Add(abonnement);
        await db.SaveChangesAsync(ct);
        http.Response.Headers.CacheControl = "no-store";
        var vorm = Vorm(http, abonnement);
        return TypedResults.Created(vorm.Url, new NieuwAbonnement(vorm.Url, vorm.Id, vorm.Kanaal, vorm.CallbackUrl, vorm.Actief,
            vorm.AangemaaktOp, geheim));
    }

    private static async Task<IResult> OpzeggenAsync(HttpContext http, BesluitvormingDbContext db, TimeProvider klok, string id,
        CancellationToken ct)
    {
        if (await EigenAsync(http, db, id, ct) is not { } a) return NietGevonden(id);
        await HefOpAsync(db, a, $"client {a.ClientId}", klok.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Cancels a subscription: what still waits for it is given up, with the reason, in the same save.</summary>
    public static async Task HefOpAsync(BesluitvormingDbContext db, Abonnement a, string door, DateTime nu, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        a.Hef(door, nu);
        await db.SaveChangesAsync(ct);
        await db.Bezorgingen.Where(b => b.AbonnementId == a.Id && b.Status == BezorgStatus.Wachtend)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BezorgStatus.Mislukt)
                .SetProperty(b => b.LaatsteFout, "Het abonnement is opgeheven."), ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// A callback URL is an absolute https address without user info or fragment; plain http only to this machine
    /// (localhost, a loopback address) in Development and the tests. Null when it is good; else the Dutch message.
    /// </summary>
    public static string? ControleerCallbackUrl(string? url, bool ontwikkeling)
    {
        if (string.IsNullOrEmpty(url)) return "Vul de callbackUrl in: het https-adres waarop u de notificaties ontvangt.";
        if (url.Length > 2000) return "De callbackUrl is te lang: ten hoogste 2000 tekens.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttps && u.Scheme != Uri.UriSchemeHttp))
            return "De callbackUrl is geen volledig adres; gebruik bijvoorbeeld https://ontvanger.gemeente.nl/notificaties.";
        if (!string.IsNullOrEmpty(u.UserInfo) || !string.IsNullOrEmpty(u.Fragment))
            return "De callbackUrl mag geen gebruikersnaam, wachtwoord of #-deel bevatten.";
        if (u.Scheme == Uri.UriSchemeHttp && !(ontwikkeling && IsLokaal(u)))
            return "De callbackUrl moet met https:// beginnen: notificaties gaan alleen versleuteld over het netwerk.";
        return null;
    }

    private static bool IsLokaal(Uri u) =>
        u.IsLoopback || (IPAddress.TryParse(u.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}

/// <summary>What a client sends to subscribe.</summary>
public sealed record AbonnementInvoer(string? Kanaal, string? CallbackUrl);

/// <summary>A subscription as the API shows it; <c>url</c> is its own address.</summary>
public sealed record ApiAbonnement(string Url, long Id, string Kanaal, string CallbackUrl, bool Actief, DateTime AangemaaktOp);

/// <summary>The answer to a new subscription: with the secret, this once.</summary>
public sealed record NieuwAbonnement(string Url, long Id, string Kanaal, string CallbackUrl, bool Actief, DateTime AangemaaktOp,
    string Geheim);
