using System.Diagnostics;
using System.Net;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Issue 9's speed figure: the project page and the board for many projects with many trajecten each, against the
/// budget of the overview (p95 of the server time at most 20 ms), with the overview itself and an endpoint that only
/// runs one query as baselines in the same run. The projectleider reads the projects; the bestuurssecretariaat the
/// overview (the projectleider may not).
/// </summary>
public static class Projectenbenchmark
{
    /// <summary>The page whose budget the issue names; the table gives each page's p95 as a multiple of its p95.</summary>
    public const string Referentie = "Overzicht";

    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        var klok = Stopwatch.StartNew();
        using var host = new Benchmarkhost(opties);
        host.StartServer();
        uit.WriteLine($"App gestart op een nieuwe {opties.Provider}-database (gemigreerd, demo-organisatie): {klok.Elapsed.TotalSeconds:0.0} s");

        var data = await new Projectgenerator(host.Services, opties).GenereerAsync();
        uit.WriteLine($"Gegenereerd via de domeincode: {data.ProjectIds.Count} projecten, {data.Trajecten} trajecten, " +
                      $"{data.Stapbezoeken} stapbezoeken, {data.Tijdlijnregels} tijdlijnregels in {data.Duur.TotalSeconds:0.0} s " +
                      $"({data.TeLaat} met de huidige stap te laat, {data.WachtOpBesluit} wachtend op een besluit, {data.Afgerond} afgerond)");

        var projectleider = await Meetklant.IngelogdAlsAsync(host, "projectleider");
        var secretariaat = await Meetklant.IngelogdAlsAsync(host, "secretariaat");
        var willekeur = new Random(opties.Zaad);
        var volgorde = Enumerable.Range(0, opties.Opwarmen + opties.Verzoeken)
            .Select(_ => data.ProjectIds[willekeur.Next(data.ProjectIds.Count)]).ToArray();
        string Project(int i) => $"/Projecten/{volgorde[i]}";
        string Bord(int i) => $"/Projecten/{volgorde[i]}/Bord";

        // The board comes with another change; until it is there (or while it fails) the table says so and the rest is measured.
        var bordStatus = await projectleider.StatusAsync(Bord(0));
        var bord = bordStatus == HttpStatusCode.OK;
        var doelen = new List<Meetdoel>
        {
            new("Basis: 1 query", Verzoekmeter.BasisPad, projectleider, _ => Verzoekmeter.BasisPad, false),
            new(Referentie, "/Overzicht", secretariaat, _ => "/Overzicht", false),
            new("Dashboard", "/Dashboard", secretariaat, _ => "/Dashboard", true),
            new("Projectenlijst", "/Projecten", projectleider, _ => "/Projecten", true),
            new("Projectpagina", "/Projecten/{id}", projectleider, Project, true),
        };
        if (bord) doelen.Add(new Meetdoel("Bord", "/Projecten/{id}/Bord", projectleider, Bord, true));
        var uitslagen = (await Meetronde.MeetAsync(host, doelen, opties.Verzoeken, opties.Opwarmen)).ToList();
        if (!bord)
            uitslagen.Add(Uitslag.NietBeschikbaar("Bord", "/Projecten/{id}/Bord",
                bordStatus == HttpStatusCode.NotFound ? "niet beschikbaar (404)" : $"niet gemeten: HTTP {(int)bordStatus}"));

        if (opties.ToonSql)
            foreach (var (klant, url) in new[] { (secretariaat, "/Overzicht"), (projectleider, Project(0)) }.Concat(bord ? [(projectleider, Bord(0))] : []))
            {
                var commando = await klant.SqlVanAsync(url);
                uit.WriteLine($"{Environment.NewLine}SQL van GET {url} ({commando.Count} opdrachten):");
                foreach (var (c, i) in commando.Select((c, i) => (c, i + 1)))
                    uit.WriteLine($"-- {i}{(c.Ms is { } ms ? $" ({ms:0.00} ms)" : "")}{Environment.NewLine}{c.Sql}");
            }
        return uitslagen;
    }
}
