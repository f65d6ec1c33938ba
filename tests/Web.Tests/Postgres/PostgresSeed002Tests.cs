using Besluitvorming.Web.Tests.Voorstellen;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same scenarios as <see cref="Seed002Tests"/>, on a real PostgreSQL server.</summary>
public sealed class PostgresSeed002Tests(PostgresFabriek fabriek) : Seed002Tests(fabriek), IClassFixture<PostgresFabriek>;
