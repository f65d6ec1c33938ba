namespace Besluitvorming.Workflows.Voorstellen;

public enum RaadUitkomst
{
    Vastgesteld = 1,
    Aangehouden = 2,
    Verworpen = 3,
}
