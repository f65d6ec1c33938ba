using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Projecten;

/// <summary>
/// The most characters each text of a project may hold; the columns have these sizes and the forms show them as
/// <c>maxlength</c>. Same messages as the proposal's <see cref="Veldlengtes"/>.
/// </summary>
public static class Projectvelden
{
    public const int Naam = Veldlengtes.Naam;
    public const int Programma = Veldlengtes.Programma;
    public const int Opdrachtgever = Veldlengtes.Naam;
    public const int BudgetPeriode = 50;
    public const int Stakeholder = Veldlengtes.Naam;
    /// <summary>One result as the projectopdracht words it.</summary>
    public const int Resultaat = Veldlengtes.Regel;
    /// <summary>The evidence note: what shows where the result stands (a few paragraphs).</summary>
    public const int Bewijs = 4_000;

    public static void Controleer(IDictionary<string, string> fouten, string veld, string? tekst, int maximum) =>
        Veldlengtes.Controleer(fouten, veld, tekst, maximum);
}
