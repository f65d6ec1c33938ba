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
    public void Op_een_projectie_van_de_taak_oordeelt_de_toegang_als_op_de_taak_zelf()
    {
        // Mijn taken checks the rule on four columns it reads, not on a whole Taak: both must answer alike, for holders,
        // deputies with and without the role or aspect, and others, on open and closed tasks.
        var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot("InAdvies");
        var taken = s.OpenTaken.ToList();
        var financien = Personen.Adviseur(Aspect.Financien);
        var actoren = Personen.Iedereen.Concat([
            Personen.Plaatsvervanger(financien, [Rollen.Adviseur], [Aspect.Financien]),
            Personen.Plaatsvervanger(financien, [Rollen.Adviseur], [Aspect.Juridisch]),
            Personen.Plaatsvervanger(financien, [Rollen.Afdelingshoofd]),
        ]).ToList();
        s.Adviseer(Aspect.Financien);

        var oordelen = (from a in actoren from t in taken
            select (Taak: a.MagHandelenOp(t), Projectie: a.MagHandelenOp(t.Toestand, t.HouderId, t.Rol, t.Aspect))).ToList();

        oordelen.ShouldAllBe(o => o.Taak == o.Projectie);
        oordelen.ShouldContain(o => o.Taak);
        oordelen.ShouldContain(o => !o.Taak);
        taken.ShouldContain(t => !t.IsOpen);
    }

    [Fact]
    public void Het_systeem_heeft_alleen_de_rol_systeem()
    {
        Actor.Systeem.Rollen.ShouldBe([Rollen.Systeem]);
        Rollen.WorkflowRollen.ShouldContain(Rollen.Systeem);
        Rollen.Gebruikersrollen.ShouldNotContain(Rollen.Systeem);
    }
}
