namespace Besluitvorming.Workflows.Termijnen;

/// <summary>How a gate stands against its terugreken date.</summary>
public enum Poortstand
{
    OpSchema,
    /// <summary>Fewer than <see cref="Terugrekenplanning.RisicoWerkdagen"/> working days of slack are left.</summary>
    Risico,
    TeLaat,
    Afgerond,
    Overgeslagen,
}
