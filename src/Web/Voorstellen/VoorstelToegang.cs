using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// Who may see a proposal and its bijlagen; every page that shows or serves either asks here. A draft is the
/// steller's own. A submitted proposal that is not public (yet) is for the people involved (steller, the
/// afdelingshoofd, everyone who held a task, their deputies), the DT, the college, the bestuurssecretariaat and the
/// griffie. A public one is for every employee. Non-public bijlagen have a narrower rule: see
/// <see cref="MagNietOpenbareBijlagenZien"/>.
/// </summary>
public static class VoorstelToegang
{
    private static readonly string[] Bestuurlijk =
        [Rollen.Directieteam, Rollen.DtSecretaris, Rollen.College, Rollen.Bestuurssecretariaat, Rollen.Griffie];

    /// <summary>The bodies that decide on a proposal, and the task that shows the proposal reached their gate.</summary>
    private static readonly (string Rol, string Taaksoort)[] BeslissendeGremia =
    [
        (Rollen.Directieteam, Taaksoorten.Directiebesluit),
        (Rollen.DtSecretaris, Taaksoorten.Directiebesluit),
        (Rollen.College, Taaksoorten.Collegebesluit),
        (Rollen.Griffie, Taaksoorten.Raadsbesluit),
    ];

    public static bool IsBetrokken(Voorstel voorstel, Actor actor, int? afdelingshoofdVan)
    {
        if (voorstel.IsVanSteller(actor)) return true;
        if (voorstel.Registratienummer is null) return false;
        return Bestuurlijk.Any(actor.HeeftRol) || WerktEraan(voorstel, actor, afdelingshoofdVan);
    }

    public static bool MagZien(Voorstel voorstel, Actor actor, int? afdelingshoofdVan, DateOnly vandaag) =>
        IsBetrokken(voorstel, actor, afdelingshoofdVan)
        || (voorstel.Registratienummer is not null && voorstel.IsOpenbaarOp(vandaag));

    /// <summary>A public bijlage goes with the proposal; a non-public one (its own flag, or all bijlagen) does not.</summary>
    public static bool MagBijlageZien(Voorstel voorstel, Bijlage bijlage, Actor actor, int? afdelingshoofdVan, DateOnly vandaag) =>
        bijlage.Openbaar == true && voorstel.BijlagenOpenbaar == true
            ? MagZien(voorstel, actor, afdelingshoofdVan, vandaag)
            : MagNietOpenbareBijlagenZien(voorstel, actor, afdelingshoofdVan);

    /// <summary>
    /// Non-public bijlagen, on a public proposal too, are for: the steller and deputy; once submitted, the
    /// afdelingshoofd of the afdeling and everyone who holds or held a task on it (and their deputies); the
    /// bestuurssecretariaat, the gemeentesecretaris among them, who prepare the college's agenda and follow every
    /// proposal; and each body that decides on it from the moment it reaches that body's gate: the DT (members and
    /// secretary) from the DT on, the college from the college on, the griffie only when it goes on to the raad.
    /// Nobody else: not an advisor who was not asked, not the beheerder.
    /// </summary>
    public static bool MagNietOpenbareBijlagenZien(Voorstel voorstel, Actor actor, int? afdelingshoofdVan)
    {
        if (voorstel.IsVanSteller(actor)) return true;
        if (voorstel.Registratienummer is null) return false;
        if (WerktEraan(voorstel, actor, afdelingshoofdVan) || actor.HeeftRol(Rollen.Bestuurssecretariaat)) return true;
        return BeslissendeGremia.Any(g => actor.HeeftRol(g.Rol) && voorstel.Taken.Any(t => t.Soort == g.Taaksoort));
    }

    /// <summary>The afdelingshoofd of the proposal's afdeling, and whoever holds or held a task on it, or deputises.</summary>
    private static bool WerktEraan(Voorstel voorstel, Actor actor, int? afdelingshoofdVan) =>
        (actor.HeeftRol(Rollen.Afdelingshoofd) && afdelingshoofdVan == voorstel.AfdelingId)
        || voorstel.Taken.Any(t => t.HouderId == actor.Id || actor.VervangtVoor.Contains(t.HouderId));
}
