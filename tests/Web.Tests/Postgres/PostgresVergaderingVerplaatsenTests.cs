using Besluitvorming.Web.Tests.Kalenders;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>Moving and cancelling meetings with their proposals, mail and timers, on a real PostgreSQL server.</summary>
public sealed class PostgresVergaderingVerplaatsenTests(PostgresFabriek fabriek) : VergaderingVerplaatsenTests(fabriek), IClassFixture<PostgresFabriek>;
