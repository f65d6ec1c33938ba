using Besluitvorming.Web.Pages.Voorstellen;
using Besluitvorming.Web.Toegankelijkheid;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Tests.Toegankelijkheid;

/// <summary>The form marks as required exactly what the domain always asks for at submission, no more and no less.</summary>
public sealed class VerplichteVeldenTests
{
    [Fact]
    public void Het_formulier_markeert_precies_wat_indienen_altijd_vraagt()
    {
        var definitie = WorkflowDefinitieLezer.LeesBestand(Path.Combine(AppContext.BaseDirectory, "seeds", "workflows", "collegevoorstel.json"));
        var steller = new Actor("steller", "R.B.M. Janzen", new HashSet<string> { Rollen.Steller }, new HashSet<Aspect>(), 1, new HashSet<string>());
        var leeg = Voorstel.NieuwConcept(definitie, steller, Guid.NewGuid(), new VoorstelInhoud(), DateTime.UtcNow);

        var gemarkeerd = typeof(VoorstelFormulier).GetProperties()
            .Where(p => Attribute.IsDefined(p, typeof(VerplichtBijIndienenAttribute))).Select(p => p.Name);
        gemarkeerd.ShouldBe(leeg.ControleerVolledigheid().Keys, ignoreOrder: true);
    }
}
