namespace Besluitvorming.Web.Tests.Fuzz;

/// <summary>The same fuzzing on a real PostgreSQL server, which refuses NUL bytes and over-long text where SQLite does not.</summary>
public sealed class PostgresFuzzTests(PostgresFabriek fabriek) : FuzzTests(fabriek), IClassFixture<PostgresFabriek>;
