using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>
/// Who may see a traject and which actions the aggregate offers whom; each "Kan..." answer matches what the verb
/// itself accepts, so a page that asks never shows a button that the verb refuses.
/// </summary>
public class TrajectToegangTests
{
    private static readonly Actor Plaatsvervanger = new("vervanger", "V. Vanger", new HashSet<string> { Rollen.Steller },
        new HashSet<Aspect>(), 1, new HashSet<string> { TrajectScenario.Eigenaar.Id });

    [Fact]
    public void Projectleider_eigenaar_en_diens_plaatsvervanger_zien_het_traject_een_ander_alleen_als_projectlezer()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        var t = s.Traject;
        t.MagZien(TrajectScenario.Projectleider, leestProject: false).ShouldBeTrue();
        t.MagZien(TrajectScenario.Eigenaar, leestProject: false).ShouldBeTrue();
        t.MagZien(Plaatsvervanger, leestProject: false).ShouldBeTrue();
        t.MagZien(TrajectScenario.Buitenstaander, leestProject: false).ShouldBeFalse();
        t.MagZien(TrajectScenario.Buitenstaander, leestProject: true).ShouldBeTrue();
    }

    [Fact]
    public void Eigenaar_kan_afronden_bewijs_toevoegen_en_opmerken_maar_niet_overslaan_terugsturen_of_de_termijn_verzetten()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        s.RondAf(); // at Veerkrachtdialoog, which can be sent back
        var (t, d, e) = (s.Traject, s.Definitie, TrajectScenario.Eigenaar);
        (t.KanVoltooien(d, e), t.KanBewijsToevoegen(d, e), t.KanOpmerken(d, e)).ShouldBe((true, true, true));
        (t.KanOverslaan(d, e), t.KanTerugsturen(d, e), t.KanTermijnVerzetten(d, e)).ShouldBe((false, false, false));
        t.HeropenbareStappen(d, e).ShouldBeEmpty();
        Should.Throw<TrajectGeenToegangException>(() => t.Overslaan(d, e, "reden", s.Nu));
        Should.Throw<TrajectGeenToegangException>(() => t.Terugsturen(d, e, "reden", s.Nu));

        var p = TrajectScenario.Projectleider;
        (t.KanVoltooien(d, p), t.KanOverslaan(d, p), t.KanTerugsturen(d, p), t.KanTermijnVerzetten(d, p)).ShouldBe((true, true, true, true));
        t.HeropenbareStappen(d, p).ShouldBe(["Stakeholderbijeenkomst"]);

        var b = TrajectScenario.Buitenstaander;
        (t.KanVoltooien(d, b), t.KanBewijsToevoegen(d, b), t.KanOverslaan(d, b), t.KanTermijnVerzetten(d, b)).ShouldBe((false, false, false, false));
        Should.Throw<TrajectGeenToegangException>(() => t.PlaatsOpmerking(d, b, "tekst", s.Nu));
    }

    [Fact]
    public void Bij_een_wachtend_besluitmoment_biedt_het_traject_geen_afronden_terugsturen_of_heropenen()
    {
        var s = new TrajectScenario(GeleverdeDefinities.Accommodatie);
        while (s.Stap.Besluitmoment is null) s.RondAf();
        var (t, d, p) = (s.Traject, s.Definitie, TrajectScenario.Projectleider);
        t.KanBesluitmomentStarten(d, p).ShouldBeTrue();
        t.KanVoltooien(d, p).ShouldBeFalse("een besluitmoment wordt besloten, niet afgerond");
        s.StartBesluitmoment();
        (t.KanBesluitmomentStarten(d, p), t.KanTerugsturen(d, p)).ShouldBe((false, false));
        t.HeropenbareStappen(d, p).ShouldBeEmpty();
        t.KanOverslaan(d, p).ShouldBeFalse();
    }
}
