using System.Security.Claims;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Web.Projecten;

/// <summary>
/// Who may see a project and who may record its resultaten; the project pages ask here. A project is seen by its
/// projectleider, the afdelingshoofd of its afdeling, the bestuurssecretariaat, the DT, the college and the beheerder,
/// each with their deputies where a deputy stands in for a person (projectleider, afdelingshoofd), and by every
/// employee who is steller (or the steller's deputy) of a collegevoorstel linked to it. The griffie, advisors and other
/// employees are refused: they reach the proposals they work on through the proposal itself. Only the projectleider
/// (or the deputy) and the beheerder record a resultaat's status and evidence.
/// </summary>
public static class ProjectToegang
{
    private static readonly string[] Bestuurlijk =
        [Rollen.Bestuurssecretariaat, Rollen.Directieteam, Rollen.DtSecretaris, Rollen.College, Rollen.Beheerder];

    /// <param name="stellersVanGekoppeldeVoorstellen">The stellers of the proposals linked to the project.</param>
    public static bool MagZien(Actor actor, string? projectleiderId, string? afdelingshoofdId, IEnumerable<string> stellersVanGekoppeldeVoorstellen) =>
        Bestuurlijk.Any(actor.HeeftRol)
        || IsPersoon(actor, projectleiderId)
        || (actor.HeeftRol(Rollen.Afdelingshoofd) && IsPersoon(actor, afdelingshoofdId))
        || stellersVanGekoppeldeVoorstellen.Any(s => IsPersoon(actor, s));

    /// <summary>
    /// Whether the main menu offers "Projecten": to the roles that may see projects, and to every steller (who may be
    /// steller of a linked proposal; the list then shows only those projects).
    /// </summary>
    public static bool InMenu(ClaimsPrincipal gebruiker) =>
        Bestuurlijk.Concat([Rollen.Projectleider, Rollen.Afdelingshoofd, Rollen.Steller]).Any(gebruiker.IsInRole);

    public static bool MagResultaatBijwerken(Actor actor, string? projectleiderId) =>
        actor.HeeftRol(Rollen.Beheerder) || (actor.HeeftRol(Rollen.Projectleider) && IsPersoon(actor, projectleiderId));

    /// <summary>Who may start a traject in the project: the same people who record its resultaten.</summary>
    public static bool MagTrajectStarten(Actor actor, string? projectleiderId) => MagResultaatBijwerken(actor, projectleiderId);

    private static bool IsPersoon(Actor actor, string? id) => id is not null && (actor.Id == id || actor.VervangtVoor.Contains(id));
}
