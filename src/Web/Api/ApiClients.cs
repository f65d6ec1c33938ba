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
            {
                // A restart with the same settings changes nothing: no new salt and hash, no write (issue 12, P4).
                if (!await OngewijzigdAsync(beheer, bestaand, descriptor, ct))
                    await beheer.UpdateAsync(bestaand, descriptor, ct);
            }
            else
                await beheer.CreateAsync(descriptor, ct);
        }
    }

    /// <summary>
    /// True when the stored client is what <paramref name="gewenst"/> would make of it: every property the same and the
    /// configured secret the stored one (verified against its hash, as the token endpoint does; a secret changed in the
    /// settings is not, so it is stored).
    /// </summary>
    internal static async Task<bool> OngewijzigdAsync(IOpenIddictApplicationManager beheer, object bestaand,
        OpenIddictApplicationDescriptor gewenst, CancellationToken ct)
    {
        var opgeslagen = new OpenIddictApplicationDescriptor();
        await beheer.PopulateAsync(opgeslagen, bestaand, ct);
        static bool Zelfde<T>(ISet<T> a, ISet<T> b) => a.SetEquals(b);
        var gelijk = opgeslagen.ClientId == gewenst.ClientId && opgeslagen.ClientType == gewenst.ClientType
            && opgeslagen.ApplicationType == gewenst.ApplicationType && opgeslagen.ConsentType == gewenst.ConsentType
            && opgeslagen.DisplayName == gewenst.DisplayName && opgeslagen.DisplayNames.Count == 0 && gewenst.DisplayNames.Count == 0
            && opgeslagen.JsonWebKeySet is null && gewenst.JsonWebKeySet is null
            && opgeslagen.Properties.Count == 0 && gewenst.Properties.Count == 0
            && opgeslagen.Settings.Count == gewenst.Settings.Count && !opgeslagen.Settings.Except(gewenst.Settings).Any()
            && Zelfde(opgeslagen.Permissions, gewenst.Permissions) && Zelfde(opgeslagen.Requirements, gewenst.Requirements)
            && Zelfde(opgeslagen.RedirectUris, gewenst.RedirectUris) && Zelfde(opgeslagen.PostLogoutRedirectUris, gewenst.PostLogoutRedirectUris);
        return gelijk && gewenst.ClientSecret is { } geheim && await beheer.ValidateClientSecretAsync(bestaand, geheim, ct);
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
