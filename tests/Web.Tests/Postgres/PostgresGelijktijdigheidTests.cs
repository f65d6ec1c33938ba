using Besluitvorming.Web.Tests.Voorstellen;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="GelijktijdigheidTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresGelijktijdigheidTests(PostgresFabriek fabriek) : GelijktijdigheidTests(fabriek), IClassFixture<PostgresFabriek>;
