using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace Besluitvorming.Web.Api;

/// <summary>
/// The scopes the API knows, with what they allow (shown on the beheer page). A new scope is added here: the server
/// registers them all, each gets its policy (<see cref="Beleid"/>) and the beheerder can give them to a client.
/// </summary>
public static class ApiScopes
{
    public const string VoorstellenLezen = "voorstellen.lezen";
    public const string VergaderingenLezen = "vergaderingen.lezen";
    public const string VoorstellenSchrijven = "voorstellen.schrijven";

    /// <summary>
    /// Each scope with its technical description (the beheer page, the OpenAPI document) and what the user consents to on
    /// /connect/authorize, in words a user understands ("... wil namens u:").
    /// </summary>
    public static readonly IReadOnlyList<(string Naam, string Omschrijving, string Toestemming)> Bekend =
    [
        (ApiExtensions.ScopeBesluitenLezen, "Gepubliceerde besluiten lezen (GET /api/v1/besluiten)",
            "de besluiten lezen die de gemeente openbaar heeft gemaakt"),
        (Webhooks.WebhookExtensions.ScopeNotificaties, "Notificaties (webhooks) abonneren en opzeggen (/api/v1/abonnementen)",
            "berichten ontvangen als er een besluit is genomen of gepubliceerd of een voorstel een stap verder is"),
        (VoorstellenLezen, "Voorstellen lezen: status, stap, houders, geplande vergaderingen en tijdlijn (GET /api/v1/voorstellen)",
            "de voorstellen lezen die u in Besluitvorming mag zien, met hun status, taken en geschiedenis"),
        (VergaderingenLezen, "Vergaderingen en hun agenda's lezen (GET /api/v1/vergaderingen)",
            "de vergaderingen en hun vastgestelde agenda's lezen"),
        (VoorstellenSchrijven, "Een conceptvoorstel aanmaken voor een steller (POST /api/v1/voorstellen)",
            "conceptvoorstellen op uw naam aanmaken"),
    ];

    public static string[] Namen => Bekend.Select(s => s.Naam).ToArray();

    /// <summary>The name of the authorization policy that asks for <paramref name="scope"/> in the access token.</summary>
    public static string Beleid(string scope) => "api-scope:" + scope;

    /// <summary>Every API call: a valid access token; the endpoint's own policy adds the scope it needs.</summary>
    public const string BeleidToken = "api-token";

    public static void VoegBeleidToe(AuthorizationBuilder autorisatie)
    {
        autorisatie.AddPolicy(BeleidToken, p => p
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        foreach (var naam in Namen)
            autorisatie.AddPolicy(Beleid(naam), p => p
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser()
                .AddRequirements(new ScopeVereiste(naam)));
    }
}

/// <summary>The access token must carry this scope; its name goes into the 403 answer.</summary>
public sealed class ScopeVereiste(string scope) : AuthorizationHandler<ScopeVereiste>, IAuthorizationRequirement
{
    public string Scope { get; } = scope;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeVereiste requirement)
    {
        if (context.User.HasScope(requirement.Scope)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
