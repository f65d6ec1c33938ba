using Besluitvorming.Web.Tests.Voorstellen;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="RouteTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresRouteTests(PostgresFabriek fabriek) : RouteTests(fabriek), IClassFixture<PostgresFabriek>;
