using Besluitvorming.Web.Tests.Api;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="ApiVoorstellenTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresApiVoorstellenTests(PostgresFabriek fabriek) : ApiVoorstellenTests(fabriek), IClassFixture<PostgresFabriek>;
