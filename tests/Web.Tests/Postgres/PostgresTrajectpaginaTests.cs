using Besluitvorming.Web.Tests.Trajecten;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The traject page, its uploads and actions on a real PostgreSQL server.</summary>
public sealed class PostgresTrajectpaginaTests(PostgresFabriek fabriek) : TrajectpaginaTests(fabriek), IClassFixture<PostgresFabriek>;
