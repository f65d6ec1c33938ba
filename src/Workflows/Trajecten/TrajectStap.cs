using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Workflows.Trajecten;

/// <summary>
/// One visit of a traject to a step: who owns it, its deadline, its evidence and remarks, and how it ended. A step
/// that is sent back to or re-opened gets a new visit; the old one keeps its record.
/// </summary>
public sealed class TrajectStap
{
    private readonly List<Bewijs> _bewijs = [];
    private readonly List<string> _opmerkingen = [];

    public int Id { get; private set; }
    public int TrajectId { get; private set; }
    /// <summary>The definition's state name.</summary>
    public string Stap { get; private set; } = "";
    public string EigenaarId { get; private set; } = "";
    public string EigenaarNaam { get; private set; } = "";
    public DateOnly? Deadline { get; private set; }
    public DateTime GeopendOp { get; private set; }
    public DateTime? GeslotenOp { get; private set; }
    public StapUitkomst? Uitkomst { get; private set; }
    public string? Reden { get; private set; }
    /// <summary>The collegevoorstel linked at a decision moment; the traject waits while it is undecided.</summary>
    public int? VoorstelId { get; private set; }
    public IReadOnlyList<Bewijs> Bewijs => _bewijs;
    public IReadOnlyList<string> Opmerkingen => _opmerkingen;

    private TrajectStap() { }

    internal TrajectStap(string stap, Taakhouder eigenaar, DateOnly? deadline, DateTime nu)
    {
        Stap = stap;
        EigenaarId = eigenaar.Id;
        EigenaarNaam = eigenaar.Naam;
        Deadline = deadline;
        GeopendOp = nu;
    }

    public bool IsOpen => Uitkomst is null;

    /// <summary>Working days this visit has been (or was) open.</summary>
    public int DagenInStap(DateOnly vandaag) =>
        Termijnen.Werkdagen.Tussen(DateOnly.FromDateTime(GeopendOp), GeslotenOp is { } g ? DateOnly.FromDateTime(g) : vandaag);

    public bool IsTeLaat(DateOnly vandaag) => IsOpen && Deadline is { } d && vandaag > d;

    internal void VoegBewijsToe(Bewijs bewijs)
    {
        if (_bewijs.All(b => b.BestandId != bewijs.BestandId)) _bewijs.Add(bewijs);
    }

    internal void VoegOpmerkingToe(string tekst) => _opmerkingen.Add(tekst);

    internal void Koppel(int voorstelId) => VoorstelId = voorstelId;

    internal void Ontkoppel() => VoorstelId = null;

    internal void Sluit(StapUitkomst uitkomst, string? reden, DateTime nu)
    {
        Uitkomst = uitkomst;
        Reden = reden;
        GeslotenOp = nu;
    }

    internal void VerzetDeadline(DateOnly deadline) => Deadline = deadline;

    internal void DraagOver(Taakhouder eigenaar)
    {
        EigenaarId = eigenaar.Id;
        EigenaarNaam = eigenaar.Naam;
    }
}

/// <summary>How a step visit ended.</summary>
public enum StapUitkomst
{
    Voltooid = 1,
    Overgeslagen = 2,
    Teruggestuurd = 3,
    /// <summary>Left because an earlier step was re-opened.</summary>
    Vervallen = 4,
    Ingestemd = 5,
    Afgewezen = 6,
}

/// <summary>
/// Evidence for a step: an uploaded file (stored by the host under <paramref name="BestandId"/>), its kind (see
/// <see cref="Bewijssoorten"/>) and the name it is shown by.
/// </summary>
public sealed record Bewijs(Guid BestandId, string Soort, string Naam);

/// <summary>The outcome of the collegevoorstel (or raadsbesluit) linked at a decision moment.</summary>
public enum Besluituitkomst
{
    Ingestemd = 1,
    Afgewezen = 2,
    Aangehouden = 3,
}

/// <summary>An action on a traject that cannot be done; the message is Dutch and fit to show as it is.</summary>
public class TrajectFout(string melding, string? veld = null) : Exception(melding)
{
    /// <summary>The input field at fault, if any (e.g. <c>reden</c>, <c>bewijs</c>).</summary>
    public string? Veld { get; } = veld;
}

public sealed class TrajectGeenToegangException(string melding) : TrajectFout(melding);

/// <summary>
/// An action refused for a reason the traject's timeline records (missing evidence, a blocking rule): the aggregate
/// has logged it, and the host saves that line before it shows the message.
/// </summary>
public sealed class TrajectGeweigerdException(string melding, string? veld = null) : TrajectFout(melding, veld);
