using Besluitvorming.Rules;
using Besluitvorming.Workflows.Routering;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// The routing policy as data: <c>vereiste-adviezen</c> says which advice is required, <c>route-or-raad</c> whether
/// the OR and the raad are on the route. Advice the steller asks for of their own accord is always added.
/// </summary>
public sealed class RegelRouteringsbeleid(Regelcontext regels) : IRouteringsbeleid
{
    public Routering Bepaal(Voorstel voorstel)
    {
        var adviezen = regels.Beoordeel(Regelset.VereisteAdviezen, voorstel) ?? throw GeenRegelset(Regelset.VereisteAdviezen);
        var route = regels.Beoordeel(Regelset.RouteOrRaad, voorstel) ?? throw GeenRegelset(Regelset.RouteOrRaad);
        var vereist = new HashSet<Aspect>(adviezen.Beslissingen.Select(Enum.Parse<Aspect>));
        vereist.UnionWith(voorstel.Aspecten.Where(a => a.AdviesGevraagd).Select(a => a.Aspect));
        return new Routering(vereist,
            OrVereist: route.Beslissingen.Contains(RegelsetValidator.RouteOr),
            RaadVereist: route.Beslissingen.Contains(RegelsetValidator.RouteRaad));
    }

    private static VoorstelFout GeenRegelset(string naam) =>
        new($"Er is geen actieve regelset '{naam}', dus de route kan niet worden bepaald. Vraag de beheerder een versie te activeren.");
}
