namespace Besluitvorming.Workflows.Voorstellen;

public sealed class Raadsbesluit
{
    public DateOnly Vergaderdatum { get; private set; }
    public RaadUitkomst Uitkomst { get; private set; }
    public string Besluittekst { get; private set; } = "";

    private Raadsbesluit() { }

    public Raadsbesluit(DateOnly vergaderdatum, RaadUitkomst uitkomst, string besluittekst)
    {
        Vergaderdatum = vergaderdatum;
        Uitkomst = uitkomst;
        Besluittekst = besluittekst;
    }
}
