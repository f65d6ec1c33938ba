namespace Besluitvorming.Workflows.Voorstellen;

public enum TaakStatus
{
    Open = 1,
    Afgerond = 2,
    /// <summary>Closed without being done: the proposal left the gate some other way (returned, withdrawn).</summary>
    Vervallen = 3,
}
