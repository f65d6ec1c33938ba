using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Routering;
using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Machine;

public class OvergangscontextTests
{
    private static Overgangscontext Op(DateTimeOffset nu, TimeZoneInfo? zone = null) =>
        new(GeleverdeDefinities.Collegevoorstel, Personen.Steller, TestOrganisatie.Standaard(), new StandaardRouteringsbeleid(),
            new TestKlok(nu, zone));

    [Theory]
    [InlineData("2025-03-03", 3, "2025-03-06")] // maandag + 3 = donderdag
    [InlineData("2025-03-06", 3, "2025-03-11")] // donderdag + 3 = dinsdag: het weekend telt niet
    [InlineData("2025-03-07", 1, "2025-03-10")] // vrijdag + 1 = maandag
    [InlineData("2025-03-08", 1, "2025-03-10")] // zaterdag + 1 = maandag
    [InlineData("2025-03-03", 10, "2025-03-17")] // twee volle werkweken
    [InlineData("2025-03-03", 0, "2025-03-03")]
    public void Een_termijn_in_werkdagen_slaat_het_weekend_over(string vandaag, int werkdagen, string verwacht)
    {
        var ctx = Op(new DateTimeOffset(DateOnly.Parse(vandaag).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

        ctx.PlusWerkdagen(werkdagen).ShouldBe(DateOnly.Parse(verwacht));
    }

    [Fact]
    public void Vandaag_is_de_datum_in_de_tijdzone_van_de_gemeente()
    {
        var cet = TimeZoneInfo.CreateCustomTimeZone("test-cet", TimeSpan.FromHours(1), "CET", "CET");
        // Vrijdag 23:30 UTC is zaterdag 00:30 in de gemeente.
        var ctx = Op(new DateTimeOffset(2025, 3, 7, 23, 30, 0, TimeSpan.Zero), cet);

        ctx.Vandaag.ShouldBe(new DateOnly(2025, 3, 8));
        ctx.Nu.ShouldBe(new DateTime(2025, 3, 7, 23, 30, 0, DateTimeKind.Utc));
        ctx.PlusWerkdagen(1).ShouldBe(new DateOnly(2025, 3, 10));
    }
}
