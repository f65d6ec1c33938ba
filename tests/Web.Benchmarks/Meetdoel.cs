namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// One URL to measure: request i goes to <see cref="Url"/>(i) as <see cref="Klant"/>. <see cref="TegenBudget"/> says
/// whether the page is held to the budget or is a baseline.
/// </summary>
public sealed record Meetdoel(string Naam, string Patroon, Meetklant Klant, Func<int, string> Url, bool TegenBudget);
