using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>The one definition of 'late': an open task past its deadline, and a proposal with such a task.</summary>
public class VoorstelTeLaatTests
{
    [Fact]
    public void Een_open_taak_is_te_laat_vanaf_de_dag_na_de_deadline()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var taak = s.OpenTaak(Taaksoorten.Paraaf);
        var deadline = taak.Deadline!.Value;

        taak.IsTeLaat(deadline).ShouldBeFalse("op de deadline zelf is het nog op tijd");
        taak.IsTeLaat(deadline.AddDays(1)).ShouldBeTrue();
        s.Voorstel.IsTeLaat(deadline).ShouldBeFalse();
        s.Voorstel.IsTeLaat(deadline.AddDays(1)).ShouldBeTrue();
    }

    [Fact]
    public void Een_afgeronde_taak_is_nooit_te_laat_en_het_voorstel_dan_ook_niet()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var paraaf = s.OpenTaak(Taaksoorten.Paraaf);
        var lang = paraaf.Deadline!.Value.AddYears(1);

        s.Paraferen();

        paraaf.IsOpen.ShouldBeFalse();
        paraaf.IsTeLaat(lang).ShouldBeFalse();
        s.Voorstel.Taken.Where(t => t.IsOpen).ShouldAllBe(t => t.Deadline > paraaf.Deadline);
        s.Voorstel.IsTeLaat(paraaf.Deadline!.Value.AddDays(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(TaakStatus.Open, 0, false)]
    [InlineData(TaakStatus.Open, -1, true)]
    [InlineData(TaakStatus.Open, null, false)]
    [InlineData(TaakStatus.Afgerond, -1, false)]
    [InlineData(TaakStatus.Vervallen, -5, false)]
    public void De_regel_voor_de_database_zegt_hetzelfde_als_de_taak(TaakStatus toestand, int? deadlineTovVandaag, bool teLaat)
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        var vandaag = s.Vandaag;
        var nu = s.Klok.GetUtcNow().UtcDateTime;
        DateOnly? deadline = deadlineTovVandaag is { } d ? vandaag.AddDays(d) : null;

        Taak.IsTeLaatOp(toestand, deadline, vandaag).ShouldBe(teLaat);
        var taak = s.OpenTaak(Taaksoorten.Paraaf);
        taak.VerzetDeadline(deadline);
        if (toestand == TaakStatus.Afgerond) taak.Rond("x", "X", "klaar", nu);
        if (toestand == TaakStatus.Vervallen) taak.Verval("weg", nu);
        taak.IsTeLaat(vandaag).ShouldBe(teLaat);
        Taak.TeLaatOp(vandaag).Compile()(taak).ShouldBe(teLaat);
    }
}
