namespace Besluitvorming.Workflows.Voorstellen;

public enum Openbaarheid
{
    Ja = 1,
    Nee = 2,
    /// <summary>"Ja, namelijk uitgesteld (tot na ...)": public after <see cref="Voorstel.OpenbaarNa"/>.</summary>
    Uitgesteld = 3,
}
