using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// A B&amp;W agenda for the demo: the next college meeting whose agenda is still open (closing date today or later)
/// gets the demo proposals that are at the college gate. When none is planned on a meeting date, the first one is held
/// over in the last meeting to that next one, through the domain verb the secretary uses (<see cref="Triggers.Aanhouden"/>),
/// so the last meeting also has a besluitenlijst with one item.
/// </summary>
public static class DemoAgenda
{
    public static async Task MaakAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var vandaag = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var college = db.Vergaderkalender.AsNoTracking().Where(m => m.Soort == Vergadersoort.College);
        var volgende = await college.Where(m => m.Sluitingsdatum >= vandaag).OrderBy(m => m.Datum).FirstOrDefaultAsync();
        var vorige = await college.Where(m => m.Datum < vandaag).OrderByDescending(m => m.Datum).FirstOrDefaultAsync();
        if (volgende is null || vorige is null) return;
        var bijCollege = await db.Voorstellen.AsNoTracking().Where(v => v.Status == Agendering.Agendasoort.College.Status)
            .OrderBy(v => v.Id).Select(v => new { v.Id, v.GeplandBw }).ToListAsync();
        var datums = await college.Select(m => m.Datum).ToListAsync();
        if (bijCollege.Count == 0 || bijCollege.Any(v => v.GeplandBw is { } d && datums.Contains(d))) return;

        var secretariaat = await db.Users.Where(u => u.UserName == "secretariaat").Select(u => u.Id).SingleAsync();
        await sp.GetRequiredService<VoorstelDienst>().VoerAsync(bijCollege[0].Id, Triggers.Aanhouden, new ActieInvoer
        {
            Datum = vorige.Datum, NieuweDatum = volgende.Datum, Volgnummer = 1,
            Reden = "Eerst afstemmen met de wijkraad Macharen.",
        }, await ActorLader.LaadAsync(db, secretariaat));
    }
}
