using Microsoft.AspNetCore.Identity;

namespace Besluitvorming.Web.Data;

/// <summary>An employee who signs in. Roles are Identity roles (see Workflows.Organisatie.Rollen).</summary>
public sealed class Gebruiker : IdentityUser
{
    public string Naam { get; set; } = "";
    public int? AfdelingId { get; set; }
    public int? TeamId { get; set; }
    public string? Telefoon { get; set; }
    public bool Actief { get; set; } = true;
}
