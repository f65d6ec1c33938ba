namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>Single sign-on only: accounts are made on first sign-in, and local passwords are off.</summary>
public sealed class SsoZonderWachtwoordenOmgeving : SsoOmgeving
{
    protected override void Instellen(Dictionary<string, string?> instellingen)
    {
        instellingen["Sso:AutomatischAanmaken"] = "true";
        instellingen["Sso:LokaleWachtwoorden"] = "false";
    }
}
