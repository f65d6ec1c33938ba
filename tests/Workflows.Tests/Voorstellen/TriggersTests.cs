using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>
/// The input each trigger of the shipped collegevoorstel needs, as its definition's "invoer" says; the keys name the
/// <see cref="ActieInvoer"/> fields the form marks.
/// </summary>
public class TriggersTests
{
    /// <summary>The check of every transition of the trigger in the shipped definition, which must all agree.</summary>
    private static Dictionary<string, string> Valideer(string trigger, ActieInvoer invoer)
    {
        var uitkomsten = GeleverdeDefinities.Collegevoorstel.Statussen.SelectMany(s => s.Overgangen)
            .Where(o => o.Trigger == trigger).Select(o => Invoervelden.Valideer(o.Invoer, invoer)).ToList();
        uitkomsten.ShouldNotBeEmpty();
        foreach (var u in uitkomsten) u.ShouldBe(uitkomsten[0]);
        return uitkomsten[0];
    }

    public static TheoryData<string, string[]> VerplichteVelden => new()
    {
        { Triggers.Indienen, [] },
        { Triggers.Herindienen, [] },
        { Triggers.Paraferen, [] },
        { Triggers.AdviezenCompleet, [] },
        { Triggers.Terugsturen, [nameof(ActieInvoer.Reden)] },
        { Triggers.Intrekken, [nameof(ActieInvoer.Reden)] },
        { Triggers.AdviesUitbrengen, [nameof(ActieInvoer.Instemming)] },
        { Triggers.DirectiebesluitVastleggen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.OrAdviesVastleggen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.Instemmen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.InstemmenMetWijzigingen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.Afwijzen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.Aanhouden, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.NieuweDatum), nameof(ActieInvoer.Reden)] },
        { Triggers.RaadVaststellen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.RaadVerwerpen, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.Tekst)] },
        { Triggers.RaadAanhouden, [nameof(ActieInvoer.Datum), nameof(ActieInvoer.NieuweDatum), nameof(ActieInvoer.Reden)] },
        { Triggers.Publiceren, [] },
    };

    [Fact]
    public void Elke_trigger_staat_in_de_tabel_van_verplichte_velden()
    {
        VerplichteVelden.Select(r => r.Data.Item1).ShouldBe(Triggers.Alle, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(VerplichteVelden))]
    public void Lege_invoer_noemt_precies_de_verplichte_velden_van_de_trigger(string trigger, string[] velden)
    {
        var fouten = Valideer(trigger, new ActieInvoer());

        fouten.Keys.ShouldBe(velden, ignoreOrder: true);
        fouten.Values.ShouldAllBe(m => m.EndsWith('.') && m.Length > 10);
    }

    [Fact]
    public void De_meldingen_zijn_in_het_nederlands_en_per_veld()
    {
        var fouten = Valideer(Triggers.DirectiebesluitVastleggen, new ActieInvoer { Tekst = " " });

        fouten[nameof(ActieInvoer.Datum)].ShouldBe("Vul de datum van het directieteam in.");
        fouten[nameof(ActieInvoer.Tekst)].ShouldBe("Vul de punten van het directiebesluit in (één per regel).");
    }

    [Fact]
    public void Wie_niet_kan_instemmen_moet_dat_toelichten()
    {
        Valideer(Triggers.AdviesUitbrengen, new ActieInvoer { Instemming = false })
            .ShouldBe(new Dictionary<string, string> { [nameof(ActieInvoer.Opmerking)] = "Licht toe waarom u niet kunt instemmen." });
        Valideer(Triggers.AdviesUitbrengen, new ActieInvoer { Instemming = false, Opmerking = "Dekking ontbreekt." }).ShouldBeEmpty();
        Valideer(Triggers.AdviesUitbrengen, new ActieInvoer { Instemming = true }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Een_volgnummer_moet_positief_zijn(int volgnummer)
    {
        var invoer = new ActieInvoer { Datum = new DateOnly(2025, 4, 15), Tekst = "Akkoord.", Volgnummer = volgnummer };

        Valideer(Triggers.Instemmen, invoer).Keys.ShouldBe([nameof(ActieInvoer.Volgnummer)]);
        Valideer(Triggers.Instemmen, invoer with { Volgnummer = null }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Triggers.Aanhouden)]
    [InlineData(Triggers.RaadAanhouden)]
    public void Aanhouden_vraagt_een_nieuwe_datum_na_de_vergadering(string trigger)
    {
        var vergadering = new DateOnly(2025, 4, 15);
        var invoer = new ActieInvoer { Datum = vergadering, Reden = "Later bespreken." };

        Valideer(trigger, invoer with { NieuweDatum = vergadering }).Keys.ShouldBe([nameof(ActieInvoer.NieuweDatum)]);
        Valideer(trigger, invoer with { NieuweDatum = vergadering.AddDays(-7) }).Keys.ShouldBe([nameof(ActieInvoer.NieuweDatum)]);
        Valideer(trigger, invoer with { NieuweDatum = vergadering.AddDays(7) }).ShouldBeEmpty();
    }

    [Fact]
    public void Elke_trigger_heeft_een_nederlandse_naam()
    {
        foreach (var trigger in Triggers.Alle) Triggers.Naam(trigger).ShouldNotBeNullOrWhiteSpace();
        Triggers.Naam(Triggers.Herindienen).ShouldBe("Opnieuw indienen");
        Triggers.Naam(Triggers.Terugsturen).ShouldBe("Terugsturen naar steller");
    }
}
