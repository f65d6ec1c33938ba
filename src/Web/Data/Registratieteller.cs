namespace Besluitvorming.Web.Data;

/// <summary>The last registratienummer sequence given out per year.</summary>
public sealed class Registratieteller
{
    public int Jaar { get; set; }
    public int Laatste { get; set; }
}
