using Besluitvorming.Web.Tests.Voorstellen;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The same input on a real PostgreSQL server, which refuses NUL bytes and over-long text where SQLite stores them.</summary>
public sealed class PostgresInvoerTests(PostgresFabriek fabriek) : InvoerTests(fabriek), IClassFixture<PostgresFabriek>;
