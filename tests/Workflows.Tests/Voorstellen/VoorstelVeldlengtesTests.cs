using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>
/// The proposal itself refuses what no database column can hold, whoever calls it: text longer than its column or
/// with a control character, numbers out of range or with more than two decimals. Nothing changes when it refuses.
/// </summary>
public class VoorstelVeldlengtesTests
{
    [Fact]
    public void Te_lange_of_onzichtbare_tekens_in_de_inhoud_worden_per_veld_geweigerd_en_er_verandert_niets()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var versie = s.Voorstel.Versie;
        var onderwerp = s.Voorstel.Onderwerp;

        var fout = Should.Throw<ActieOngeldigException>(() => s.Wijzig(i => i with
        {
            Onderwerp = new string('o', Veldlengtes.Onderwerp + 1),
            Voorbesprekingen = [(new string('p', Veldlengtes.Voorbespreking + 1), null)],
            Portefeuillehouder = "H.\0Brauer",
            Aspecten = new Dictionary<Aspect, (string?, bool)> { [Aspect.Juridisch] = (new string('j', Veldlengtes.Tekst + 1), false) },
        }));

        fout.Fouten.ShouldBe(new Dictionary<string, string>
        {
            [nameof(VoorstelInhoud.Onderwerp)] = "Gebruik ten hoogste 500 tekens; dit zijn er 501.",
            [nameof(VoorstelInhoud.Voorbesprekingen)] = "Gebruik ten hoogste 300 tekens; dit zijn er 301.",
            [nameof(VoorstelInhoud.Portefeuillehouder)] = Veldlengtes.OngeldigTeken,
            ["Aspecten[Juridisch]"] = "Gebruik ten hoogste 50.000 tekens; dit zijn er 50.001.",
        }, ignoreOrder: true);
        s.Voorstel.Versie.ShouldBe(versie);
        s.Voorstel.Onderwerp.ShouldBe(onderwerp);
    }

    [Fact]
    public void Precies_de_grens_mag()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with
        {
            Onderwerp = new string('o', Veldlengtes.Onderwerp), Dekking = new string('d', Veldlengtes.Regel), Kosten = Veldlengtes.MaxBedrag,
            Fte = -Veldlengtes.MaxFte, StellerTelefoon = "077-359 66 66\t(toestel 12)",
        });

        s.Voorstel.Onderwerp.Length.ShouldBe(Veldlengtes.Onderwerp);
        s.Voorstel.Kosten.ShouldBe(999_999_999_999m);
    }

    [Theory]
    [InlineData(-1d, null, "Kosten", "Vul een bedrag van 0 tot en met 999.999.999.999 euro in.")]
    [InlineData(1e12, null, "Kosten", "Vul een bedrag van 0 tot en met 999.999.999.999 euro in.")]
    [InlineData(0.125, null, "Kosten", "Vul een bedrag in met ten hoogste twee cijfers achter de komma.")]
    [InlineData(null, 2147483648d, "Fte", "Vul een aantal fte tussen -10.000 en 10.000 in.")]
    [InlineData(null, -10_000.01, "Fte", "Vul een aantal fte tussen -10.000 en 10.000 in.")]
    [InlineData(null, 0.333, "Fte", "Vul een aantal fte in met ten hoogste twee cijfers achter de komma.")]
    public void Een_bedrag_of_aantal_fte_dat_niet_past_wordt_geweigerd(double? kosten, double? fte, string veld, string melding)
    {
        var fout = Should.Throw<ActieOngeldigException>(() =>
            Scenario.Nieuw(Inhouden.Volledig with { Kosten = (decimal?)kosten, Fte = (decimal?)fte }));

        fout.Fouten.ShouldBe(new Dictionary<string, string> { [veld] = melding });
    }

    [Fact]
    public void Een_te_lange_tekst_bij_een_actie_wordt_geweigerd_voordat_er_iets_gebeurt()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("CollegeVanBW");
        var versie = s.Voorstel.Versie;

        var fout = Should.Throw<ActieOngeldigException>(() => s.Voer(Personen.Bestuurssecretariaat, Triggers.Instemmen, new()
        {
            Datum = Inhouden.GeplandBw, Tekst = "Ingestemd.", BehandelendTeam = new string('t', Veldlengtes.BehandelendTeam + 1),
        }));

        fout.Fouten.ShouldBe(new Dictionary<string, string> { [nameof(ActieInvoer.BehandelendTeam)] = "Gebruik ten hoogste 50 tekens; dit zijn er 51." });
        s.Status.ShouldBe("CollegeVanBW");
        s.Voorstel.Versie.ShouldBe(versie);
    }

    [Fact]
    public void Een_reden_met_een_nul_teken_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();

        Should.Throw<ActieOngeldigException>(() => s.StuurTerug(Personen.Afdelingshoofd, "Graag\0 aanvullen."))
            .Fouten.ShouldBe(new Dictionary<string, string> { [nameof(ActieInvoer.Reden)] = Veldlengtes.OngeldigTeken });
        s.Status.ShouldBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public void Een_te_lange_opmerking_wordt_geweigerd_en_komt_niet_in_de_tijdlijn()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var gebeurtenissen = s.Voorstel.Gebeurtenissen.Count;

        Should.Throw<ActieOngeldigException>(() => s.Voorstel.PlaatsOpmerking(new string('o', Veldlengtes.Tekst + 1), s.Context(Personen.Steller)))
            .Fouten.Keys.ShouldBe([nameof(ActieInvoer.Opmerking)]);
        s.Voorstel.Gebeurtenissen.Count.ShouldBe(gebeurtenissen);
    }

    [Fact]
    public void Een_te_lange_bijlagenaam_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        Should.Throw<ActieOngeldigException>(() => s.Voorstel.VoegBijlageToe(new string('b', Veldlengtes.BijlageNaam + 1), s.Vandaag, true,
                BijlageSoort.Overig, Guid.NewGuid(), "b.pdf", "application/pdf", 10, s.Context(Personen.Steller)))
            .Fouten.Keys.ShouldBe([nameof(Bijlage.Naam)]);
        s.Voorstel.Bijlagen.ShouldBeEmpty();
    }
}
