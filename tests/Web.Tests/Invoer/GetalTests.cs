using System.Globalization;
using Besluitvorming.Web.Invoer;

namespace Besluitvorming.Web.Tests.Invoer;

/// <summary>How a typed number is read: Dutch first, unambiguous always.</summary>
public sealed class GetalTests
{
    [Theory]
    [InlineData("0,5", false, "0.5")]
    [InlineData("0.5", false, "0.5")]
    [InlineData("1,5", false, "1.5")]
    [InlineData(",5", false, "0.5")]
    [InlineData(" 12 ", false, "12")]
    [InlineData("-0,25", false, "-0.25")]
    [InlineData("1.2345", false, "1.2345")]
    [InlineData("1234.567", false, "1234.567")]
    [InlineData("1,500", false, "1.5")]
    [InlineData("1.500", true, "1500")]
    [InlineData("60.000", true, "60000")]
    [InlineData("60.000,50", true, "60000.50")]
    [InlineData("1.500.000", false, "1500000")]
    [InlineData("1,500,000.50", true, "1500000.50")]
    [InlineData("", false, null)]
    [InlineData("   ", true, null)]
    public void Een_getal_wordt_gelezen_zoals_het_bedoeld_is(string invoer, bool bedrag, string? verwacht)
    {
        var (waarde, fout) = Getal.Lees(invoer, bedrag);

        fout.ShouldBeNull();
        waarde.ShouldBe(verwacht is null ? null : decimal.Parse(verwacht, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1.500", "Bedoelt u 1,5 of 1500?")]
    [InlineData("12.250", "Bedoelt u 12,25 of 12250?")]
    [InlineData("2.000", "Bedoelt u 2 of 2000?")]
    public void Een_punt_voor_precies_drie_cijfers_is_buiten_een_bedrag_dubbelzinnig(string invoer, string begin)
    {
        var (waarde, fout) = Getal.Lees(invoer, bedrag: false);

        waarde.ShouldBeNull();
        fout!.ShouldStartWith(begin);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("NaN")]
    [InlineData("1 500")]
    [InlineData("1.5.5")]
    [InlineData("6.00,5")]
    [InlineData("1,5.5")]
    [InlineData("5,")]
    [InlineData(",")]
    [InlineData("-")]
    [InlineData("on")]
    [InlineData("€ 5")]
    public void Wat_geen_getal_is_wordt_geweigerd(string invoer)
    {
        var (waarde, fout) = Getal.Lees(invoer, bedrag: true);

        waarde.ShouldBeNull();
        fout.ShouldBe("Vul een bedrag in cijfers in, bijvoorbeeld 60.000 of 60.000,50.");
    }

    [Fact]
    public void Een_getal_groter_dan_een_decimal_wordt_geweigerd()
    {
        Getal.Lees("79228162514264337593543950336", bedrag: false).Fout.ShouldBe("Dit getal is te groot.");
        Getal.Lees(new string('9', 10_000), bedrag: false).Fout.ShouldBe("Dit getal is te groot.");
    }
}
