using Besluitvorming.Web.Tests.Agendering;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The agenda's storage on a real PostgreSQL server: fixing, a recorded change and the decisions in one pass.</summary>
public sealed class PostgresAgendaTests(PostgresFabriek fabriek) : IClassFixture<PostgresFabriek>
{
    private readonly AgendaTests _tests = new(fabriek);

    [Fact]
    public Task Na_vaststelling_wordt_een_wijziging_met_wie_en_wat_vastgelegd_en_getoond() =>
        _tests.Na_vaststelling_wordt_een_wijziging_met_wie_en_wat_vastgelegd_en_getoond();

    [Fact]
    public Task Besluiten_in_een_keer_een_geweigerd_punt_houdt_de_invoer_en_de_andere_worden_vastgelegd() =>
        _tests.Besluiten_in_een_keer_een_geweigerd_punt_houdt_de_invoer_en_de_andere_worden_vastgelegd();
}
