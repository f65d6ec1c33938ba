namespace Besluitvorming.Web.Kalenders;

/// <summary>One year of the budget calendar; the beheerder edits it.</summary>
public sealed class Begrotingsjaar
{
    public int Jaar { get; set; }
    public DateOnly VoorjaarsnotaDeadline { get; set; }
    public DateOnly KadernotaDeadline { get; set; }
}
