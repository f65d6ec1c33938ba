namespace Besluitvorming.Web.Regels;

public enum Regelsetstatus
{
    /// <summary>Uploaded and valid, not (yet) in use: can be tried out and activated.</summary>
    Concept = 1,
    Actief = 2,
    /// <summary>Was active; replaced by a later activation.</summary>
    Vervangen = 3,
}
