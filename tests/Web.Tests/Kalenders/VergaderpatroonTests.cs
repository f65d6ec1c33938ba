using Besluitvorming.Web.Kalenders;
using Reeks = Besluitvorming.Web.Kalenders.KalenderInitialisatie.Reeks;

namespace Besluitvorming.Web.Tests.Kalenders;

/// <summary>The series a meeting pattern can express: weekly, every n weeks, the n-th (or last) weekday of the month, recess months.</summary>
public sealed class VergaderpatroonTests
{
    private static readonly TimeOnly Aanvang = new(14, 0);

    [Fact]
    public void Om_de_twee_weken_telt_vanaf_de_eerste_weekdag_van_de_periode()
    {
        var reeks = new Reeks(Vergadersoort.OndernemingsRaad, DayOfWeek.Wednesday, Aanvang, 10, ElkeWeken: 2);

        reeks.Datums(new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 28)).ShouldBe(
            [new DateOnly(2027, 1, 6), new DateOnly(2027, 1, 20), new DateOnly(2027, 2, 3), new DateOnly(2027, 2, 17)]);
    }

    [Fact]
    public void De_tweede_woensdag_en_de_laatste_donderdag_van_de_maand_behalve_in_het_reces()
    {
        var tweede = new Reeks(Vergadersoort.OndernemingsRaad, DayOfWeek.Wednesday, Aanvang, 10, WeekVanDeMaand: 2);
        var laatste = new Reeks(Vergadersoort.Gemeenteraad, DayOfWeek.Thursday, Aanvang, 15, WeekVanDeMaand: -1, BehalveMaanden: [8]);

        tweede.Datums(new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30)).ShouldBe([new DateOnly(2027, 3, 10), new DateOnly(2027, 4, 14)]);
        laatste.Datums(new DateOnly(2027, 7, 1), new DateOnly(2027, 9, 30)).ShouldBe([new DateOnly(2027, 7, 29), new DateOnly(2027, 9, 30)]);
    }

    [Fact]
    public void Zonder_verdere_velden_vergadert_het_orgaan_elke_week()
    {
        var reeks = new Reeks(Vergadersoort.College, DayOfWeek.Tuesday, new TimeOnly(9, 30), 5);

        reeks.Datums(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31)).ShouldBe(
            [new DateOnly(2027, 3, 2), new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 16), new DateOnly(2027, 3, 23), new DateOnly(2027, 3, 30)]);
    }
}
