namespace Besluitvorming.Web.Projecten;

/// <summary>A resultaat update that was refused, with a Dutch message per field.</summary>
public sealed class ResultaatOngeldigException(IReadOnlyDictionary<string, string> fouten)
    : Exception(string.Join(" ", fouten.Values))
{
    public IReadOnlyDictionary<string, string> Fouten { get; } = fouten;
}
