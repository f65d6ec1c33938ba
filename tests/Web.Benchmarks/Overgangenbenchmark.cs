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
/// Per level, pairs of rounds: a baseline round and a round of transitions (on proposals in advies made through the
/// domain code), in alternating order, each pair under the same load; the ratio is taken per pair and its median is
/// the figure (one short baseline round on a shared 2-core machine moved it by 4x). Budget: with 8 clients at least
/// 0.25x the baseline's throughput, p95 at most 50 ms, at most 10 SQL per POST.
/// </summary>
public static class Overgangenbenchmark
{
    public const string Referentie = "Basis 8 klanten";
    private static readonly int[] Niveaus = [1, 4, 8];
    /// <summary>Baseline requests per advice POST in a pair: the baseline round lasts about as long as the transitions round.</summary>
    private const int BasisPerAdvies = 40;

    private sealed record Werk(int VoorstelId, int TaakId, int Revisie, string Adviseur);

    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        using var host = new Benchmarkhost(opties);
        host.StartServer();
        await Verzoekmeter.MaakSchrijfproefAsync(host.Services);
        var niveaus = opties.Klanten ?? Niveaus;
        var paren = opties.Herhalingen;
        // Per level --verzoeken advice POSTs (and as many remarks, each on its own proposal), spread over the pairs.
        int PerKlant(int n) => Math.Max(2, (int)Math.Ceiling(opties.Verzoeken / (double)(n * paren)));
        // The warm-up rounds before each level's pairs use proposals as the pairs' rounds do.
        var opwarmrondes = opties.Opwarmrondes;
        var nodig = niveaus.Sum(n => n * PerKlant(n) * (paren + opwarmrondes));
        var start = Stopwatch.StartNew();
        var werk = new ConcurrentQueue<Werk>(await GenereerAsync(host.Services, nodig));
        uit.WriteLine($"Gegenereerd via de domeincode: {werk.Count} adviestaken op {nodig} voorstellen in advies in {start.Elapsed.TotalSeconds:0.0} s");

        var adviseurs = werk.Select(w => w.Adviseur).Distinct().ToList();
        var uitslagen = new List<Uitslag>();
        foreach (var n in niveaus)
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

