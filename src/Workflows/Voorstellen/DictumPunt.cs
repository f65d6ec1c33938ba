namespace Besluitvorming.Workflows.Voorstellen;

public sealed class DictumPunt
{
    public int Volgorde { get; private set; }
    public string Tekst { get; private set; } = "";

    private DictumPunt() { }

    public DictumPunt(int volgorde, string tekst)
    {
        Volgorde = volgorde;
        Tekst = tekst;
    }
}
