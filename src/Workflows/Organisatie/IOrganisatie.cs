using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Organisatie;

/// <summary>
/// Who holds which role, as an in-memory snapshot: transitions look holders up here without I/O.
/// Returns null when nobody holds the role; the transition then fails with a clear message.
/// </summary>
public interface IOrganisatie
{
    Taakhouder? Afdelingshoofd(int afdelingId);
    Taakhouder? Adviseur(Aspect aspect);
    Taakhouder? Rolhouder(string rol);
    Taakhouder? Gebruiker(string id);
}
