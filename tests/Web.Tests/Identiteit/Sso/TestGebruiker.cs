namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>A person at the provider: the claims its id_token carries (<c>email_verified</c> only when set).</summary>
public sealed record TestGebruiker(string Subject, string Email, string Naam, string Gebruikersnaam, IReadOnlyList<string> Groepen,
    bool? EmailBevestigd = null);
