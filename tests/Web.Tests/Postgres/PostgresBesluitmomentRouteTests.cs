using Besluitvorming.Web.Tests.Trajecten;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>A traject through a real linked collegevoorstel, on a real PostgreSQL server.</summary>
public sealed class PostgresBesluitmomentRouteTests(PostgresFabriek fabriek) : BesluitmomentRouteTests(fabriek), IClassFixture<PostgresFabriek>;
