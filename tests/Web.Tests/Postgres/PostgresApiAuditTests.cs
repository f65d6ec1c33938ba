using Besluitvorming.Web.Tests.Api;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="ApiAuditTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresApiAuditTests(PostgresFabriek fabriek) : ApiAuditTests(fabriek), IClassFixture<PostgresFabriek>;
