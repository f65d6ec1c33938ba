using Besluitvorming.Web.Tests.Api;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="ApiTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresApiTests(PostgresFabriek fabriek) : ApiTests(fabriek), IClassFixture<PostgresFabriek>;
