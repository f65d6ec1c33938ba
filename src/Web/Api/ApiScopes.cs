namespace Besluitvorming.Web.Api;

/// <summary>
/// The scopes the API knows, with what they allow (shown on the beheer page). A new scope is added here: the server
/// registers them all and the beheerder can give them to a client.
/// </summary>
public static class ApiScopes
{
    public static readonly IReadOnlyList<(string Naam, string Omschrijving)> Bekend =
    [
        (ApiExtensions.ScopeBesluitenLezen, "Gepubliceerde besluiten lezen (GET /api/v1/besluiten)"),
        (Webhooks.WebhookExtensions.ScopeNotificaties, "Notificaties (webhooks) abonneren en opzeggen (/api/v1/abonnementen)"),
    ];

    public static string[] Namen => Bekend.Select(s => s.Naam).ToArray();
}
