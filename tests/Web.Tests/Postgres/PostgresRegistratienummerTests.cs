using Besluitvorming.Web.Tests.Voorstellen;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="RegistratienummerTests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresRegistratienummerTests(PostgresFabriek fabriek) : RegistratienummerTests(fabriek), IClassFixture<PostgresFabriek>;
