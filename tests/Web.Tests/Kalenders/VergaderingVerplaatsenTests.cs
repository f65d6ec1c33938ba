using System.Net;
using System.Text.Json.Nodes;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Besluitvorming.Web.Tests.Kalenders;

/// <summary>
/// The bestuurssecretariaat moves or cancels a meeting: the proposals planned on it go along in one transaction, the
/// deadline of the task for that meeting and its Quartz timers follow, and each steller gets one mail with the reason.
/// </summary>
public class VergaderingVerplaatsenTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static string NlDatum(DateOnly d) => d.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));

    /// <summary>The first Tuesday (a B&amp;W day in the pattern) at least this many days after the test's today.</summary>
    private static DateOnly Dinsdag(int dagen)
    {
        var d = DateOnly.Parse(Route.Datum(dagen));
        while (d.DayOfWeek != DayOfWeek.Tuesday) d = d.AddDays(1);
        return d;
    }

    private async Task<T> MetDbAsync<T>(Func<BesluitvormingDbContext, Task<T>> vraag)
    {
        using var scope = fabriek.Services.CreateScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>());
    }

    private Task<Vergaderdatum> CollegevergaderingAsync(DateOnly datum) =>
        MetDbAsync(db => db.Vergaderkalender.AsNoTracking().SingleAsync(m => m.Soort == Vergadersoort.College && m.Datum == datum));

    private Task<List<UitgaandeMail>> VerplaatstmailsAsync(int voorstelId) =>
        MetDbAsync(db => db.UitgaandeMails.AsNoTracking().Where(m => m.VoorstelId == voorstelId && m.Soort == MailSoorten.Verplaatst).ToListAsync());

    /// <summary>
    /// A definition version that watches the college's decision task (termijnbewaking), so that it has Quartz timers; the
    /// shipped one watches only advice. Proposals started after this run on it.
    /// </summary>
    private async Task BewaakCollegebesluitAsync()
    {
        using var scope = fabriek.Services.CreateScope();
        var register = scope.ServiceProvider.GetRequiredService<WorkflowRegister>();
        var nieuwste = await register.NieuwsteAsync("collegevoorstel");
        if (nieuwste.TaakDefinitie("CollegeVanBW", Taaksoorten.Collegebesluit)!.Termijnbewaking) return;
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var json = JsonNode.Parse(await db.WorkflowDefinities.Where(w => w.Naam == "collegevoorstel" && w.Versie == nieuwste.Versie)
            .Select(w => w.Json).SingleAsync())!.AsObject();
        json["versie"] = nieuwste.Versie + 1;
        var college = json["statussen"]!.AsArray().Single(s => (string?)s!["naam"] == "CollegeVanBW")!;
        college["taken"]!.AsArray()[0]!["termijnbewaking"] = true;
        var (record, controle) = await scope.ServiceProvider.GetRequiredService<WorkflowBeheer>().OpslaanAsync(json.ToJsonString(), "test");
        record.ShouldNotBeNull(string.Join("; ", controle.Problemen));
    }

    /// <summary>A proposal of this steller planned on the B&amp;W meeting of <paramref name="bw"/>, at the college's gate.</summary>
    private async Task<int> BijHetCollegeAsync(string steller, string onderwerp, DateOnly bw)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = D(bw);
        var id = await _route.IndienenAsync(steller, velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        await _route.DoeAsync("dtsecretaris", id, Triggers.DirectiebesluitVastleggen,
            new() { ["Invoer.Datum"] = Route.Datum(1), ["Invoer.Tekst"] = "Conform advies." });
        (await _route.LaadAsync(id)).Status.ShouldBe("CollegeVanBW");
        return id;
    }

    private static Dictionary<string, string?> Verplaatsing(DateOnly datum, string reden) => new()
    {
        ["Invoer.Datum"] = D(datum), ["Invoer.Aanvang"] = "10:00", ["Invoer.Sluitingsdatum"] = D(datum.AddDays(-9)),
        ["Invoer.Locatie"] = "Raadzaal", ["Invoer.Reden"] = reden,
    };

    [Fact]
    public async Task Verplaatste_collegevergadering_neemt_de_voorstellen_hun_termijn_en_timers_mee_en_mailt_elke_steller_een_keer()
    {
        await BewaakCollegebesluitAsync();
        var bw = Dinsdag(35);
        var nieuw = bw.AddDays(2);
        var eerste = await BijHetCollegeAsync("steller", $"Verplaatst A {Guid.NewGuid():N}", bw);
        var tweede = await BijHetCollegeAsync("steller2", $"Verplaatst B {Guid.NewGuid():N}", bw);
        var planner = fabriek.Services.GetRequiredService<TermijnPlanner>();
        var scheduler = await fabriek.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        async Task<DateTimeOffset?> Escalatie(int taakId) =>
            (await scheduler.GetTrigger(new TriggerKey(TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, taakId).Name, TermijnPlanner.Groep)))?.StartTimeUtc;
        var taken = new List<int>();
        await fabriek.PasTermijnenToeAsync();
        foreach (var id in new[] { eerste, tweede })
        {
            var taak = (await _route.LaadAsync(id)).Taken.Single(t => t.IsOpen);
            taak.Deadline.ShouldBe(bw);
            (await Escalatie(taak.Id)).ShouldBe(planner.EscalatieOp(bw));
            taken.Add(taak.Id);
        }
        var vergadering = await CollegevergaderingAsync(bw);

        var secretariaat = await _route.AlsAsync("secretariaat");
        var bevestiging = await secretariaat.PaginaAsync($"/Vergaderingen/{vergadering.Id}/Verplaatsen");
        bevestiging.QuerySelector($"[data-voorstel='{eerste}']").ShouldNotBeNull();
        bevestiging.QuerySelector($"[data-voorstel='{tweede}']").ShouldNotBeNull();
        var antwoord = await secretariaat.VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Verplaatsen", Verplaatsing(nieuw, "Koningsdag"));
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        await fabriek.PasTermijnenToeAsync();

        var verplaatst = await CollegevergaderingAsync(nieuw);
        verplaatst.Id.ShouldBe(vergadering.Id);
        verplaatst.Status.ShouldBe(Vergaderstatus.Verplaatst);
        verplaatst.OorspronkelijkeDatum.ShouldBe(bw);
        verplaatst.Aanvang.ShouldBe(new TimeOnly(10, 0));
        verplaatst.Reden.ShouldBe("Koningsdag");
        foreach (var (id, taakId, steller) in new[] { (eerste, taken[0], "R.B.M. Janzen"), (tweede, taken[1], "S. de Wit") })
        {
            var v = await _route.LaadAsync(id);
            v.GeplandBw.ShouldBe(nieuw);
            v.Taken.Single(t => t.Id == taakId).Deadline.ShouldBe(nieuw);
            var regel = v.Gebeurtenissen.OrderBy(g => g.Id).Last();
            regel.Soort.ShouldBe(nameof(VergaderingVerplaatst));
            regel.Reden.ShouldBe("Koningsdag");
            (await Escalatie(taakId)).ShouldBe(planner.EscalatieOp(nieuw));
            var mail = (await VerplaatstmailsAsync(id)).ShouldHaveSingleItem();
            mail.AanNaam.ShouldBe(steller);
            mail.Tekst.ShouldContain($"is verplaatst naar de vergadering van het college van B&W van {nieuw.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"))}");
            mail.Tekst.ShouldContain("Koningsdag");
        }
    }

    [Fact]
    public async Task Annuleren_vraagt_een_reden_en_verplaatst_de_voorstellen_naar_de_volgende_vergadering()
    {
        var bw = Dinsdag(63);
        var id = await BijHetCollegeAsync("steller", $"Geannuleerd {Guid.NewGuid():N}", bw);
        var vergadering = await CollegevergaderingAsync(bw);
        var volgende = bw.AddDays(7);
        var secretariaat = await _route.AlsAsync("secretariaat");

        var bevestiging = await secretariaat.PaginaAsync($"/Vergaderingen/{vergadering.Id}/Annuleren");
        bevestiging.QuerySelector("[data-volgende]")!.GetAttribute("data-volgende").ShouldBe(D(volgende));
        bevestiging.QuerySelector($"[data-voorstel='{id}']").ShouldNotBeNull();

        var zonderReden = await secretariaat.VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Annuleren", new() { ["Reden"] = "  " });
        zonderReden.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(zonderReden)).QuerySelector("[data-valmsg-for='Reden']")!.TextContent
            .ShouldBe("Vul de reden in; de stellers krijgen die te lezen.");
        (await CollegevergaderingAsync(bw)).Status.ShouldBe(Vergaderstatus.Gepland);
        (await _route.LaadAsync(id)).GeplandBw.ShouldBe(bw);

        var antwoord = await secretariaat.VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Annuleren", new() { ["Reden"] = "Zomerreces van het college" });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        var geannuleerd = await CollegevergaderingAsync(bw);
        geannuleerd.Status.ShouldBe(Vergaderstatus.Geannuleerd);
        geannuleerd.Reden.ShouldBe("Zomerreces van het college");
        var v = await _route.LaadAsync(id);
        v.GeplandBw.ShouldBe(volgende);
        v.Taken.Single(t => t.IsOpen).Deadline.ShouldBe(volgende);
        (await VerplaatstmailsAsync(id)).ShouldHaveSingleItem().Tekst.ShouldContain("Zomerreces van het college");

        // Cancelled is final: the page refuses a second cancellation and a move.
        var nogmaals = await secretariaat.VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Annuleren", new() { ["Reden"] = "Nog eens" });
        nogmaals.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(nogmaals)).QuerySelector(".foutsamenvatting")!.TextContent.ShouldContain("Deze vergadering is geannuleerd.");
        (await VerplaatstmailsAsync(id)).Count.ShouldBe(1);
    }

    /// <summary>A proposal of this steller planned on the B&amp;W meeting of <paramref name="bw"/>, in advice (juridisch).</summary>
    private async Task<int> InAdviesAsync(string steller, string onderwerp, DateOnly bw)
    {
        var velden = Route.VolledigVoorstel(onderwerp);
        velden["Invoer.GeplandBw"] = D(bw);
        velden["Invoer.Aspecten[4].AdviesGevraagd"] = "true"; // juridisch
        var id = await _route.IndienenAsync(steller, velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        (await _route.LaadAsync(id)).Status.ShouldBe("InAdvies");
        return id;
    }

    /// <summary>The advice gate's latest day as the proposal page's planning table shows it.</summary>
    private async Task<string> AdviesUiterlijkOpDePaginaAsync(int id) =>
        (await (await _route.AlsAsync("secretariaat")).PaginaAsync($"/Voorstellen/{id}"))
            .QuerySelector("#planning tr[data-poort='InAdvies'] td:nth-child(2)")!.TextContent.Trim();

    [Fact]
    public async Task Verplaatste_collegevergadering_verzet_de_adviestermijnen_en_hun_escalatie_naar_de_nieuwe_terugrekenplanning()
    {
        // Today is Wednesday 10 June 2026. B&W of Tuesday 23 June closes on 16 June; the last DT before that (Monday 15
        // June) closes today, so advice asked today is due today (ten working days would run to 24 June).
        var bw = Dinsdag(13);
        bw.ShouldBe(new DateOnly(2026, 6, 23));
        var eerste = await InAdviesAsync("steller", $"Advies verplaatst A {Guid.NewGuid():N}", bw);
        var tweede = await InAdviesAsync("steller2", $"Advies verplaatst B {Guid.NewGuid():N}", bw);
        var planner = fabriek.Services.GetRequiredService<TermijnPlanner>();
        var scheduler = await fabriek.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        async Task<DateTimeOffset?> Escalatie(int taakId) =>
            (await scheduler.GetTrigger(new TriggerKey(TermijnPlanner.Sleutel(TermijnPlanner.Escalatie, taakId).Name, TermijnPlanner.Groep)))?.StartTimeUtc;
        await fabriek.PasTermijnenToeAsync();
        var was = DateOnly.Parse(Route.Datum(0));
        var taken = new List<int>();
        foreach (var id in new[] { eerste, tweede })
        {
            var advies = (await _route.LaadAsync(id)).Taken.Single(t => t.IsOpen && t.Soort == Taaksoorten.Advies);
            advies.Deadline.ShouldBe(was);
            (await Escalatie(advies.Id)).ShouldBe(planner.EscalatieOp(was));
            (await AdviesUiterlijkOpDePaginaAsync(id)).ShouldBe(NlDatum(was));
            taken.Add(advies.Id);
        }
        var vergadering = await CollegevergaderingAsync(bw);

        // Two days later, with the agenda closing on the old meeting day: the last DT before that is 22 June, closing 17 June.
        var nieuw = bw.AddDays(2);
        var verplaatsing = Verplaatsing(nieuw, "Werkbezoek van het college");
        verplaatsing["Invoer.Sluitingsdatum"] = D(bw);
        var antwoord = await (await _route.AlsAsync("secretariaat")).VerstuurAsync($"/Vergaderingen/{vergadering.Id}/Verplaatsen", verplaatsing);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(antwoord));
        await fabriek.PasTermijnenToeAsync();

        var uiterlijk = was.AddDays(7);
        foreach (var (id, taakId) in new[] { (eerste, taken[0]), (tweede, taken[1]) })
        {
            var v = await _route.LaadAsync(id);
            v.GeplandBw.ShouldBe(nieuw);
            v.Taken.Single(t => t.Id == taakId).Deadline.ShouldBe(uiterlijk);
            (await Escalatie(taakId)).ShouldBe(planner.EscalatieOp(uiterlijk));
            (await AdviesUiterlijkOpDePaginaAsync(id)).ShouldBe(NlDatum(uiterlijk));
            (await VerplaatstmailsAsync(id)).ShouldHaveSingleItem().Tekst.ShouldContain("Werkbezoek van het college");
        }
    }
}
