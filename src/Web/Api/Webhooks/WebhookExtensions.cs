using Besluitvorming.Web.Productie;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using OpenIddict.Validation.AspNetCore;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// Outgoing notifications: subscriptions at <c>/api/v1/abonnementen</c>, the outbox written with each change
/// (<see cref="NotificatieSchrijver"/>) and the dispatcher that fans out and delivers (<see cref="WebhookDispatcher"/>).
/// </summary>
public static class WebhookExtensions
{
    public const string ScopeNotificaties = "notificaties";
    public const string BeleidApiClient = "api-client";

    public static bool Ontwikkeling(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().BindEnControleer(configuration, WebhookOptions.Sectie);
        services.AddScoped<NotificatieSchrijver>();
        // Redirects are not followed: a delivery counts only when the subscribed address itself answers 2xx.
        services.AddHttpClient(WebhookDispatcher.HttpClientNaam)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        // The scope is checked per endpoint (AbonnementenApi.EistScopeAsync), so its 403 names the right scope.
        services.AddAuthorizationBuilder().AddPolicy(BeleidApiClient, p => p
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser());
        services.Configure<OpenApiOptions>("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                BeschrijfNotificaties(document);
                return Task.CompletedTask;
            });
            // The document asks besluiten.lezen for every operation; these ask notificaties.
            o.AddOperationTransformer((operatie, context, _) =>
            {
                if (context.Description.RelativePath?.StartsWith("api/v1/abonnementen", StringComparison.Ordinal) == true)
                    operatie.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("oauth2", context.Document)] = [ScopeNotificaties] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapWebhooks(this WebApplication app)
    {
        var groep = app.MapGroup("/api/v1").RequireAuthorization(BeleidApiClient).RequireRateLimiting(ApiRem.Naam)
            .AddEndpointFilter(AbonnementenApi.EistScopeAsync);
        AbonnementenApi.Map(groep);
        return app;
    }

    /// <summary>The OAuth flow offers the scope, and the document says what a subscriber receives.</summary>
    private static void BeschrijfNotificaties(OpenApiDocument document)
    {
        if (document.Components?.SecuritySchemes?.TryGetValue("oauth2", out var schema) == true
            && schema is OpenApiSecurityScheme { Flows.ClientCredentials.Scopes: { } scopes })
            scopes[ScopeNotificaties] = "Notificaties (webhooks) abonneren en opzeggen";
        document.Info.Description += " Notificaties: abonneer een callback-URL op een kanaal (POST /api/v1/abonnementen, scope "
            + $"{ScopeNotificaties}); elke notificatie is een POST met JSON (kanaal, gebeurtenisId, tijdstip, voorstel, besluit, stap), "
            + $"ondertekend in de header {Handtekening.Header}.";
    }
}
