using Besluitvorming.Web.Tests.Projecten;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The board's projection queries on a real PostgreSQL server.</summary>
public sealed class PostgresBordTests(PostgresFabriek fabriek) : BordTests(fabriek), IClassFixture<PostgresFabriek>;
