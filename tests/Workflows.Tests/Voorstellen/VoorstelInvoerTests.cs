using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>What Voer refuses before anything changes: incomplete content, missing input, a stale version.</summary>
public class VoorstelInvoerTests
{
    [Fact]
    public void Indienen_van_een_leeg_concept_noemt_elk_ontbrekend_veld()
    {
        var s = Scenario.Nieuw(new VoorstelInhoud());

        var fout = Should.Throw<ActieOngeldigException>(() => s.Indienen());

        fout.Message.ShouldBe("Controleer de gemarkeerde velden.");
        fout.Fouten.Keys.ShouldBe(
        [
            nameof(VoorstelInhoud.Onderwerp), nameof(VoorstelInhoud.AfdelingId), nameof(VoorstelInhoud.TeamId),
            nameof(VoorstelInhoud.Portefeuillehouder), nameof(VoorstelInhoud.GeplandBw), nameof(VoorstelInhoud.Openbaarheid), nameof(VoorstelInhoud.Dictum),
            nameof(VoorstelInhoud.SamenvattingWatEnWaarom), nameof(VoorstelInhoud.SamenvattingHoe), nameof(VoorstelInhoud.Aanleiding),
            nameof(VoorstelInhoud.BudgettaireConsequenties), nameof(VoorstelInhoud.FormatieveConsequenties),
        ], ignoreOrder: true);
        fout.Fouten[nameof(VoorstelInhoud.Dictum)].ShouldBe("Vul ten minste één beslispunt in het dictum in.");
        s.Status.ShouldBe("Concept");
        s.OpenTaken.ShouldBeEmpty();
    }

