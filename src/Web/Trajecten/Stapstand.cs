using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// How a step of a traject stands, from its latest visit, as the traject page and the board show it: a Dutch text
/// and a CSS modifier (<c>stap--gedaan</c>, ...), so the state never rests on colour alone.
/// </summary>
public readonly record struct Stapstand(string Tekst, string Klasse)
{
    public static readonly Stapstand NietGestart = new("Niet gestart", "stap--niet-gestart");
    public static readonly Stapstand Huidig = new("Huidige stap", "stap--huidig");
    public static readonly Stapstand TeLaat = new("Huidige stap, te laat", "stap--te-laat");
    public static readonly Stapstand Gedaan = new("Gedaan", "stap--gedaan");
    public static readonly Stapstand Overgeslagen = new("Overgeslagen", "stap--overgeslagen");
    /// <summary>Sent back from, lapsed by a re-opening, or rejected: to be done again.</summary>
    public static readonly Stapstand Opnieuw = new("Opnieuw te doen", "stap--opnieuw");

    /// <param name="uitkomst">How the latest visit ended; null while it is open (or when never visited).</param>
    public static Stapstand Van(bool bezocht, StapUitkomst? uitkomst, bool teLaat) => (bezocht, uitkomst) switch
    {
        (false, _) => NietGestart,
        (true, null) => teLaat ? TeLaat : Huidig,
        (true, StapUitkomst.Voltooid or StapUitkomst.Ingestemd) => Gedaan,
        (true, StapUitkomst.Overgeslagen) => Overgeslagen,
        _ => Opnieuw,
    };

    public bool IsHuidig => Klasse is "stap--huidig" or "stap--te-laat";
}
