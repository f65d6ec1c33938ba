using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Organisatie;

public class ActorTests
{
    private static Taak AdviesTaak(Scenario s, Aspect aspect) => s.OpenTaken.Single(t => t.Aspect == aspect);

    [Fact]
    public void De_houder_mag_handelen_op_een_open_taak_en_niet_meer_op_een_afgeronde()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        var taak = AdviesTaak(s, Aspect.Financien);
        var adviseur = Personen.Adviseur(Aspect.Financien);

        adviseur.MagHandelenOp(taak).ShouldBeTrue();
        s.Adviseer(Aspect.Financien);
        adviseur.MagHandelenOp(taak).ShouldBeFalse();
    }

    [Fact]
    public void Een_adviseur_voldoet_alleen_aan_de_rol_voor_zijn_eigen_aspecten()
    {
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");

        Personen.Adviseur(Aspect.Financien).VoldoetAanRol(AdviesTaak(s, Aspect.Financien)).ShouldBeTrue();
        Personen.Adviseur(Aspect.Financien).VoldoetAanRol(AdviesTaak(s, Aspect.Juridisch)).ShouldBeFalse();
        Personen.Afdelingshoofd.VoldoetAanRol(AdviesTaak(s, Aspect.Financien)).ShouldBeFalse();
    }

    [Fact]
    public void Het_systeem_heeft_alleen_de_rol_systeem()
    {
        Actor.Systeem.Rollen.ShouldBe([Rollen.Systeem]);
        Rollen.WorkflowRollen.ShouldContain(Rollen.Systeem);
        Rollen.Gebruikersrollen.ShouldNotContain(Rollen.Systeem);
    }
}
