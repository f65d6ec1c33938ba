using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Api;

/// <summary>
/// Registers the configured API clients (<see cref="ApiOptions.Clients"/>) in the OpenIddict application store on
/// start-up: a new one is created, a known one gets the configured secret, name and scopes.
/// </summary>
public static class ApiClients
{
    public static async Task RegistreerAsync(IServiceProvider sp, CancellationToken ct = default)
    {
        var beheer = sp.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in sp.GetRequiredService<IOptions<ApiOptions>>().Value.Clients)
        {
            if (client.ClientId is not { Length: > 0 } || client.ClientSecret is not { Length: > 0 })
                throw new InvalidOperationException("Een API-client in Api:Clients heeft geen ClientId of ClientSecret.");
            var descriptor = Beschrijving(client.ClientId, client.ClientSecret, client.Naam is { Length: > 0 } ? client.Naam : client.ClientId, client.Scopes);
            if (await beheer.FindByClientIdAsync(client.ClientId, ct) is { } bestaand)
                await beheer.UpdateAsync(bestaand, descriptor, ct);
            else
                await beheer.CreateAsync(descriptor, ct);
        }
    }

    /// <summary>
    /// A client with the given scopes. Client credentials: a confidential client (with secret) at the token endpoint.
    /// Authorization code: with PKCE, only to the exact redirect URIs given, with refresh tokens (offline_access), and
    /// sign-out back to the exact post-logout URIs given. A
    /// confidential client may also introspect and revoke its own tokens; a public one (no secret) may not.
    /// </summary>
    public static OpenIddictApplicationDescriptor Beschrijving(string clientId, string? geheim, string naam, IEnumerable<string> scopes,
        bool clientCredentials = true, bool autorisatiecode = false, IEnumerable<Uri>? redirectUris = null, IEnumerable<Uri>? uitlogUris = null)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = geheim,
            ClientType = geheim is null ? ClientTypes.Public : ClientTypes.Confidential,
            DisplayName = naam,
            Permissions = { Permissions.Endpoints.Token },
        };
        if (geheim is not null)
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Introspection, Permissions.Endpoints.Revocation]);
        if (clientCredentials) descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        if (autorisatiecode)
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            foreach (var uri in redirectUris ?? []) descriptor.RedirectUris.Add(uri);
            foreach (var uri in uitlogUris ?? []) descriptor.PostLogoutRedirectUris.Add(uri);
            if (descriptor.PostLogoutRedirectUris.Count > 0) descriptor.Permissions.Add(Permissions.Endpoints.EndSession);
        }
        foreach (var scope in scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        return descriptor;
    }
}
