using System.Security.Claims;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Besluitvorming.Web.Api;

/// <summary>
/// Whom an access token acts for, as the <see cref="Actor"/> the domain's access rules take. A token of a user (its
/// subject is an app user, from the authorization code flow) is that user: the API shows what the user sees in the UI.
/// A client-credentials token is the system: it sees what the bestuurssecretariaat sees, plus the drafts this client
/// created (<see cref="ClientId"/> set).
/// </summary>
public sealed record ApiAanroeper(Actor Actor, string? ClientId)
{
    public static string Client(ClaimsPrincipal token) =>
        token.GetClaim(Claims.ClientId) ?? token.GetClaim(Claims.Private.Presenter) ?? token.GetClaim(Claims.Subject) ?? "";

    public static string? Subject(ClaimsPrincipal token) => token.GetClaim(Claims.Subject);

    public static async Task<ApiAanroeper> VanAsync(BesluitvormingDbContext db, ClaimsPrincipal token, CancellationToken ct = default)
    {
        var client = Client(token);
        if (Subject(token) is { } sub && sub != client && await db.Users.AnyAsync(u => u.Id == sub, ct))
            return new ApiAanroeper(await ActorLader.LaadAsync(db, sub, ct), null);
        var naam = token.GetClaim(Claims.Name) is { Length: > 0 } n ? n : client;
        return new ApiAanroeper(new Actor("api:" + client, naam, new HashSet<string> { Rollen.Bestuurssecretariaat },
            new HashSet<Besluitvorming.Workflows.Voorstellen.Aspect>(), null, new HashSet<string>()), client);
    }
}
