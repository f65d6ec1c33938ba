namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>The "Bijlage - besluit B&amp;W" appendix: the college's decision on the proposal.</summary>
public sealed class Collegebesluit
{
    public DateOnly Vergaderdatum { get; private set; }
    public int? Volgnummer { get; private set; }
    public string? BehandelendTeam { get; private set; }
    public CollegeUitkomst Uitkomst { get; private set; }
    public string Besluittekst { get; private set; } = "";

    private Collegebesluit() { }

    public Collegebesluit(DateOnly vergaderdatum, int? volgnummer, string? behandelendTeam, CollegeUitkomst uitkomst,
        string besluittekst)
    {
        Vergaderdatum = vergaderdatum;
        Volgnummer = volgnummer;
        BehandelendTeam = behandelendTeam;
        Uitkomst = uitkomst;
        Besluittekst = besluittekst;
    }
}
