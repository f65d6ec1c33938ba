using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>The one definition of "te laat" that the dashboard and every list use.</summary>
public class VoorstelTeLaatTests
{
    [Fact]
    public void Een_open_taak_is_te_laat_vanaf_de_dag_na_zijn_deadline_en_het_voorstel_met_hem()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var taak = s.OpenTaak(Taaksoorten.Paraaf);
        var deadline = taak.Deadline!.Value;

        taak.IsTeLaat(deadline).ShouldBeFalse("op de deadline zelf is het nog op tijd");
        s.Voorstel.IsTeLaat(deadline).ShouldBeFalse();
        taak.IsTeLaat(deadline.AddDays(1)).ShouldBeTrue();
        s.Voorstel.IsTeLaat(deadline.AddDays(1)).ShouldBeTrue();
    }

    [Fact]
    public void Een_afgeronde_taak_is_nooit_te_laat()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var paraaf = s.OpenTaak(Taaksoorten.Paraaf);
        var laat = paraaf.Deadline!.Value.AddDays(30);

        s.Paraferen();

        paraaf.IsTeLaat(laat).ShouldBeFalse();
        s.OpenTaken.ShouldAllBe(t => t.Deadline!.Value < laat);
        s.Voorstel.IsTeLaat(laat).ShouldBeTrue("de open adviesverzoeken zijn dan wel te laat");
        s.OpenTaken.ShouldAllBe(t => t.IsTeLaat(laat));
    }
}
