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

    /// <summary>A confidential client that may only use client credentials at the token endpoint, with the given scopes.</summary>
    public static OpenIddictApplicationDescriptor Beschrijving(string clientId, string geheim, string naam, IEnumerable<string> scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = geheim,
            ClientType = ClientTypes.Confidential,
            DisplayName = naam,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        return descriptor;
    }
}
