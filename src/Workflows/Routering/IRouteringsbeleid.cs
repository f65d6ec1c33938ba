using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Routering;

/// <summary>
/// The one place that decides which advice a proposal needs and whether OR and raad are on its route.
/// Policy differs per municipality; the rules engine takes this seam over.
/// </summary>
public interface IRouteringsbeleid
{
    Routering Bepaal(Voorstel voorstel);
}
