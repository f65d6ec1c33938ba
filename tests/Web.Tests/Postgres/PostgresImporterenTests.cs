using Besluitvorming.Web.Tests.Voorstellen;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="ImporterenTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresImporterenTests(PostgresFabriek fabriek) : ImporterenTests(fabriek), IClassFixture<PostgresFabriek>;
