namespace Besluitvorming.Rules;

/// <summary>How a failed gate rule weighs: a blocking finding stops the transition, a warning is shown and recorded.</summary>
public enum Ernst
{
    Blokkerend = 1,
    Waarschuwing = 2,
}
