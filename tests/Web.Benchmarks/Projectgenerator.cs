using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Benchmarks;

/// <summary>
/// Generates projects like Thuis in de Buurt, each with trajecten on <c>thuis-in-de-buurt-accommodatie</c>, through the
/// domain code: <see cref="Traject.Start"/> and its verbs on a clock that the generator moves through the past, so every
/// step visit, deadline, piece of evidence, remark and timeline line is what real use would have written. Some
/// trajecten are at their first step, some late, some wait at the decision moment for the project's proposal, some
/// have ended. The projectleider of every project is the demo account <c>projectleider</c>. Saved one project per
/// transaction (the verbs run in memory), so 100 x 25 takes seconds.
/// </summary>
public sealed class Projectgenerator(IServiceProvider services, Opties opties)
{
    public const string Definitie = "thuis-in-de-buurt-accommodatie";

    // The kernen of the gemeente Oss; the houses in them are made up.
    private static readonly string[] Kernen =
    [
        "Oss", "Berghem", "Megen", "Haren", "Macharen", "Ravenstein", "Herpen", "Huisseling", "Neerlangel", "Keent",
        "Demen", "Dieden", "Neerloon", "Koolwijk", "Lith", "Lithoijen", "Maren-Kessel", "Alem", "Teeffelen", "Oijen",
        "Geffen", "Nistelrode", "Vorstenbosch", "Heesch",
    ];
    private static readonly string[] Huizen = ["Wijkhuis", "Dorpshuis", "Gemeenschapshuis", "Buurthuis", "Ontmoetingscentrum"];

    public sealed record Resultaat(IReadOnlyList<int> ProjectIds, int Trajecten, int Stapbezoeken, int Tijdlijnregels, int TeLaat,
        int WachtOpBesluit, int Afgerond, TimeSpan Duur);

    public async Task<Resultaat> GenereerAsync()
    {
        var start = System.Diagnostics.Stopwatch.StartNew();
        var willekeur = new Random(opties.Zaad);
        // The app's own clock, so the generated deadlines and days in step are what its pages compute with.
        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var ids = new List<int>();
        int trajecten = 0, bezoeken = 0, regels = 0, teLaat = 0, wachtend = 0, afgerond = 0;
        var vandaag = DateOnly.FromDateTime(nu);
        for (var p = 1; p <= opties.Projecten; p++)
        {
            using var scope = services.CreateScope();
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<BesluitvormingDbContext>();
            var definitie = await sp.GetRequiredService<WorkflowRegister>().NieuwsteAsync(Definitie);
            var leider = await ActorAsync(db, "projectleider");
            var stellers = new[] { await ActorAsync(db, "steller"), await ActorAsync(db, "steller2") };
            var afdeling = await db.Afdelingen.Include(a => a.Teams).SingleAsync(a => a.Naam == "Maatschappelijke Ontwikkeling");
            var kernopgaven = await db.Kernopgaven.OrderBy(k => k.Id).ToListAsync();

            var project = new Project
            {
                Naam = $"Accommodatiebeleid {p:D3} (benchmark)", Programma = "Sociaal domein",
                Omschrijving = "Gegenereerd voor de benchmark: een project als Thuis in de Buurt.",
                Opdrachtgever = "College van B&W", AfdelingId = afdeling.Id, ProjectleiderId = leider.Id,
                Start = DateOnly.FromDateTime(nu).AddYears(-2), Einde = DateOnly.FromDateTime(nu).AddYears(1),
                Budget = 60000m, BudgetPeriode = "per jaar", Stakeholders = ["Beheerstichtingen", "ASD", "Woningcorporaties"],
                Resultaten = Enumerable.Range(1, 6).Select(i => new Projectresultaat(i, $"Resultaat {i} van het project",
                    (Resultaatstatus)willekeur.Next(3), "Zie de trajecten.")).ToList(),
                Kernopgaven = kernopgaven.Where((_, i) => (i + p) % 3 == 0).ToList(),
            };
            db.Projecten.Add(project);
            await db.SaveChangesAsync();
            ids.Add(project.Id);

            // The proposal the decision moments of this project's trajecten link to (a draft of the projectleider).
            var (voorstel, _) = await sp.GetRequiredService<VoorstelDienst>().MaakConceptAsync(Guid.NewGuid(), new VoorstelInhoud
            {
                Onderwerp = $"Bedrijfsplannen accommodaties, project {p:D3}", AfdelingId = afdeling.Id,
                TeamId = afdeling.Teams.FirstOrDefault()?.Id, ProjectId = project.Id, Programma = "Sociaal domein",
                Dictum = ["Instemmen met de bedrijfsplannen en exploitaties van de accommodaties."],
            }, leider);

            for (var t = 1; t <= opties.Trajecten; t++)
            {
                var traject = Traject(definitie, leider, stellers, project.Id, voorstel.Id, p, t, nu, willekeur);
                traject.NeemDomeingebeurtenissen();
                db.Trajecten.Add(traject);
                bezoeken += traject.Stappen.Count;
                regels += traject.Gebeurtenissen.Count;
                if (traject.HuidigeStap?.IsTeLaat(vandaag) == true) teLaat++;
                if (traject.WachtOpVoorstelId is not null) wachtend++;
                if (traject.IsAfgerond(definitie)) afgerond++;
            }
            await db.SaveChangesAsync();
            trajecten += opties.Trajecten;
        }
        return new Resultaat(ids, trajecten, bezoeken, regels, teLaat, wachtend, afgerond, start.Elapsed);
    }

