using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// Who may see a proposal. A draft is the steller's own. A submitted proposal that is not public (yet) is for the
/// people involved (steller, the afdelingshoofd, everyone who held a task, their deputies), the DT, the college,
/// the bestuurssecretariaat and the griffie. A public one is for every employee.
/// </summary>
public static class VoorstelToegang
{
    private static readonly string[] Bestuurlijk =
        [Rollen.Directieteam, Rollen.DtSecretaris, Rollen.College, Rollen.Bestuurssecretariaat, Rollen.Griffie];

    public static bool IsBetrokken(Voorstel voorstel, Actor actor, int? afdelingshoofdVan)
    {
        if (voorstel.IsVanSteller(actor)) return true;
        if (voorstel.Registratienummer is null) return false;
        if (Bestuurlijk.Any(actor.HeeftRol)) return true;
        if (actor.HeeftRol(Rollen.Afdelingshoofd) && afdelingshoofdVan == voorstel.AfdelingId) return true;
        return voorstel.Taken.Any(t => t.HouderId == actor.Id || actor.VervangtVoor.Contains(t.HouderId));
    }

    public static bool MagZien(Voorstel voorstel, Actor actor, int? afdelingshoofdVan, DateOnly vandaag) =>
        IsBetrokken(voorstel, actor, afdelingshoofdVan)
        || (voorstel.Registratienummer is not null && voorstel.IsOpenbaarOp(vandaag));

    /// <summary>Non-public attachments are for the people involved only, even on a public proposal.</summary>
    public static bool MagBijlageZien(Voorstel voorstel, Bijlage bijlage, Actor actor, int? afdelingshoofdVan, DateOnly vandaag) =>
        IsBetrokken(voorstel, actor, afdelingshoofdVan)
        || (MagZien(voorstel, actor, afdelingshoofdVan, vandaag) && bijlage.Openbaar == true && voorstel.BijlagenOpenbaar == true);
}
