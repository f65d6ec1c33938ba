using System.Diagnostics;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Generates the history of a municipality for the overview: N collegevoorstellen through the Voorstel aggregate's own
/// verbs (<see cref="Voorstel.NieuwConcept"/>, <see cref="Voorstel.Voer"/>, <see cref="Voorstel.PlaatsOpmerking"/>) on a
/// clock that moves through the past, so every task, holder, deadline and timeline line is what real use writes. About
/// 2,000 proposals a year: the older ones are decided, those of the last three months are somewhere on their route
/// (so the open work, and a holder's task list, is what one organisation has at a time, whatever the history's length).
/// Built in memory batch by batch while the previous batch is saved (AddRange + one SaveChanges per batch); the
/// gate rules the service checks before a verb are not run (the content is chosen to pass them).
/// </summary>
public sealed class Overzichtgenerator(IServiceProvider services, int aantal, int gebeurtenissenPerVoorstel, int zaad)
{
    /// <summary>Part of the cache key: raise it when the generated data changes.</summary>
    public const int Versie = 2;
    public const int PerJaar = 2000;
    public const int Batch = 500;
    public static readonly string[] Zoekwoorden = ["Buurthuis", "Sportpark", "Bibliotheek", "Fietspad", "Speeltuin", "Begraafplaats",
        "Zwembad", "Kinderopvang", "Dorpsplein", "Muziekschool"];
    private static readonly string[] Kernen = ["Oss", "Berghem", "Megen", "Haren", "Macharen", "Ravenstein", "Herpen", "Lith", "Geffen", "Heesch"];

    public sealed record Resultaat(int Voorstellen, int Tijdlijnregels, int OpenTaken, TimeSpan Duur);

