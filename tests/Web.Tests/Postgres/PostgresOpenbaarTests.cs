using Besluitvorming.Web.Tests.Openbaar;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="OpenbaarTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresOpenbaarTests(PostgresFabriek fabriek) : OpenbaarTests(fabriek), IClassFixture<PostgresFabriek>;
