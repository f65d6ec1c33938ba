using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Issue 12's P1: advice and remark POSTs through HTTP by 1, 4 and 8 concurrent advisors, against an endpoint in the
/// same host that does one INSERT and COMMIT per request on the same database (<see cref="Verzoekmeter.SchrijfPad"/>).
/// Each level runs the baseline and then the transitions, on proposals in advies made through the domain code.
/// Budget: with 8 clients at least 0.25x the baseline's throughput, p95 at most 50 ms, at most 10 SQL per POST.
/// </summary>
public static class Overgangenbenchmark
{
    public const string Referentie = "Basis 8 klanten";
    private static readonly int[] Niveaus = [1, 4, 8];

    private sealed record Werk(int VoorstelId, int TaakId, int Revisie, string Adviseur);

    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        using var host = new Benchmarkhost(opties);
        host.StartServer();
        await Verzoekmeter.MaakSchrijfproefAsync(host.Services);
        // Per level: every client posts this many advices and as many remarks (each on its own proposal).
        var perKlant = Math.Max(5, opties.Verzoeken / 10);
        var nodig = Niveaus.Sum(n => n * perKlant);
        var start = Stopwatch.StartNew();
        var werk = new ConcurrentQueue<Werk>(await GenereerAsync(host.Services, nodig));
        uit.WriteLine($"Gegenereerd via de domeincode: {werk.Count} adviestaken op {nodig} voorstellen in advies in {start.Elapsed.TotalSeconds:0.0} s");