    private static Traject Traject(WorkflowDefinitie definitie, Actor leider, Actor[] stellers, int projectId, int voorstelId,
        int p, int t, DateTime nu, Random willekeur)
    {
        var kern = Kernen[(p * 7 + t) % Kernen.Length];
        var steller = stellers[t % stellers.Length];
        // How far this traject got: every step of the definition (0 .. 9, where 9 is ended), the early ones more often.
        var doel = Math.Min(9, (int)(willekeur.NextDouble() * willekeur.NextDouble() * 11));
        // Started long enough ago for the steps it passed; the current step has run 0 to 120 days (often past its deadline).
        var klok = nu.AddDays(-(doel * 35 + 5 + willekeur.Next(120)));
        var traject = Besluitvorming.Workflows.Trajecten.Traject.Start(definitie, $"{Huizen[t % Huizen.Length]} {kern} {t:D2} (demo)", projectId,
            new Taakhouder(leider.Id, leider.Naam), new Dictionary<string, Taakhouder> { [Rollen.Steller] = new(steller.Id, steller.Naam) },
            leider, klok, kern, $"Groep {1 + t % 4}");

        DateTime Later() => klok = Min(klok.AddDays(5 + willekeur.Next(40)), nu);
        for (var stap = 0; stap < doel && !traject.IsAfgerond(definitie); stap++)
        {
            var status = definitie.Status(traject.Status);
            if (status.Besluitmoment is not null)
            {
                traject.StartBesluitmoment(definitie, leider, voorstelId, Later());
                if (willekeur.Next(8) == 0)
                {
                    traject.VerwerkBesluit(definitie, voorstelId, Besluituitkomst.Afgewezen, Later());
                    traject.Voltooien(definitie, leider, BewijsVoor(definitie.Status(traject.Status), willekeur), "Herzien na het besluit", Later());
                    traject.StartBesluitmoment(definitie, leider, voorstelId, Later());
                }
                traject.VerwerkBesluit(definitie, voorstelId, Besluituitkomst.Ingestemd, Later());
                continue;
            }
            var actor = status.EigenaarRol == Rollen.Steller && willekeur.Next(2) == 0 ? steller : leider;
            if (willekeur.Next(6) == 0) traject.PlaatsOpmerking(definitie, actor, "Afgestemd met de beheerstichting.", Later());
            switch (willekeur.Next(10))
            {
                case 0:
                    traject.Overslaan(definitie, leider, "Niet nodig voor dit huis.", Later());
                    break;
                case 1:
                    // Completed, then sent back from the next step and completed again: two visits of this step.
                    traject.Voltooien(definitie, actor, BewijsVoor(status, willekeur), null, Later());
                    if (!traject.IsAfgerond(definitie) && definitie.Status(traject.Status).Besluitmoment is null
                        && definitie.ZoekOvergang(traject.Status, TrajectTriggers.Terugsturen) is not null)
                    {
                        traject.Terugsturen(definitie, leider, "Het verslag mist de afspraken.", Later());
                        traject.Voltooien(definitie, actor, BewijsVoor(definitie.Status(traject.Status), willekeur), "Aangevuld", Later());
                    }
                    break;
                default:
                    foreach (var b in BewijsVoor(status, willekeur)) traject.VoegBewijsToe(definitie, actor, b, Later());
                    traject.Voltooien(definitie, actor, [], willekeur.Next(3) == 0 ? "Goed verlopen" : null, Later());
                    break;
            }
        }
        // The current step: a decision moment mostly waits for the proposal; elsewhere evidence on the way, or a remark.
        if (!traject.IsAfgerond(definitie) && definitie.Status(traject.Status).Besluitmoment is not null && traject.WachtOpVoorstelId is null
            && willekeur.Next(3) > 0)
            traject.StartBesluitmoment(definitie, leider, voorstelId, Later());
        else if (!traject.IsAfgerond(definitie) && traject.WachtOpVoorstelId is null && definitie.Status(traject.Status).Besluitmoment is null)
        {
            if (willekeur.Next(3) == 0) traject.VoegBewijsToe(definitie, leider, new Bewijs(Guid.NewGuid(), Bewijssoorten.Notitie, "concept.docx"), Later());
            if (willekeur.Next(4) == 0) traject.PlaatsOpmerking(definitie, leider, "Wacht op de agenda van het bestuur.", Later());
        }
        return traject;
    }

    private static IReadOnlyList<Bewijs> BewijsVoor(StatusDefinitie status, Random willekeur) =>
        status.VereistBewijs.Select(s => new Bewijs(Guid.NewGuid(), s, $"{s.ToLowerInvariant()}-{willekeur.Next(1000):D3}.pdf")).ToList();

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static async Task<Actor> ActorAsync(BesluitvormingDbContext db, string gebruikersnaam) =>
        await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync());
}
