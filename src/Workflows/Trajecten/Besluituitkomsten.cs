using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Trajecten;

/// <summary>What a decision on a linked collegevoorstel means for the traject waiting at its decision moment.</summary>
public static class Besluituitkomsten
{
    /// <summary>
    /// The traject's outcome of <paramref name="besluit"/>, read from the proposal's recorded decision: the raad's when the
    /// raad decided, else the college's. Ingestemd (with or without changes) and vastgesteld move the traject on, afgewezen
    /// and verworpen send it back, aangehouden keeps it waiting. Null when the decision is not final for the traject: the
    /// college agreed and the proposal goes on to the raad, whose decision then counts.
    /// </summary>
    public static Besluituitkomst? Van(Voorstel voorstel, Besloten besluit) => besluit.Trigger switch
    {
        Triggers.RaadVaststellen or Triggers.RaadVerwerpen or Triggers.RaadAanhouden => voorstel.Raadsbesluit?.Uitkomst switch
        {
            RaadUitkomst.Vastgesteld => Besluituitkomst.Ingestemd,
            RaadUitkomst.Verworpen => Besluituitkomst.Afgewezen,
            RaadUitkomst.Aangehouden => Besluituitkomst.Aangehouden,
            _ => null,
        },
        _ => voorstel.Collegebesluit?.Uitkomst switch
        {
            CollegeUitkomst.Ingestemd or CollegeUitkomst.IngestemdMetWijzigingen =>
                voorstel.RaadVereist ? null : Besluituitkomst.Ingestemd,
            CollegeUitkomst.Afgewezen => Besluituitkomst.Afgewezen,
            CollegeUitkomst.Aangehouden => Besluituitkomst.Aangehouden,
            _ => null,
        },
    };
}