        var adviseurs = werk.Select(w => w.Adviseur).Distinct().ToList();
        var uitslagen = new List<Uitslag>();
        foreach (var n in Niveaus)
        {
            var klanten = new List<Dictionary<string, Meetklant>>();
            for (var k = 0; k < n; k++)
            {
                var perAdviseur = new Dictionary<string, Meetklant>();
                foreach (var a in adviseurs) perAdviseur[a] = await Meetklant.IngelogdAlsAsync(host, a);
                klanten.Add(perAdviseur);
            }
            // Warm up each client's antiforgery token (a GET of a form; not measured).
            foreach (var k in klanten)
                foreach (var (a, klant) in k)
                    await klant.TokenAsync($"/Voorstellen/{werk.First(w => w.Adviseur == a).VoorstelId}/Actie/{Triggers.AdviesUitbrengen}");

            var basis = await RondeAsync(host, n, perKlant * 2, async (k, i, id) =>
                await klanten[k].Values.First().PostAsync(Verzoekmeter.SchrijfPad, [], id, zonderToken: true));
            var advies = new List<(double, double, int, double)>();
            var opmerking = new List<(double, double, int, double)>();
            var overgangen = await RondeAsync(host, n, perKlant * 2, async (k, i, id) =>
            {
                if (!werk.TryDequeue(out var w)) throw new InvalidOperationException("Te weinig gegenereerde voorstellen.");
                var klant = klanten[k][w.Adviseur];
                await klant.PostAsync($"/Voorstellen/{w.VoorstelId}/Actie/{Triggers.AdviesUitbrengen}", new()
                {
                    ["Invoer.Revisie"] = w.Revisie.ToString(CultureInfo.InvariantCulture),
                    ["Invoer.TaakId"] = w.TaakId.ToString(CultureInfo.InvariantCulture),
                    ["Invoer.Instemming"] = "true", ["Invoer.Opmerking"] = "Akkoord.",
                }, id + "-a");
                await klant.PostAsync($"/Voorstellen/{w.VoorstelId}/Opmerking", new() { ["Tekst"] = "Nog een opmerking bij het advies." }, id + "-o");
            }, sub: ["-a", "-o"]);
            uitslagen.Add(Rij($"Basis {n} klanten", "POST " + Verzoekmeter.SchrijfPad, basis.Metingen[""], false));
            uitslagen.Add(Rij($"Advies {n} klanten", "POST /Voorstellen/{id}/Actie/AdviesUitbrengen", overgangen.Metingen["-a"], true));
            uitslagen.Add(Rij($"Opmerking {n} klanten", "POST /Voorstellen/{id}/Opmerking", overgangen.Metingen["-o"], true));
            var perSecBasis = basis.Aantal / basis.Duur.TotalSeconds;
            var perSec = overgangen.Aantal / overgangen.Duur.TotalSeconds;
            uit.WriteLine($"{n} klant(en): basis {perSecBasis:0} INSERT+COMMIT/s; overgangen (advies + opmerking) {perSec:0}/s = " +
                          $"{perSec / perSecBasis:0.00}x de basis{(n == 8 ? $" (budget >= 0.25x: {(perSec / perSecBasis >= 0.25 ? "PASS" : "FAIL")})" : "")}; " +
                          $"loadavg {Belasting()}");
        }
        return uitslagen;
    }

    private static string Belasting() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static Uitslag Rij(string naam, string url, List<Verzoekmeter.Verzoekmeting> m, bool tegenBudget) =>
        new(naam, url, m.Select(x => x.ServerMs).ToList(), m.Select(x => x.ServerMs).ToList(), m.Select(x => x.Sql).ToList(),
            m.Select(x => x.SqlMs).ToList(), tegenBudget);

    private sealed record Ronde(int Aantal, TimeSpan Duur, Dictionary<string, List<Verzoekmeter.Verzoekmeting>> Metingen);

    /// <summary><paramref name="n"/> clients at once, each <paramref name="perKlant"/> requests in a row; the wall time of all.</summary>
    private static async Task<Ronde> RondeAsync(Benchmarkhost host, int n, int perKlant, Func<int, int, string, Task> verzoek, string[]? sub = null)
    {
        sub ??= [""];
        var ids = new ConcurrentBag<string>();
        var klok = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, n).Select(k => Task.Run(async () =>
        {
            for (var i = 0; i < perKlant / sub.Length; i++)
            {
                var id = $"p1-{Guid.NewGuid():N}";
                await verzoek(k, i, id);
                ids.Add(id);
            }
        })));
        var duur = klok.Elapsed;
        var metingen = sub.ToDictionary(s => s, _ => new List<Verzoekmeter.Verzoekmeting>());
        foreach (var id in ids)
            foreach (var s in sub) metingen[s].Add(await host.Meter.NeemAsync(id + s));
        return new Ronde(ids.Count * sub.Length, duur, metingen);
    }

    /// <summary>Proposals submitted by the steller and initialled by the afdelingshoofd: in advies, their advice tasks open.</summary>
    private static async Task<List<Werk>> GenereerAsync(IServiceProvider diensten, int aantal)
    {
        var werk = new List<Werk>();
        using var basis = diensten.CreateScope();
        var db = basis.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var planning = await Demoplanning.LaadAsync(db);
        var vandaag = DateOnly.FromDateTime(diensten.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var bw = planning.College(vandaag.AddDays(28));
        var afdeling = await db.Afdelingen.Where(a => a.Naam == "Maatschappelijke Ontwikkeling").Select(a => a.Id).SingleAsync();
        var team = await db.Teams.Where(t => t.Code == "MOADO").Select(t => t.Id).SingleAsync();
        var namen = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
        async Task<Besluitvorming.Workflows.Organisatie.Actor> Als(BesluitvormingDbContext d, string naam) =>
            await ActorLader.LaadAsync(d, namen.Single(p => p.Value == naam).Key);
        for (var i = 0; werk.Count < aantal; i++)
        {
            using var scope = diensten.CreateScope();
            var d = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var dienst = scope.ServiceProvider.GetRequiredService<VoorstelDienst>();
            var (v, _) = await dienst.MaakConceptAsync(Guid.NewGuid(), new VoorstelInhoud
            {
                Onderwerp = $"Benchmark overgangen {i}", AfdelingId = afdeling, TeamId = team, Programma = "Sociaal domein",
                Openbaarheid = Openbaarheid.Ja, GeplandDt = planning.DirectieteamVoor(bw), GeplandBw = bw,
                Portefeuillehouder = "H. Brauer", Behandelwijze = Behandelwijze.Akkoord, Dictum = ["Instemmen met de aanpak."],
                SamenvattingWatEnWaarom = "Omdat het nodig is.", SamenvattingHoe = "Stap voor stap.", Aanleiding = "Een aanleiding.",
                BudgettaireConsequenties = false, FormatieveConsequenties = false,
                // Asked by the steller: two advice tasks, so an advice leaves the proposal in advies (the same work each time).
                Aspecten = new Dictionary<Aspect, (string?, bool)> { [Aspect.Juridisch] = ("Graag een toets.", true), [Aspect.Communicatie] = ("Graag een blik.", true) },
            }, await Als(d, "steller"));
            await dienst.VoerAsync(v.Id, Triggers.Indienen, new ActieInvoer(), await Als(d, "steller"));
            v = await dienst.VoerAsync(v.Id, Triggers.Paraferen, new ActieInvoer(), await Als(d, "afdelingshoofd"));
            // The last advice task of each proposal; with more than one, the round stays open: the same work each time.
            var open = v.Taken.Where(t => t.IsOpen && t.Aspect is not null).OrderBy(t => t.Id).ToList();
            if (open.Count == 0) throw new InvalidOperationException("Het gegenereerde voorstel vraagt geen advies.");
            var taak = open[^1];
            werk.Add(new Werk(v.Id, taak.Id, v.Revisie, namen[taak.HouderId]));
        }
        return werk;
    }
}
