namespace Besluitvorming.Web.Identiteit.Sso;

/// <summary>Members of <see cref="Groep"/> (a value of the group claim) hold <see cref="Rol"/>; without it they lose it.</summary>
public sealed class SsoGroep
{
    public string Groep { get; set; } = "";
    public string Rol { get; set; } = "";
}
