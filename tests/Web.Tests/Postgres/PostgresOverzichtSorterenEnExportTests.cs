using Besluitvorming.Web.Tests.Overzicht;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The overview's sorting, late filter, totals and exports on a real PostgreSQL server.</summary>
public sealed class PostgresOverzichtSorterenEnExportTests(PostgresFabriek fabriek) : OverzichtSorterenEnExportTests(fabriek), IClassFixture<PostgresFabriek>;
