namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>"Akkoord / Bespreken" on the template: hamerstuk or a discussion item in B&amp;W.</summary>
public enum Behandelwijze
{
    Akkoord = 1,
    Bespreken = 2,
}
