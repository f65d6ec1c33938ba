using Besluitvorming.Web.Tests.Trajecten;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The traject's storage on a real PostgreSQL server (owners as JSON text, remarks as a primitive collection).</summary>
public sealed class PostgresTrajectOpslagTests(PostgresFabriek fabriek) : TrajectOpslagTests(fabriek), IClassFixture<PostgresFabriek>;
