using Besluitvorming.Workflows.Routering;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Routering;

public class StandaardRouteringsbeleidTests
{
    private static Workflows.Routering.Routering Bepaal(VoorstelInhoud inhoud, bool ontwikkelbedrijf = false) =>
        new StandaardRouteringsbeleid(ontwikkelbedrijf).Bepaal(Scenario.Nieuw(inhoud).Voorstel);

    [Fact]
    public void Zonder_gevolgen_is_er_geen_advies_geen_or_en_geen_raad()
    {
        var r = Bepaal(Inhouden.Volledig);

        r.VereisteAdviezen.ShouldBeEmpty();
        r.OrVereist.ShouldBeFalse();
        r.RaadVereist.ShouldBeFalse();
    }

    [Fact]
    public void Budgettaire_consequenties_vragen_financieel_advies_en_een_raadsbesluit()
    {
        var r = Bepaal(Inhouden.Volledig.MetBudget());

        r.VereisteAdviezen.ShouldBe([Aspect.Financien]);
        r.RaadVereist.ShouldBeTrue();
        r.OrVereist.ShouldBeFalse();
    }

    [Fact]
    public void Formatieve_consequenties_vragen_personeelsadvies_en_de_ondernemingsraad()
    {
        var r = Bepaal(Inhouden.Volledig.MetFormatie());

        r.VereisteAdviezen.ShouldBe([Aspect.Personeel]);
        r.OrVereist.ShouldBeTrue();
        r.RaadVereist.ShouldBeFalse();
    }

    [Fact]
    public void Een_gevraagd_raadsbesluit_brengt_de_raad_op_de_route()
    {
        Bepaal(Inhouden.Volledig.MetRaadsbesluit()).RaadVereist.ShouldBeTrue();
    }

    [Fact]
    public void Elk_advies_dat_de_steller_vraagt_is_vereist()
    {
        var r = Bepaal(Inhouden.Volledig.MetAdviesGevraagd(Aspect.Juridisch).MetAdviesGevraagd(Aspect.Communicatie)
            .MetAspect(Aspect.Inkoop, "Geen inkoop nodig.", gevraagd: false));

        r.VereisteAdviezen.ShouldBe([Aspect.Juridisch, Aspect.Communicatie], ignoreOrder: true);
    }

    [Fact]
    public void Team_smo_adviseert_alleen_bij_projecten_van_het_ontwikkelbedrijf()
    {
        Bepaal(Inhouden.Volledig, ontwikkelbedrijf: true).VereisteAdviezen.ShouldBe([Aspect.Smo]);
        Bepaal(Inhouden.Volledig.MetAdviesGevraagd(Aspect.Smo)).VereisteAdviezen.ShouldBeEmpty();
    }
}
