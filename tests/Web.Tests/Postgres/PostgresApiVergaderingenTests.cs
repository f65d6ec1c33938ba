using Besluitvorming.Web.Tests.Api;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="ApiVergaderingenTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresApiVergaderingenTests(PostgresFabriek fabriek) : ApiVergaderingenTests(fabriek), IClassFixture<PostgresFabriek>;
