using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// A proposal's state as the staff lists (overview, its exports, dashboard) name it. <c>Gepubliceerd</c> is where every
/// public decision ends, agreed or rejected, so the lists name the outcome with it: "Gepubliceerd (besloten)",
/// "Gepubliceerd (afgewezen)", "Gepubliceerd (verworpen)". Other states keep their title.
/// </summary>
public static class Statustitel
{
    public const string Gepubliceerd = "Gepubliceerd";

    /// <summary>From the decisions on the proposal: the raad's when it decided, else the college's.</summary>
    public static string Van(WorkflowDefinitie definitie, string status, CollegeUitkomst? college, RaadUitkomst? raad) =>
        status != Gepubliceerd ? definitie.StatusTitel(status) : Met(definitie, raad switch
        {
            RaadUitkomst.Verworpen => "verworpen",
            RaadUitkomst.Vastgesteld => "besloten",
            _ => college == CollegeUitkomst.Afgewezen ? "afgewezen" : "besloten",
        });

    /// <summary>For a step into <c>Gepubliceerd</c>: the decision state it left (Besloten, Afgewezen, Verworpen) is the outcome.</summary>
    public static string NaOvergang(WorkflowDefinitie definitie, string van, string naar) =>
        naar != Gepubliceerd ? definitie.StatusTitel(naar) : Met(definitie, van.ToLowerInvariant());

    private static string Met(WorkflowDefinitie definitie, string uitkomst) => $"{definitie.StatusTitel(Gepubliceerd)} ({uitkomst})";
}
