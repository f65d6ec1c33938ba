using Microsoft.AspNetCore.DataProtection;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Keeps a mail link's token between writing the outbox row and sending it: encrypted with ASP.NET Core Data
/// Protection under a purpose of its own, so the token is never readable at rest. The dispatcher decrypts it only to
/// put it into the message, and the column is cleared once the message is sent.
/// </summary>
public sealed class Linktokenkluis(IDataProtectionProvider provider)
{
    public const string Doel = "Besluitvorming.Web.Mail.Linktoken.v1";

    private readonly IDataProtector _beschermer = provider.CreateProtector(Doel);

    public string Versleutel(string token) => _beschermer.Protect(token);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the key is gone or the value altered.</summary>
    public string Ontsleutel(string versleuteld) => _beschermer.Unprotect(versleuteld);
}
