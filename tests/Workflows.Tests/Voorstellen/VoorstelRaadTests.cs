using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

public class VoorstelRaadTests
{
    private static Scenario BijDeRaad() => Scenario.Nieuw(Inhouden.Volledig.MetRaadsbesluit()).Tot("Gemeenteraad");

    [Fact]
    public void Vaststellen_door_de_raad_besluit_het_voorstel()
    {
        var s = BijDeRaad();

        s.RaadBesluit(Triggers.RaadVaststellen);

        s.Route.TakeLast(2).ShouldBe(["Besloten", "Gepubliceerd"]); // openbaar: published at once
        s.Voorstel.Raadsbesluit!.Uitkomst.ShouldBe(RaadUitkomst.Vastgesteld);
        s.Voorstel.Raadsbesluit.Vergaderdatum.ShouldBe(new DateOnly(2025, 6, 26));
        s.Voorstel.GeplandRaad.ShouldBe(new DateOnly(2025, 6, 26));
        s.OpenTaken.ShouldBeEmpty();
    }

    [Fact]
    public void Verwerpen_door_de_raad_beëindigt_de_route_als_verworpen()
    {
        var s = BijDeRaad();

        s.RaadBesluit(Triggers.RaadVerwerpen);

        s.Route.TakeLast(2).ShouldBe(["Verworpen", "Gepubliceerd"]);
        s.Voorstel.IsBeeindigd(s.Definitie).ShouldBeTrue();
        s.Voorstel.Raadsbesluit!.Uitkomst.ShouldBe(RaadUitkomst.Verworpen);
    }

    [Fact]
    public void Aanhouden_door_de_raad_houdt_het_voorstel_bij_de_raad_en_verzet_de_taak()
    {
        var s = BijDeRaad();
        var taak = s.OpenTaak(Taaksoorten.Raadsbesluit);
        var nieuweDatum = new DateOnly(2025, 7, 10);

        s.RaadHoudtAan(nieuweDatum);

        s.Status.ShouldBe("Gemeenteraad");
        taak.IsOpen.ShouldBeTrue();
        taak.Deadline.ShouldBe(nieuweDatum);
        s.Voorstel.GeplandRaad.ShouldBe(nieuweDatum);
        s.Voorstel.Raadsbesluit!.Uitkomst.ShouldBe(RaadUitkomst.Aangehouden);
        s.Voorstel.Raadsbesluit.Besluittekst.ShouldBe("Motie aangehouden.");
    }

    [Fact]
    public void Aanhouden_door_de_raad_naar_een_eerdere_datum_wordt_geweigerd()
    {
        var s = BijDeRaad();

        var fout = Should.Throw<ActieOngeldigException>(() => s.RaadHoudtAan(new DateOnly(2025, 6, 1)));

        fout.Fouten.Keys.ShouldBe([nameof(ActieInvoer.NieuweDatum)]);
        s.OpenTaak(Taaksoorten.Raadsbesluit).Deadline.ShouldNotBe(new DateOnly(2025, 6, 1));
    }
}
