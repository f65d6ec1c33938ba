using Besluitvorming.Web.Tests.Projecten;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The project page and its resultaat updates on a real PostgreSQL server (stakeholders as a text[] column).</summary>
public sealed class PostgresProjectpaginaTests(PostgresFabriek fabriek) : ProjectpaginaTests(fabriek), IClassFixture<PostgresFabriek>;
