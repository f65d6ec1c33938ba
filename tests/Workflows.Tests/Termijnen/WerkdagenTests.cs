using Besluitvorming.Workflows.Termijnen;

namespace Besluitvorming.Workflows.Tests.Termijnen;

public sealed class WerkdagenTests
{
    [Theory]
    [InlineData("2021-01-08", 1, "2021-01-11")]  // Friday + 1 = Monday
    [InlineData("2021-01-11", 5, "2021-01-18")]
    [InlineData("2021-01-11", -1, "2021-01-08")] // Monday - 1 = Friday
    [InlineData("2021-01-16", -1, "2021-01-15")] // Saturday - 1 = Friday
    [InlineData("2021-01-13", 0, "2021-01-13")]
    public void Plus_slaat_het_weekend_over(string van, int werkdagen, string verwacht) =>
        Werkdagen.Plus(DateOnly.Parse(van), werkdagen).ShouldBe(DateOnly.Parse(verwacht));

    [Theory]
    [InlineData("2021-01-11", "2021-01-18", 5)]
    [InlineData("2021-01-18", "2021-01-11", -5)]
    [InlineData("2021-01-15", "2021-01-17", 0)] // Friday to Sunday
    public void Tussen_telt_werkdagen_na_de_begindag(string van, string tot, int verwacht) =>
        Werkdagen.Tussen(DateOnly.Parse(van), DateOnly.Parse(tot)).ShouldBe(verwacht);

    [Fact]
    public void Plus_en_Tussen_zijn_elkaars_omgekeerde()
    {
        var maandag = new DateOnly(2026, 11, 23);
        for (var n = -12; n <= 12; n++) Werkdagen.Tussen(maandag, Werkdagen.Plus(maandag, n)).ShouldBe(n);
    }
}
