using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// Who may see a proposal and its bijlagen is the aggregate's rule (<see cref="Voorstel.MagZien"/> and its
/// neighbours); these forwarders only keep older callers compiling. <paramref name="afdelingshoofdVan"/> must be
/// the actor's own afdeling, which the aggregate reads from the actor.
/// </summary>
public static class VoorstelToegang
{
    public static bool IsBetrokken(Voorstel voorstel, Actor actor, int? afdelingshoofdVan) =>
        voorstel.IsBetrokken(actor with { AfdelingId = afdelingshoofdVan });

    public static bool MagZien(Voorstel voorstel, Actor actor, int? afdelingshoofdVan, DateOnly vandaag) =>
        voorstel.MagZien(actor with { AfdelingId = afdelingshoofdVan }, vandaag);

    public static bool MagBijlageZien(Voorstel voorstel, Bijlage bijlage, Actor actor, int? afdelingshoofdVan, DateOnly vandaag) =>
        voorstel.MagBijlageZien(bijlage, actor with { AfdelingId = afdelingshoofdVan }, vandaag);

    public static bool MagNietOpenbareBijlagenZien(Voorstel voorstel, Actor actor, int? afdelingshoofdVan) =>
        voorstel.MagNietOpenbareBijlagenZien(actor with { AfdelingId = afdelingshoofdVan });
}
