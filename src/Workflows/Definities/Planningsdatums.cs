using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Definities;

/// <summary>The planned meeting dates of a proposal a definition may name (a task's <c>gepland</c>, a field's <c>standaard</c>).</summary>
public static class Planningsdatums
{
    public const string GeplandDt = nameof(Voorstel.GeplandDt);
    public const string GeplandOr = nameof(Voorstel.GeplandOr);
    public const string GeplandBw = nameof(Voorstel.GeplandBw);
    public const string GeplandRaad = nameof(Voorstel.GeplandRaad);

    public static readonly IReadOnlySet<string> Alle = new HashSet<string> { GeplandDt, GeplandOr, GeplandBw, GeplandRaad };

    public static DateOnly? Van(Voorstel v, string? naam) => naam switch
    {
        GeplandDt => v.GeplandDt,
        GeplandOr => v.GeplandOr,
        GeplandBw => v.GeplandBw,
        GeplandRaad => v.GeplandRaad,
        _ => null,
    };
}