    [Fact]
    public void Indienen_zonder_dictum_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { Dictum = ["  "] });

        Should.Throw<ActieOngeldigException>(() => s.Indienen()).Fouten.Keys.ShouldBe([nameof(VoorstelInhoud.Dictum)]);
    }

    [Fact]
    public void Budgettaire_consequenties_vragen_om_kosten_en_dekking()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { BudgettaireConsequenties = true, Dekking = "Reserve" });
        Should.Throw<ActieOngeldigException>(() => s.Indienen()).Fouten.Keys.ShouldBe([nameof(VoorstelInhoud.Kosten)]);

        var t = Scenario.Nieuw(Inhouden.Volledig with { BudgettaireConsequenties = true, Kosten = 1000m });
        Should.Throw<ActieOngeldigException>(() => t.Indienen()).Fouten.Keys.ShouldBe([nameof(VoorstelInhoud.Dekking)]);
    }

    [Fact]
    public void Uitgestelde_openbaarheid_vraagt_een_datum()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig with { Openbaarheid = Openbaarheid.Uitgesteld });

        Should.Throw<ActieOngeldigException>(() => s.Indienen()).Fouten.Keys.ShouldBe([nameof(VoorstelInhoud.OpenbaarNa)]);
    }

    [Fact]
    public void Openbaarheid_is_een_keuze_zonder_standaard_die_indienen_vraagt()
    {
        new VoorstelInhoud().Openbaarheid.ShouldBeNull();
        new VoorstelInhoud().BijlagenOpenbaar.ShouldBeNull();
        var s = Scenario.Nieuw(Inhouden.Volledig with { Openbaarheid = null });
        s.Voorstel.Openbaarheid.ShouldBeNull("een concept mag de keuze nog missen");
        s.Voorstel.IsOpenbaarOp(Inhouden.GeplandBw).ShouldBeFalse("zonder keuze is niets openbaar");

        var fout = Should.Throw<ActieOngeldigException>(() => s.Indienen());
        fout.Fouten.Keys.ShouldBe([nameof(VoorstelInhoud.Openbaarheid)]);
        fout.Fouten[nameof(VoorstelInhoud.Openbaarheid)].ShouldBe("Kies of het voorstel openbaar is: ja, nee of uitgesteld.");
    }

    [Fact]
    public void Herindienen_met_onvolledige_inhoud_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen().StuurTerug(Personen.Afdelingshoofd);
        s.Wijzig(i => i with { Aanleiding = null });

        Should.Throw<ActieOngeldigException>(() => s.Herindienen()).Fouten.Keys.ShouldBe([nameof(VoorstelInhoud.Aanleiding)]);
        s.Status.ShouldBe("Teruggestuurd");
        s.OpenTaak(Taaksoorten.Herzien).IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void Ontbrekende_invoer_bij_een_actie_verandert_niets()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Tot("Directieteam");
        var versie = s.Voorstel.Versie;
        var gebeurtenissen = s.Voorstel.Gebeurtenissen.Count;

        var fout = Should.Throw<ActieOngeldigException>(() =>
            s.Voer(Personen.DtSecretaris, Triggers.DirectiebesluitVastleggen, new() { Tekst = "Akkoord." }));

        fout.Fouten.Keys.ShouldBe([nameof(ActieInvoer.Datum)]);
        s.Status.ShouldBe("Directieteam");
        s.Voorstel.Versie.ShouldBe(versie);
        s.Voorstel.Gebeurtenissen.Count.ShouldBe(gebeurtenissen);
        s.Voorstel.Directiebesluit.ShouldBeNull();
        s.OpenTaak(Taaksoorten.Directiebesluit).IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void Een_actie_op_een_verouderde_versie_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var gezien = s.Voorstel.Revisie;
        s.Voer(Personen.Afdelingshoofd, Triggers.Paraferen, new() { Revisie = gezien });

        var fout = Should.Throw<VoorstelGewijzigdException>(() =>
            s.Voer(Personen.Steller, Triggers.Intrekken, new() { Reden = "Toch niet.", Revisie = gezien }));

        fout.Message.ShouldStartWith("Iemand anders heeft dit voorstel intussen gewijzigd of behandeld.");
        s.Status.ShouldBe("Directieteam");
    }

    [Fact]
    public void Elke_actie_verhoogt_de_versie_één_keer_ook_met_automatische_overgangen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        s.Voorstel.Versie.ShouldBe(0);

        s.Indienen();
        s.Voorstel.Versie.ShouldBe(1);
        s.Paraferen(); // via InAdvies automatisch door naar het directieteam
        s.Voorstel.Versie.ShouldBe(2);
        s.Status.ShouldBe("Directieteam");
    }

    [Fact]
    public void Inhoud_wijzigen_op_een_verouderde_versie_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var gezien = s.Voorstel.Revisie;
        s.Wijzig(i => i with { Onderwerp = "Eerste wijziging" });

        Should.Throw<VoorstelGewijzigdException>(() =>
            s.Voorstel.WijzigInhoud(Inhouden.Volledig with { Onderwerp = "Tweede wijziging" }, s.Context(Personen.Steller), gezien));
        s.Voorstel.Onderwerp.ShouldBe("Eerste wijziging");
    }

    [Fact]
    public void Advies_van_een_collega_adviseur_maakt_de_pagina_van_de_ander_niet_verouderd()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        var gezien = s.Voorstel.Revisie;
        s.Voer(Personen.Adviseur(Aspect.Financien), Triggers.AdviesUitbrengen, new() { Instemming = true, Revisie = gezien });

        s.Voer(Personen.Adviseur(Aspect.Personeel), Triggers.AdviesUitbrengen, new() { Instemming = true, Revisie = gezien });

        s.Voorstel.Aspecten.Single(a => a.Aspect == Aspect.Personeel).HeeftGeldigAdvies.ShouldBeTrue();
    }

    [Fact]
    public void Advies_op_inhoud_die_intussen_is_herzien_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        var gezien = s.Voorstel.Revisie;
        s.StuurTerug(Personen.Adviseur(Aspect.Juridisch));
        s.Wijzig(i => i with { Dekking = "Andere dekking" }).Herindienen();
        s.Status.ShouldBe("InAdvies");

        Should.Throw<VoorstelGewijzigdException>(() =>
            s.Voer(Personen.Adviseur(Aspect.Financien), Triggers.AdviesUitbrengen, new() { Instemming = true, Revisie = gezien }));
    }
}
