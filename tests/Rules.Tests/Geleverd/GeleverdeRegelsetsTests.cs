using Besluitvorming.Rules.Feiten;
using Besluitvorming.Rules.Tests.Ondersteuning;

namespace Besluitvorming.Rules.Tests.Geleverd;

public class GeleverdeRegelsetsTests
{
    public static TheoryData<string> Namen() => new(Ondersteuning.Geleverd.Namen);

    [Theory]
    [MemberData(nameof(Namen))]
    public void Elk_geleverd_bestand_laadt_en_compileert(string naam)
    {
        var set = Ondersteuning.Geleverd.Set(naam);
        RegelsetValidator.Valideer(naam, set.Json).ShouldBeEmpty();
        var beoordelaar = new Regelbeoordelaar();
        beoordelaar.Compileer(set);
        beoordelaar.IsGecompileerd(naam, 1).ShouldBeTrue();
        (Regelset.FeitenType(naam) == typeof(TrajectFeiten)
            ? beoordelaar.Beoordeel(set, new TrajectFeiten())
            : beoordelaar.Beoordeel(set, Feit.Gewoon())).Bevindingen.ShouldNotBeEmpty();
    }

    [Fact]
    public void Elke_poort_en_beslissing_is_geleverd()
    {
        Ondersteuning.Geleverd.Namen.ShouldBe(
        [
            "poort-college", "poort-directieteam", "poort-gemeenteraad", "poort-indienen", "poort-ondernemingsraad",
            "poort-paraaf", "poort-traject-afronden", "route-or-raad", "vereiste-adviezen",
        ]);
    }

    [Fact]
    public void Een_gewoon_voorstel_passeert_elke_poort_zonder_bevinding()
    {
        foreach (var naam in Ondersteuning.Geleverd.Namen.Where(n => n.StartsWith("poort-") && Regelset.FeitenType(n) == typeof(VoorstelFeiten)))
            Ondersteuning.Geleverd.Beoordeel(naam, Feit.Gewoon()).Bevindingen.Where(b => !b.Geslaagd)
                .Select(b => $"{naam}: {b.Regel}").ShouldBeEmpty();
    }

    [Fact]
    public void Een_versie_wordt_een_keer_gecompileerd_en_daarna_hergebruikt()
    {
        var beoordelaar = new Regelbeoordelaar();
        beoordelaar.BeoordeelGecompileerd("poort-college", 1, Feit.Gewoon()).ShouldBeNull("nog niet gecompileerd");
        beoordelaar.Compileer(Ondersteuning.Geleverd.Set("poort-college"));
        beoordelaar.BeoordeelGecompileerd("poort-college", 1, Feit.Gewoon()).ShouldNotBeNull();
        beoordelaar.BeoordeelGecompileerd("poort-college", 2, Feit.Gewoon()).ShouldBeNull("een andere versie is een andere engine");
    }

    [Fact]
    public void Feiten_uit_kalenders_vullen_jaar_vergadering_en_werkdagen()
    {
        Besluitvorming.Workflows.Termijnen.Werkdagen.Tussen(new DateOnly(2021, 1, 11), new DateOnly(2021, 1, 18)).ShouldBe(5);
        Besluitvorming.Workflows.Termijnen.Werkdagen.Tussen(new DateOnly(2021, 1, 18), new DateOnly(2021, 1, 11)).ShouldBe(-5);
    }
}