            var perKlant = PerKlant(n);
            Task<Ronde> Basis() => RondeAsync(host, n, perKlant * BasisPerAdvies, async (k, i, id) =>
                await klanten[k].Values.First().PostAsync(Verzoekmeter.SchrijfPad, [], id, zonderToken: true));
            Task<Ronde> Overgangen(int rondes = 1) => RondeAsync(host, n, perKlant * 2 * rondes, async (k, i, id) =>
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

            // A server runs for days: what it costs then is the figure, not the runtime still compiling. Unmeasured
            // rounds of both sides, the same size and order as the pairs, until the tiered JIT has recompiled the hot
            // code (printed per round, so the reader sees the CPU per request settle and the JIT go quiet). With 80
            // transitions a round (8 clients), the JIT still compiled 300-900 methods a round for the first ~15 rounds
            // and then tens at most; CPU per transition fell from ~5 to ~2 ms and per baseline INSERT from ~0.8 to
            // ~0.15 ms (issue 12, P1, session 18).
            for (var w = 0; w < opwarmrondes; w++)
            {
                var jitVoor = Jit.Nu();
                if (opties.AlleenOvergangen)
                {
                    var o = await Overgangen();
                    uit.WriteLine($"  {n} klant(en), opwarmen {w + 1}/{opwarmrondes} (niet gemeten): CPU per verzoek overgangen " +
                                  $"{o.CpuMsPerVerzoek:0.00} ms ({o.Aantal}); {Jit.Nu() - jitVoor}; loadavg {Belasting()}");
                    continue;
                }
                var (basis, overgangen) = w % 2 == 0 ? (await Basis(), await Overgangen()) : Omgekeerd(await Overgangen(), await Basis());
                uit.WriteLine($"  {n} klant(en), opwarmen {w + 1}/{opwarmrondes} (niet gemeten): CPU per verzoek basis {basis.CpuMsPerVerzoek:0.00} ms " +
                              $"({basis.Aantal}), overgangen {overgangen.CpuMsPerVerzoek:0.00} ms ({overgangen.Aantal}); {Jit.Nu() - jitVoor}; loadavg {Belasting()}");
            }
            if (opties.AlleenOvergangen)
            {
                // To profile the transitions: after the warm-up (transitions only), all of this level's work in one round,
                // no baseline, no ratio.
                uit.WriteLine($"{n} klant(en): start van de overgangen (loadavg {Belasting()})");
                var r = await Overgangen(paren);
                uit.WriteLine($"{n} klant(en), alleen overgangen: {r.Aantal} in {r.Duur.TotalSeconds:0.00} s, CPU per verzoek {r.CpuMsPerVerzoek:0.00} ms; loadavg {Belasting()}");
                uitslagen.Add(Rij($"Advies {n} klanten", "POST /Voorstellen/{id}/Actie/AdviesUitbrengen", r.Metingen["-a"], true));
                uitslagen.Add(Rij($"Opmerking {n} klanten", "POST /Voorstellen/{id}/Opmerking", r.Metingen["-o"], true));
                continue;
            }
            var basisMetingen = new List<Verzoekmeter.Verzoekmeting>();
            var advies = new List<Verzoekmeter.Verzoekmeting>();
            var opmerking = new List<Verzoekmeter.Verzoekmeting>();
            var verhoudingen = new List<double>();
            var cpuBasis = new List<double>();
            var cpuOvergangen = new List<double>();
            for (var p = 0; p < paren; p++)
            {
                // Alternating order, so neither side always runs right after the other (a WAL checkpoint, a GC).
                Ronde basis, overgangen;
                string belastingBasis, belastingOvergangen;
                var jit = Jit.Nu();
                if (p % 2 == 0)
                {
                    basis = await Basis();
                    belastingBasis = Belasting();
                    overgangen = await Overgangen();
                    belastingOvergangen = Belasting();
                }
                else
                {
                    overgangen = await Overgangen();
                    belastingOvergangen = Belasting();
                    basis = await Basis();
                    belastingBasis = Belasting();
                }
                basisMetingen.AddRange(basis.Metingen[""]);
                advies.AddRange(overgangen.Metingen["-a"]);
                opmerking.AddRange(overgangen.Metingen["-o"]);
                var perSecBasis = basis.Aantal / basis.Duur.TotalSeconds;
                var perSec = overgangen.Aantal / overgangen.Duur.TotalSeconds;
                verhoudingen.Add(perSec / perSecBasis);
                cpuBasis.Add(basis.CpuMsPerVerzoek);
                cpuOvergangen.Add(overgangen.CpuMsPerVerzoek);
                uit.WriteLine($"  {n} klant(en), paar {p + 1}/{paren}: basis {perSecBasis:0}/s ({basis.Aantal} in {basis.Duur.TotalSeconds:0.00} s, " +
                              $"loadavg {belastingBasis}); overgangen {perSec:0}/s ({overgangen.Aantal} in {overgangen.Duur.TotalSeconds:0.00} s, " +
                              $"loadavg {belastingOvergangen}) = {perSec / perSecBasis:0.000}x; CPU per verzoek basis {basis.CpuMsPerVerzoek:0.00} ms, " +
                              $"overgangen {overgangen.CpuMsPerVerzoek:0.00} ms; {Jit.Nu() - jit}");
            }
            var mediaan = Mediaan(verhoudingen);
            uitslagen.Add(Rij($"Basis {n} klanten", "POST " + Verzoekmeter.SchrijfPad, basisMetingen, false));
            uitslagen.Add(Rij($"Advies {n} klanten", "POST /Voorstellen/{id}/Actie/AdviesUitbrengen", advies, true));
            uitslagen.Add(Rij($"Opmerking {n} klanten", "POST /Voorstellen/{id}/Opmerking", opmerking, true));
            uit.WriteLine($"{n} klant(en): overgangen (advies + opmerking) / basis (INSERT+COMMIT), mediaan van {paren} paren " +
                          $"{mediaan:0.000}x (min {verhoudingen.Min():0.000}, max {verhoudingen.Max():0.000})" +
                          $"{(n == 8 ? $" (budget >= 0.25x: {(mediaan >= 0.25 ? "PASS" : "FAIL")})" : "")}; loadavg {Belasting()}");
            // What the machine's load cannot move much: the CPU each request costs the process (client, server, SQLite).
            uit.WriteLine($"{n} klant(en): CPU per verzoek (mediaan) basis {Mediaan(cpuBasis):0.00} ms, overgangen {Mediaan(cpuOvergangen):0.00} ms: " +
                          $"basis / overgangen = {Mediaan(cpuBasis) / Mediaan(cpuOvergangen):0.000}x");
        }
        return uitslagen;
    }

    private static (Ronde, Ronde) Omgekeerd(Ronde overgangen, Ronde basis) => (basis, overgangen);

    /// <summary>
    /// How many methods the runtime's JIT has compiled so far in this process (tier 0, tier-1 recompilations, OSR,
    /// dynamic methods): in a steady state it compiles next to nothing. Its compilation time is left out: that is wall
    /// time, which a loaded machine stretches.
    /// </summary>
    private readonly record struct Jit(long Methoden)
    {
        public static Jit Nu() => new(System.Runtime.JitInfo.GetCompiledMethodCount());

        public static Jit operator -(Jit na, Jit voor) => new(na.Methoden - voor.Methoden);

        public override string ToString() => $"JIT {Methoden} methoden";
    }

    private static double Mediaan(List<double> waarden)
    {
        var g = waarden.Order().ToList();
        return g.Count % 2 == 1 ? g[g.Count / 2] : (g[g.Count / 2 - 1] + g[g.Count / 2]) / 2;
    }

    private static string Belasting() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static Uitslag Rij(string naam, string url, List<Verzoekmeter.Verzoekmeting> m, bool tegenBudget) =>
        new(naam, url, m.Select(x => x.ServerMs).ToList(), m.Select(x => x.ServerMs).ToList(), m.Select(x => x.Sql).ToList(),
            m.Select(x => x.SqlMs).ToList(), tegenBudget);

    /// <param name="Cpu">The process's CPU time in the round (client, server and SQLite; not a PostgreSQL server's).</param>
    private sealed record Ronde(int Aantal, TimeSpan Duur, TimeSpan Cpu, Dictionary<string, List<Verzoekmeter.Verzoekmeting>> Metingen)
    {
        public double CpuMsPerVerzoek => Cpu.TotalMilliseconds / Aantal;
    }

    /// <summary><paramref name="n"/> clients at once, each <paramref name="perKlant"/> requests in a row; the wall time of all.</summary>
    private static async Task<Ronde> RondeAsync(Benchmarkhost host, int n, int perKlant, Func<int, int, string, Task> verzoek, string[]? sub = null)
    {
        sub ??= [""];
        var ids = new ConcurrentBag<string>();
        using var proces = Process.GetCurrentProcess();
        var cpu = proces.TotalProcessorTime;
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
        proces.Refresh();
        cpu = proces.TotalProcessorTime - cpu;
        var metingen = sub.ToDictionary(s => s, _ => new List<Verzoekmeter.Verzoekmeting>());
        foreach (var id in ids)
            foreach (var s in sub) metingen[s].Add(await host.Meter.NeemAsync(id + s));
        return new Ronde(ids.Count * sub.Length, duur, cpu, metingen);
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
