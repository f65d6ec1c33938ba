using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Agendering;

/// <summary>Proposals brought to the college gate through the UI, and the agenda and decision pages driven as a browser would.</summary>
public sealed class Agendaopzet(BesluitvormingFabriek fabriek)
{
    public Route Route { get; } = new(fabriek);

    /// <summary>A college meeting (Tuesdays) <paramref name="weken"/> weeks after 16 June 2026, the first after the test clock's day.</summary>
    public static DateOnly Dinsdag(int weken) => new DateOnly(2026, 6, 16).AddDays(7 * weken);

    /// <summary>Submits, initials and passes the DT: the proposal reaches the college gate today (the clock's day).</summary>
    public async Task<int> NaarCollegeAsync(string onderwerp, DateOnly bw, Behandelwijze? wijze = null,
        Dictionary<string, string?>? extra = null)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = bw.ToString("yyyy-MM-dd");
        if (wijze is { } w) velden["Invoer.Behandelwijze"] = w.ToString();
        foreach (var (k, v) in extra ?? []) velden[k] = v;
        var id = await Route.IndienenAsync("steller", velden);
        await Route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await Route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(0), ["Invoer.Tekst"] = "Conform advies." });
        (await Route.LaadAsync(id)).Status.ShouldBe("CollegeVanBW");
        return id;
    }

    public async Task<int> VergaderingAsync(DateOnly datum, Vergadersoort soort = Vergadersoort.College)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var bestaand = await db.Vergaderkalender.Where(m => m.Soort == soort && m.Datum == datum).Select(m => (int?)m.Id).SingleOrDefaultAsync();
        if (bestaand is { } id) return id;
        var nieuw = new Vergaderdatum { Soort = soort, Datum = datum, Sluitingsdatum = datum.AddDays(-7) };
        db.Vergaderkalender.Add(nieuw);
        await db.SaveChangesAsync();
        return nieuw.Id;
    }

    /// <summary>Presses a button of the agenda page (handler, with the item it is on) the way the browser sends it.</summary>
    public async Task<HttpResponseMessage> AgendaActieAsync(string wie, int vergadering, string handler, int? voorstelId = null,
        Dictionary<string, string>? extra = null)
    {
        var klant = await Route.AlsAsync(wie);
        var pagina = await klant.PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        var formulier = pagina.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var velden = TestKlant.Velden(formulier);
        if (voorstelId is { } v) velden.Add(("voorstelId", v.ToString()));
        foreach (var (k, w) in extra ?? []) velden.Add((k, w));
        return await klant.Http.PostAsync($"/Vergaderingen/{vergadering}/Agenda?handler={handler}",
            new FormUrlEncodedContent(velden.Select(x => new KeyValuePair<string, string>(x.Naam, x.Waarde))));
    }

    public async Task GewijzigdAsync(string wie, int vergadering, string handler, int? voorstelId = null, Dictionary<string, string>? extra = null)
    {
        var antwoord = await AgendaActieAsync(wie, vergadering, handler, voorstelId, extra);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var klant = await Route.AlsAsync(wie);
        var pagina = await klant.PaginaAsync(antwoord.Headers.Location!.OriginalString);
        pagina.QuerySelector(".melding--fout")?.TextContent.ShouldBeNull();
    }

    /// <summary>The agenda as the page shows it: per list (hamerstukken, bespreekstukken, niet-op-agenda) the proposal ids in order.</summary>
    public async Task<Dictionary<string, List<(int Volgnummer, int Voorstel)>>> AgendaAsync(string wie, int vergadering)
    {
        var pagina = await (await Route.AlsAsync(wie)).PaginaAsync($"/Vergaderingen/{vergadering}/Agenda");
        return pagina.QuerySelectorAll("table[data-lijst]:not([data-lijst=wijzigingen])").ToDictionary(t => t.GetAttribute("data-lijst")!,
            t => t.QuerySelectorAll("tbody tr").Select(r => (
                int.TryParse(r.QuerySelector("[data-volgnummer]")?.TextContent, out var n) ? n : 0,
                int.Parse(r.GetAttribute("data-voorstel")!))).ToList());
    }

    public static List<int> Ids(Dictionary<string, List<(int Volgnummer, int Voorstel)>> agenda, string lijst) =>
        agenda.TryGetValue(lijst, out var r) ? r.Select(x => x.Voorstel).ToList() : [];
}
