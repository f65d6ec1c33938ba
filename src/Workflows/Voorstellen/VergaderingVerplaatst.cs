using Besluitvorming.Workflows.Definities;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The meeting the proposal was planned on moved or was cancelled: its planned date <paramref name="Planningsdatum"/>
/// (a <see cref="Planningsdatums"/> name, or <c>GeplandOrNaBw</c>) went from <paramref name="Was"/> to <paramref name="Nieuw"/>.
/// </summary>
public sealed record VergaderingVerplaatst(string Planningsdatum, DateOnly Was, DateOnly Nieuw, string Reden) : Domeingebeurtenis
{
    /// <summary>The body that meets, as a sentence needs it ("de vergadering van het college van B&amp;W").</summary>
    public string Orgaan => Orgaannaam(Planningsdatum);

    public static string Orgaannaam(string planningsdatum) => planningsdatum switch
    {
        Planningsdatums.GeplandDt => "het directieteam",
        Planningsdatums.GeplandBw => "het college van B&W",
        Planningsdatums.GeplandRaad => "de gemeenteraad",
        _ => "de ondernemingsraad",
    };
}
