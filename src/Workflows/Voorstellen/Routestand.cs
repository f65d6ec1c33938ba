namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>Where a gate of the route stands for one proposal.</summary>
public enum Routestand
{
    Gedaan,
    Huidig,
    Komt,
    /// <summary>The route is determined and does not pass this gate (no OR, no raad), or the proposal ended before it.</summary>
    Overgeslagen,
    /// <summary>The route is not determined yet (the proposal is not submitted) and may or may not pass this gate.</summary>
    NogTeBepalen,
}