    private sealed class Klok(DateTime nu) : TimeProvider
    {
        public DateTime Nu { get; set; } = nu;
        public override DateTimeOffset GetUtcNow() => new(Nu, TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    public async Task<Resultaat> GenereerAsync()
    {
        var start = Stopwatch.StartNew();
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var dienst = sp.GetRequiredService<VoorstelDienst>();
        var definitie = await dienst.NieuwsteDefinitieAsync();
        var nu = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var actoren = new Dictionary<string, Actor>();
        foreach (var id in await db.Users.Select(u => u.Id).ToListAsync()) actoren[id] = await ActorLader.LaadAsync(db, id);
        var stellers = actoren.Values.Where(a => a.HeeftRol(Rollen.Steller)).OrderBy(a => a.Naam).ToList();
        // Every afdeling with a team of its own (a submitted proposal names both).
        var afdelingen = await db.Teams.GroupBy(t => t.AfdelingId).Select(g => new { Afdeling = g.Key, Team = g.Min(t => t.Id) })
            .OrderBy(x => x.Afdeling).ToListAsync();
        var teams = afdelingen.ToDictionary(a => a.Afdeling, a => a.Team);
        var afdelingIds = afdelingen.Select(a => a.Afdeling).ToList();
        var projecten = await db.Projecten.OrderBy(p => p.Id).Select(p => (int?)p.Id).ToListAsync();
        // One transition context per steller (their organisation: afdelingshoofd, advisors) and afdeling (the rules' omgeving).
        var contexten = new Dictionary<(string, int), Overgangscontext>();
        foreach (var s in stellers)
            foreach (var a in afdelingIds)
            {
                var voorbeeld = Voorstel.NieuwConcept(definitie, s, Guid.NewGuid(), Inhoud(0, a, teams[a], null, 0, DateOnly.FromDateTime(nu)), nu);
                contexten[(s.Id, a)] = await dienst.ContextAsync(definitie, voorbeeld, s);
            }

        var eerste = (await db.Voorstellen.Select(v => v.Registratienummer).ToListAsync()).Count;
        int regels = 0, open = 0;
        Task<List<Voorstel>>? volgende = null;
        for (var van = 0; van < aantal; van += Batch)
        {
            var tot = Math.Min(aantal, van + Batch);
            var huidig = volgende is null ? Bouw(van, tot) : await volgende;
            // The next batch is built on the other core while this one is written.
            if (tot < aantal) { var v2 = tot; volgende = Task.Run(() => Bouw(v2, Math.Min(aantal, v2 + Batch))); }
            using var opslag = services.CreateScope();
            var odb = opslag.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            odb.ChangeTracker.AutoDetectChangesEnabled = false;
            odb.Voorstellen.AddRange(huidig);
            await odb.SaveChangesAsync();
            regels += huidig.Sum(v => v.Gebeurtenissen.Count);
            open += huidig.Sum(v => v.OpenTaken.Count());
        }
        // The proposals' domain events were dropped with the rest of what VoorstelDienst would react to: the overview's
        // kept count per project is told here instead.
        services.GetRequiredService<Besluitvorming.Web.Pages.Overzicht.Overzichtcache>().Vervallen();
        return new Resultaat(aantal, regels, open, start.Elapsed);

        List<Voorstel> Bouw(int van, int tot) =>
            Enumerable.Range(van, tot - van).Select(i => Maak(i, definitie, nu, stellers, afdelingIds, teams, projecten, contexten, actoren)).ToList();
    }

    private Voorstel Maak(int i, WorkflowDefinitie definitie, DateTime nu, List<Actor> stellers, List<int> afdelingen, Dictionary<int, int> teams, List<int?> projecten,
        Dictionary<(string, int), Overgangscontext> contexten, Dictionary<string, Actor> actoren)
    {
        var willekeur = new Random(zaad * 1_000_003 + i);
        // Oldest first: proposal i starts (aantal - i) / PerJaar years ago, give or take a day.
        var dagenGeleden = (aantal - i) * 365.0 / PerJaar + willekeur.NextDouble();
        var klok = new Klok(nu.AddDays(-dagenGeleden).AddHours(-willekeur.Next(8)));
        var steller = stellers[i % stellers.Count];
        var afdelingId = afdelingen[willekeur.Next(afdelingen.Count)];
        var projectId = willekeur.Next(4) == 0 ? null : projecten[willekeur.Next(projecten.Count)];
        var basis = contexten[(steller.Id, afdelingId)] with { Klok = klok };
        Overgangscontext Als(Actor a) => basis with { Actor = a };

        var voorstel = Voorstel.NieuwConcept(definitie, steller, Guid.NewGuid(), Inhoud(i, afdelingId, teams[afdelingId], projectId, willekeur.Next(3), DateOnly.FromDateTime(klok.Nu).AddDays(35)), klok.Nu);
        void Later(int maxDagen) => klok.Nu = Min(klok.Nu.AddHours(2 + willekeur.Next(maxDagen * 24)), nu);
        // The route of a recent proposal stops where it is today; an older one runs to its decision.
        var jaar = klok.Nu.Year;
        voorstel.KenRegistratienummerToe(Registratienummers.Maak(jaar, 10_000 + i));
        Later(3);
        voorstel.Voer(Triggers.Indienen, new ActieInvoer(), Als(steller));
        var opmerkingen = Math.Max(0, gebeurtenissenPerVoorstel - 12);
        for (var stap = 0; stap < 12 && !voorstel.IsBeeindigd(definitie) && klok.Nu < nu; stap++)
        {
            Later(6);
            if (klok.Nu >= nu) break;
            var taak = voorstel.OpenTaken.FirstOrDefault(t => t.Status == voorstel.Status);
            if (taak is null) break;
            var actor = actoren[taak.HouderId];
            var acties = voorstel.ToegestaneActies(definitie, actor).Select(o => o.Trigger).ToHashSet();
            var trigger = new[] { Triggers.Paraferen, Triggers.AdviesUitbrengen, Triggers.DirectiebesluitVastleggen, Triggers.OrAdviesVastleggen,
                Triggers.Instemmen, Triggers.RaadVaststellen }.FirstOrDefault(acties.Contains);
            if (trigger is null) break;
            // Remarks of the steller along the way: the long timelines of real proposals (questions, agreements, planning).
            // Before the college decides the timeline is filled up to its length, the last lines being the decision's.
            var doel = voorstel.Status == "CollegeVanBW" ? gebeurtenissenPerVoorstel - 3
                : Math.Min(gebeurtenissenPerVoorstel - 6, voorstel.Gebeurtenissen.Count + opmerkingen / 6);
            for (var k = 0; voorstel.Gebeurtenissen.Count < doel; k++)
                voorstel.PlaatsOpmerking($"Afgestemd met {Kernen[willekeur.Next(Kernen.Length)]}: stand van zaken {k + 1}.", Als(steller));
            var vandaag = DateOnly.FromDateTime(klok.Nu);
            voorstel.Voer(trigger, new ActieInvoer
            {
                Instemming = true, Opmerking = "Akkoord.", Datum = vandaag, Tekst = "Conform advies.", Volgnummer = 1 + willekeur.Next(30),
                BehandelendTeam = "MOADO",
            }, Als(actor));
        }
        while (!voorstel.IsBeeindigd(definitie) && voorstel.Gebeurtenissen.Count < gebeurtenissenPerVoorstel && voorstel.MagOpmerkingPlaatsen(steller, definitie))
            voorstel.PlaatsOpmerking("Nagekomen: de planning is bijgewerkt.", Als(steller));
        voorstel.NeemDomeingebeurtenissen();
        return voorstel;
    }

    /// <summary>Complete content (so submission passes), with a searchable word in the subject; some ask three advisors.</summary>
    private static VoorstelInhoud Inhoud(int i, int afdelingId, int teamId, int? projectId, int soort, DateOnly bw)
    {
        var onderwerp = $"{Zoekwoorden[i % Zoekwoorden.Length]} {Kernen[i / Zoekwoorden.Length % Kernen.Length]}: voorstel {i:D5}";
        return new VoorstelInhoud
        {
            Onderwerp = onderwerp, AfdelingId = afdelingId, TeamId = teamId, ProjectId = projectId, Programma = "Sociaal domein", GeplandBw = bw,
            Openbaarheid = Openbaarheid.Ja, Portefeuillehouder = "H. Brauer", Behandelwijze = Behandelwijze.Akkoord,
            Dictum = ["Instemmen met het voorstel."],
            SamenvattingWatEnWaarom = onderwerp + ".", SamenvattingHoe = "Zie de aanpak in het voorstel.", Aanleiding = "Uit het coalitieprogramma.",
            BudgettaireConsequenties = false, FormatieveConsequenties = false,
            Aspecten = soort == 0
                ? new Dictionary<Aspect, (string?, bool)>
                {
                    [Aspect.Financien] = ("Binnen het budget.", true), [Aspect.Juridisch] = ("Geen bezwaren.", true),
                    [Aspect.Communicatie] = ("Persbericht na besluit.", true),
                }
                : [],
        };
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
