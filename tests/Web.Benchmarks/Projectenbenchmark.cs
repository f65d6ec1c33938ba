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
    public static async Task<IReadOnlyList<Uitslag>> MeetAsync(Opties opties, TextWriter uit)
    {
        var klok = Stopwatch.StartNew();
        using var host = new Benchmarkhost(opties);
        host.StartServer();
        uit.WriteLine($"App gestart op een nieuwe {opties.Provider}-database (gemigreerd, demo-organisatie): {klok.Elapsed.TotalSeconds:0.0} s");

        var data = await new Projectgenerator(host.Services, opties).GenereerAsync();
        uit.WriteLine($"Gegenereerd via de domeincode: {data.ProjectIds.Count} projecten, {data.Trajecten} trajecten, " +
                      $"{data.Stapbezoeken} stapbezoeken, {data.Tijdlijnregels} tijdlijnregels in {data.Duur.TotalSeconds:0.0} s");

        var projectleider = await Meetklant.IngelogdAlsAsync(host, "projectleider");
        var secretariaat = await Meetklant.IngelogdAlsAsync(host, "secretariaat");
        var willekeur = new Random(opties.Zaad);
        var volgorde = Enumerable.Range(0, opties.Opwarmen + opties.Verzoeken)
            .Select(_ => data.ProjectIds[willekeur.Next(data.ProjectIds.Count)]).ToArray();
        string Project(int i) => $"/Projecten/{volgorde[i]}";
        string Bord(int i) => $"/Projecten/{volgorde[i]}/Bord";

        var uitslagen = new List<Uitslag>
        {
            await projectleider.MeetAsync("Basis: 1 query", Verzoekmeter.BasisPad, _ => Verzoekmeter.BasisPad, opties.Verzoeken, opties.Opwarmen, false),
            await secretariaat.MeetAsync("Overzicht", "/Overzicht", _ => "/Overzicht", opties.Verzoeken, opties.Opwarmen, false),
            await projectleider.MeetAsync("Projectenlijst", "/Projecten", _ => "/Projecten", opties.Verzoeken, opties.Opwarmen, true),
            await projectleider.MeetAsync("Projectpagina", "/Projecten/{id}", Project, opties.Verzoeken, opties.Opwarmen, true),
        };
        uitslagen.Add(await projectleider.StatusAsync(Bord(0)) == HttpStatusCode.NotFound
            ? Uitslag.NietBeschikbaar("Bord", "/Projecten/{id}/Bord", "niet beschikbaar (404)")
            : await projectleider.MeetAsync("Bord", "/Projecten/{id}/Bord", Bord, opties.Verzoeken, opties.Opwarmen, true));
        return uitslagen;
    }
}
