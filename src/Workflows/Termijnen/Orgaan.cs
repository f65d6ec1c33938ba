namespace Besluitvorming.Workflows.Termijnen;

/// <summary>The bodies that meet; the host's calendar uses the same names and numbers.</summary>
public enum Orgaan
{
    College = 1,
    Directieteam = 2,
    OndernemingsRaad = 3,
    Gemeenteraad = 4,
}
