using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>The demo proposals are planned on meetings of the calendar, whatever day the demo is loaded on.</summary>
public sealed class DemoplanningTests
{
    [Theory]
    [InlineData("2026-06-10")] // the test clock's ordinary Wednesday
    [InlineData("2026-06-14")] // a Sunday
    [InlineData("2026-06-15")] // a Monday: the day of the DT meeting itself
    [InlineData("2026-11-30")] // Christmas ahead: the agenda of the college of 29 December closes on Monday 21 December
    public async Task Elk_demovoorstel_is_gepland_op_vergaderingen_van_het_juiste_orgaan_op_werkdagen(string dag)
    {
        using var fabriek = new BesluitvormingFabriek { Klok = new VerstelbareKlok(DateTimeOffset.Parse(dag + "T10:00:00Z")) };
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var dt = (await db.Vergaderkalender.Where(v => v.Soort == Vergadersoort.Directieteam).Select(v => v.Datum).ToListAsync()).ToHashSet();
        var sluiting = await db.Vergaderkalender.Where(v => v.Soort == Vergadersoort.College).ToDictionaryAsync(v => v.Datum, v => v.Sluitingsdatum);
        var bw = sluiting.Keys.ToHashSet();
        var voorstellen = await db.Voorstellen.AsNoTracking().ToListAsync();

        voorstellen.Count(v => v.GeplandBw is not null).ShouldBeGreaterThanOrEqualTo(5, "de demo plant zijn voorstellen");
        foreach (var v in voorstellen)
        {
            if (v.GeplandDt is { } d) dt.Contains(d).ShouldBeTrue($"{v.Onderwerp}: DT d.d. {d:dddd d MMMM} is geen DT-vergadering");
            if (v.GeplandBw is { } b) bw.Contains(b).ShouldBeTrue($"{v.Onderwerp}: B&W d.d. {b:dddd d MMMM} is geen collegevergadering");
            if (v.Directiebesluit is { } db1) dt.Contains(db1.Datum).ShouldBeTrue($"{v.Onderwerp}: directiebesluit buiten een DT-vergadering");
            if (v.Collegebesluit is { } cb) bw.Contains(cb.Vergaderdatum).ShouldBeTrue($"{v.Onderwerp}: collegebesluit buiten een collegevergadering");
            // The calendar has no OR or raad meetings yet: those dates must at least be working days after the college.
            foreach (var (naam, datum) in new[] { ("OR", v.GeplandOr), ("OR na B&W", v.GeplandOrNaBw), ("Raad", v.GeplandRaad) })
            {
                if (datum is not { } x) continue;
                x.DayOfWeek.ShouldNotBeOneOf([DayOfWeek.Saturday, DayOfWeek.Sunday], $"{v.Onderwerp}: {naam} d.d. {x:dddd d MMMM}");
                if (naam != "OR" && v.GeplandBw is { } b2) x.ShouldBeGreaterThan(b2, $"{v.Onderwerp}: {naam} na B&W");
            }
            if (v.GeplandDt is { } d2 && v.GeplandBw is { } b3)
                d2.ShouldBeLessThan(sluiting[b3], $"{v.Onderwerp}: DT vóór de sluiting van de collegeagenda (de terugrekenplanning eist het)");
        }
    }

    [Theory]
    [InlineData("2026-06-10")] // a Wednesday: the closing date of the coming Tuesday has passed
    [InlineData("2026-06-15")] // a Monday
    [InlineData("2026-06-16")] // a Tuesday: the day of a collegevergadering
    public async Task De_demovoorstellen_bij_het_college_staan_op_de_agenda_van_de_eerstvolgende_open_collegevergadering(string dag)
    {
        using var fabriek = new BesluitvormingFabriek { Klok = new VerstelbareKlok(DateTimeOffset.Parse(dag + "T10:00:00Z")) };
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var vandaag = DateOnly.Parse(dag);
        var open = await db.Vergaderkalender.Where(m => m.Soort == Vergadersoort.College && m.Sluitingsdatum >= vandaag)
            .OrderBy(m => m.Datum).FirstAsync();
        var bijCollege = await db.Voorstellen.Where(v => v.Status == "CollegeVanBW").Select(v => v.Id).ToListAsync();

        var beeld = (await scope.ServiceProvider.GetRequiredService<Besluitvorming.Web.Agendering.AgendaDienst>().LaadAsync(open.Id))!;

        bijCollege.ShouldNotBeEmpty("de demo heeft een voorstel bij het college");
        beeld.Punten.Select(p => p.Voorstel.Id).Order().ShouldBe(bijCollege.Order(), $"agenda van {open.Datum:d MMMM}");
        beeld.NietOpAgenda.ShouldBeEmpty();
    }
}
