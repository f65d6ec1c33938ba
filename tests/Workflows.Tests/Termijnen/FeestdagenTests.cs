using Besluitvorming.Workflows.Termijnen;

namespace Besluitvorming.Workflows.Tests.Termijnen;

public sealed class FeestdagenTests
{
    [Fact]
    public void De_feestdagen_van_2026_zijn_berekend()
    {
        Feestdagen.In(2026).Select(f => $"{f.Datum:yyyy-MM-dd} {f.Naam}").ShouldBe([
            "2026-01-01 Nieuwjaarsdag",
            "2026-04-05 Eerste Paasdag",
            "2026-04-06 Tweede Paasdag",
            "2026-04-27 Koningsdag",
            "2026-05-05 Bevrijdingsdag",
            "2026-05-14 Hemelvaartsdag",
            "2026-05-24 Eerste Pinksterdag",
            "2026-05-25 Tweede Pinksterdag",
            "2026-12-25 Eerste Kerstdag",
            "2026-12-26 Tweede Kerstdag",
        ]);
    }

    [Fact]
    public void De_feestdagen_van_2027_zijn_berekend()
    {
        Feestdagen.In(2027).Select(f => $"{f.Datum:yyyy-MM-dd} {f.Naam}").ShouldBe([
            "2027-01-01 Nieuwjaarsdag",
            "2027-03-28 Eerste Paasdag",
            "2027-03-29 Tweede Paasdag",
            "2027-04-27 Koningsdag",
            "2027-05-05 Bevrijdingsdag",
            "2027-05-06 Hemelvaartsdag",
            "2027-05-16 Eerste Pinksterdag",
            "2027-05-17 Tweede Pinksterdag",
            "2027-12-25 Eerste Kerstdag",
            "2027-12-26 Tweede Kerstdag",
        ]);
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(2285, "2285-03-22")] // the earliest possible date
    public void Pasen_volgt_de_gregoriaanse_paasberekening(int jaar, string verwacht) =>
        Feestdagen.Pasen(jaar).ShouldBe(DateOnly.Parse(verwacht));

    [Fact]
    public void Koningsdag_is_op_26_april_als_27_april_een_zondag_is()
    {
        Feestdagen.Naam(new DateOnly(2025, 4, 26)).ShouldBe("Koningsdag");
        Feestdagen.IsFeestdag(new DateOnly(2025, 4, 27)).ShouldBeFalse();
        Feestdagen.IsFeestdag(new DateOnly(2026, 4, 26)).ShouldBeFalse();
    }

    [Fact]
    public void Goede_Vrijdag_is_een_werkdag()
    {
        var goedeVrijdag = Feestdagen.Pasen(2026).AddDays(-2);
        goedeVrijdag.DayOfWeek.ShouldBe(DayOfWeek.Friday);
        Werkdagen.IsWerkdag(goedeVrijdag).ShouldBeTrue();
    }

    [Fact]
    public void Bevrijdingsdag_is_elk_jaar_vrij_ook_buiten_een_lustrumjaar() =>
        Werkdagen.IsWerkdag(new DateOnly(2027, 5, 5)).ShouldBeFalse();

    [Theory]
    [InlineData("2026-12-24", 1, "2026-12-28")]  // Thursday + 1 skips Christmas Friday and the weekend
    [InlineData("2026-04-03", 1, "2026-04-07")]  // Goede Vrijdag + 1 skips Easter Monday
    [InlineData("2026-05-13", 1, "2026-05-15")]  // skips Hemelvaartsdag
    [InlineData("2026-12-31", 1, "2027-01-04")]  // skips Nieuwjaarsdag (Friday) and the weekend
    [InlineData("2027-05-04", 1, "2027-05-07")]  // skips Bevrijdingsdag and Hemelvaartsdag in one week
    [InlineData("2026-12-29", -2, "2026-12-24")] // backwards over Christmas
    public void Plus_slaat_feestdagen_over(string van, int werkdagen, string verwacht) =>
        Werkdagen.Plus(DateOnly.Parse(van), werkdagen).ShouldBe(DateOnly.Parse(verwacht));

    [Fact]
    public void Tussen_telt_een_feestdag_niet_mee() =>
        Werkdagen.Tussen(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 28)).ShouldBe(4);
}
