namespace Besluitvorming.Rules;

/// <summary>
/// What a rule set decides, told by its name: <c>vereiste-adviezen</c> (a rule that holds requires the advice its
/// <c>aspect</c> names), <c>route-or-raad</c> (a rule that holds puts the OR or the raad on the route) and
/// <c>poort-&lt;gate&gt;</c> (a rule that fails is a finding of its <c>ernst</c> at that gate).
/// </summary>
public enum Regelsetsoort
{
    VereisteAdviezen = 1,
    Route = 2,
    Poort = 3,
}
