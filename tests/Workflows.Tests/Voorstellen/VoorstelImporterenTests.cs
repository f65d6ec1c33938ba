using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>A proposal from the archive: registered by the bestuurssecretariaat with its historical number, owned by a steller.</summary>
public class VoorstelImporterenTests
{
    private static readonly DateTime Nu = new(2026, 6, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Een_geimporteerd_voorstel_is_een_concept_van_de_steller_met_het_historische_nummer_en_zegt_waar_het_vandaan_komt()
    {
        var v = Voorstel.Importeer(GeleverdeDefinities.Collegevoorstel, Personen.Steller, Personen.Bestuurssecretariaat,
            " 14-10749 ", "Decos JOIN", Guid.NewGuid(), Inhouden.Volledig, Nu);

        v.Registratienummer.ShouldBe("14-10749");
        v.Status.ShouldBe(GeleverdeDefinities.Collegevoorstel.Beginstatus);
        v.IsVanSteller(Personen.Steller).ShouldBeTrue();
        var regel = v.Gebeurtenissen.ShouldHaveSingleItem();
        regel.Omschrijving.ShouldBe("Geïmporteerd uit Decos JOIN met registratienummer 14-10749, als concept voor steller R.B.M. Janzen");
        regel.ActorNaam.ShouldBe(Personen.Bestuurssecretariaat.Naam);
    }

    [Fact]
    public void Alleen_het_bestuurssecretariaat_en_de_beheerder_importeren_en_alleen_op_naam_van_een_steller()
    {
        Should.Throw<GeenToegangException>(() => Voorstel.Importeer(GeleverdeDefinities.Collegevoorstel, Personen.Steller, Personen.Steller,
            "14-10749", "Decos JOIN", Guid.NewGuid(), Inhouden.Volledig, Nu));
        Should.Throw<GeenToegangException>(() => Voorstel.Importeer(GeleverdeDefinities.Collegevoorstel, Personen.Afdelingshoofd,
            Personen.Bestuurssecretariaat, "14-10749", "Decos JOIN", Guid.NewGuid(), Inhouden.Volledig, Nu));
    }

    [Theory]
    [InlineData("14-10749", null, true)]
    [InlineData("14-1", null, true)]
    [InlineData("14-123456", null, true)]
    [InlineData("14-1234567", "Registratienummer", false)]
    [InlineData("2014-10749", "Registratienummer", false)]
    [InlineData("14-0", "Registratienummer", false)]
    [InlineData("14-10749", "Bron", false)]
    public void Nummer_en_bron_worden_gecontroleerd(string nummer, string? veld, bool goed)
    {
        var fouten = Voorstel.ControleerImport(nummer, veld == "Bron" ? " " : "iBabs");
        if (goed) fouten.ShouldBeEmpty();
        else fouten.Keys.ShouldBe([veld!]);
    }

    [Fact]
    public void Een_nummer_heeft_elke_schrijfwijze_met_voorloopnullen_tot_zes_cijfers()
    {
        Registratienummers.Schrijfwijzen(26, 12).ShouldBe(["26-12", "26-012", "26-0012", "26-00012", "26-000012"]);
        Registratienummers.Schrijfwijzen(14, 10749).ShouldBe(["14-10749", "14-010749"]);
        Registratienummers.Maak(2026, 12).ShouldBe("26-00012");
    }
}
