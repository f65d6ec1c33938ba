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
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = client.ClientId,
                ClientSecret = client.ClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = client.Naam is { Length: > 0 } ? client.Naam : client.ClientId,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            foreach (var scope in client.Scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
            if (await beheer.FindByClientIdAsync(client.ClientId, ct) is { } bestaand)
                await beheer.UpdateAsync(bestaand, descriptor, ct);
            else
                await beheer.CreateAsync(descriptor, ct);
        }
    }
}
