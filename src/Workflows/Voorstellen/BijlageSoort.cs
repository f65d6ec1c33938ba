namespace Besluitvorming.Workflows.Voorstellen;

public enum BijlageSoort
{
    Overig = 1,
    Begrotingswijziging = 2,
    Raadsvoorstel = 3,
    Adviesrapport = 4,
}
