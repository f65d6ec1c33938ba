namespace Besluitvorming.Rules;

/// <summary>
/// Limits on what a rule set may ask of the expression parser, checked by one linear scan before the parser sees
/// an expression. The parser (System.Linq.Dynamic.Core inside RulesEngine) descends recursively without a stack
/// guard: about 1,700 nested brackets overflow a thread-pool thread's stack and end the whole process, which no catch
/// can stop. The limits are far above any real rule (the shipped ones nest one bracket deep, use at most four and are
/// under 200 characters) and far below what the parser survives.
/// </summary>
public static class Expressiegrenzen
{
    public const int MaxLengte = 2000;
    public const int MaxNesting = 25;
    /// <summary>
    /// Brackets in all. The depth count cannot tell a bracket in a string literal from a real one, so a string full of
    /// closing brackets could hide real nesting from it; the total bounds the real depth whatever the strings hold.
    /// </summary>
    public const int MaxHaakjes = 100;
    public const int MaxRegels = 100;

    /// <summary>What is wrong with the expression's size, in Dutch; null when it may be parsed.</summary>
    public static string? Controleer(string expressie)
    {
        var diepte = 0;
        var diepst = 0;
        var haakjes = 0;
        foreach (var c in expressie)
        {
            if (c is '(' or '[' or '{')
            {
                haakjes++;
                diepst = Math.Max(diepst, ++diepte);
            }
            else if (c is ')' or ']' or '}') diepte--;
        }
        if (diepst > MaxNesting)
            return $"de expressie is te diep genest ({diepst} haakjes diep); het maximum is {MaxNesting}. Vereenvoudig de regel of splits hem in meer regels.";
        if (haakjes > MaxHaakjes)
            return $"de expressie heeft {haakjes} haakjes; het maximum is {MaxHaakjes}. Splits de regel in meer regels.";
        if (expressie.Length > MaxLengte)
            return $"de expressie is {expressie.Length} tekens lang; het maximum is {MaxLengte}. Splits de regel in meer regels.";
        return null;
    }
}
