using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Besluitvorming.Web.Identiteit;

/// <summary>
/// An account that is no longer active (someone who left) cannot sign in, and a session it still holds ends at its
/// next request: Identity asks this before every sign-in and on every security-stamp check.
/// </summary>
public sealed class ActiefAccount : IUserConfirmation<Gebruiker>
{
    public Task<bool> IsConfirmedAsync(UserManager<Gebruiker> manager, Gebruiker user) => Task.FromResult(user.Actief);
}
