using System.Security.Cryptography;
using System.Text.Json;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Data;

/// <summary>
/// On start-up: migrate, register workflow definitions (an invalid one stops start-up), make sure every role
/// exists, and fill an empty database with the demo organisation and proposals when so configured.
/// </summary>
public static class DatabaseInitialisatie
{
    public const string DemoWachtwoord = "Welkom-2026!";

    public static async Task InitialiseerAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var env = sp.GetRequiredService<IHostEnvironment>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Besluitvorming.Database");
        var klok = sp.GetRequiredService<TimeProvider>();
        // Where start-up time goes (issue 12, P4), at Debug: Logging:LogLevel:Besluitvorming.Database=Debug.
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        void Gemeten(string stap)
        {
            logger.LogDebug("Start: {Stap} in {Ms} ms", stap, stopwatch.ElapsedMilliseconds);
            stopwatch.Restart();
        }

        var opties = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var seeds = sp.GetRequiredService<IConfiguration>()["Seeds:Map"];
        _ = db.Model; // the compiled model (Data/GecompileerdModel), initialised on first use
        Gemeten("EF-model");
        // Migrating and seeding under one database lock: a second instance starting at the same time waits, then finds
        // the schema current and the seeds present.
        await using var slot = await Migratieslot.NeemAsync(db, opties);
        // MigrateAsync also builds the model from OnModelCreating to compare it with the migrations (MigratiesTests checks
        // that); with no migration to apply, a restart skips that work, and finds that out from the history table alone
        // (Migratiestand: EF Core's check loads every type of the app assembly).
        var open = await Migratiestand.OpenAsync(db);
        if (open.Count > 0 && !opties.MigrerenBijStart)
            throw new InvalidOperationException(DatabaseOptions.MigratiesOpenBericht(open));
        // A fresh database (every migration open): the work that needs no database runs on the other core while it
        // migrates (issue 12, P4): the shipped rule sets read, validated and compiled, and the demo password hashed.
        var leeg = open.Count > 0 && open.Count == db.Database.GetMigrations().Count();
        var regelsMap = SeedMap(env, "rules", seeds);
        var beoordelaar = sp.GetRequiredService<Besluitvorming.Rules.Regelbeoordelaar>();
        var regelsVooraf = leeg ? Task.Run(() => Regels.RegelsInitialisatie.LeesEnValideer(regelsMap, beoordelaar)) : null;
        var hasher = sp.GetRequiredService<IPasswordHasher<Gebruiker>>();
        var demohash = leeg && opties.DemoData ? Task.Run(() => hasher.HashPassword(new Gebruiker(), DemoWachtwoord)) : null;
        if (open.Count > 0)
            await db.Database.MigrateAsync();
        Gemeten("migreren");

        // The steps below touch different tables and depend on nothing but the schema (the workflows on the rule sets):
        // each runs with a scope and context of its own, side by side (issue 12, P4). The SQLite write gate
        // (Schrijfpoort) serialises their writes.
        async Task Stap(string naam, Func<IServiceProvider, Task> werk)
        {
            await Task.Yield();
            var duur = System.Diagnostics.Stopwatch.StartNew();
            using var eigen = services.CreateScope();
            await werk(eigen.ServiceProvider);
            logger.LogDebug("Start: {Stap} in {Ms} ms (naast de andere stappen)", naam, duur.ElapsedMilliseconds);
        }
        var nu = klok.GetUtcNow().UtcDateTime;
        Task[] stappen =
        [
            // Before anything protects data inside a transaction (demo data writes encrypted mail links).
            Stap("sleutelring", s =>
            {
                Productie.Sleutelring.ZorgVoorSleutel(s);
                return Task.CompletedTask;
            }),
            Stap("regelsets en workflows", async s =>
            {
                var eigenDb = s.GetRequiredService<BesluitvormingDbContext>();
                await Regels.RegelsInitialisatie.InitialiseerAsync(eigenDb, regelsMap, nu, logger, regelsVooraf is null ? null : await regelsVooraf);
                // After the rule sets: a workflow's gates must name one.
                await WorkflowRegister.RegistreerAsync(eigenDb, SeedMap(env, "workflows", seeds), nu, logger,
                    s.GetRequiredService<WorkflowRegister>());
            }),
            Stap("kalenders", s => Kalenders.KalenderInitialisatie.InitialiseerAsync(s.GetRequiredService<BesluitvormingDbContext>(),
                SeedMap(env, "kalenders", seeds), DateOnly.FromDateTime(klok.GetLocalNow().DateTime))),
            Stap("API-clients", s => Api.ApiClients.RegistreerAsync(s)),
            Stap("rollen", async s =>
            {
                var rollen = s.GetRequiredService<RoleManager<IdentityRole>>();
                foreach (var rol in Rollen.Gebruikersrollen)
                    if (!await rollen.RoleExistsAsync(rol)) await rollen.CreateAsync(new IdentityRole(rol));
            }),
        ];
        await AllemaalAsync(stappen);
        Gemeten("sleutelring, regelsets, workflows, kalenders, API-clients en rollen");

        if (env.IsProduction())
            await MaakDemowachtwoordOnbruikbaarAsync(sp.GetRequiredService<UserManager<Gebruiker>>(), env, seeds, logger);

        if (opties.DemoData && !await db.Users.AnyAsync())
        {
            // Each step starts with an empty change tracker: every save compares all that is tracked, and the calendar's
            // meetings and the earlier steps' rows made each later save slower (issue 12, P4).
            db.ChangeTracker.Clear();
            await LaadDemoOrganisatieAsync(db, sp.GetRequiredService<UserManager<Gebruiker>>(), SeedMap(env, "organisatie", seeds), demohash);
            Gemeten("demo-organisatie");
            db.ChangeTracker.Clear();
            await DemoVoorstellen.MaakAsync(sp);
            Gemeten("demovoorstellen");
            db.ChangeTracker.Clear();
            await DemoTrajecten.MaakAsync(sp);
            db.ChangeTracker.Clear();
            await DemoPublicatie.MaakAsync(sp);
            Gemeten("demotrajecten en publicatie");
            logger.LogInformation("Demo-organisatie en demovoorstellen geladen");
        }
    }

    /// <summary>
    /// Waits for every step; when steps failed, throws the failure of the first one in the given order, as the start did
    /// when the steps ran one after the other (an invalid workflow is reported before a missing calendar folder), whichever
    /// failed first: Task.WhenAll reports failures in the order they happened.
    /// </summary>
    public static async Task AllemaalAsync(IReadOnlyList<Task> stappen)
    {
        try
        {
            await Task.WhenAll(stappen);
        }
        catch
        {
            if (stappen.FirstOrDefault(t => t.IsFaulted) is { Exception: { } fout })
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fout.InnerException ?? fout);
            throw;
        }
    }

    public static string SeedMap(IHostEnvironment env, string onderdeel, string? seedsMap = null)
    {
        // Configured, else next to the binaries (copied at build), else the repository's seeds/ folder.
        var kandidaten = seedsMap is { Length: > 0 }
            ? [Path.GetFullPath(seedsMap, env.ContentRootPath)]
            : new[] { Path.Combine(AppContext.BaseDirectory, "seeds"), Path.Combine(env.ContentRootPath, "..", "..", "seeds") };
        foreach (var basis in kandidaten)
        {
            var map = Path.GetFullPath(Path.Combine(basis, onderdeel));
            if (Directory.Exists(map)) return map;
        }
        throw new DirectoryNotFoundException($"De map seeds/{onderdeel} is niet gevonden.");
    }

    /// <summary>
    /// A database seeded with demo data before Production refused it still has the demo accounts with the published
    /// password. In Production each such account gets a random password nobody knows, so that password opens nothing.
    /// Only the demo account names are checked: one password hash each, and none where they do not exist.
    /// </summary>
    private static async Task MaakDemowachtwoordOnbruikbaarAsync(UserManager<Gebruiker> gebruikers, IHostEnvironment env, string? seeds, ILogger logger)
    {
        string bestand;
        try
        {
            bestand = Path.Combine(SeedMap(env, "organisatie", seeds), "demo.json");
        }
        catch (DirectoryNotFoundException)
        {
            return; // a municipality's own seeds without the demo organisation: no demo names to check
        }
        if (!File.Exists(bestand)) return;
        var org = JsonSerializer.Deserialize<DemoOrganisatie>(await File.ReadAllTextAsync(bestand), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var geraakt = new List<string>();
        foreach (var naam in org.Gebruikers.Select(g => g.Gebruikersnaam))
        {
            if (await gebruikers.FindByNameAsync(naam) is not { } gebruiker || !await gebruikers.CheckPasswordAsync(gebruiker, DemoWachtwoord))
                continue;
            Zeker(await gebruikers.RemovePasswordAsync(gebruiker), naam);
            Zeker(await gebruikers.AddPasswordAsync(gebruiker, OnbekendWachtwoord(RandomNumberGenerator.GetBytes(32))), naam);
            geraakt.Add(naam);
        }
        if (geraakt.Count > 0)
            logger.LogWarning("Demo-accounts met het gepubliceerde wachtwoord in Production hebben een willekeurig wachtwoord gekregen: {Accounts}",
                string.Join(", ", geraakt));
    }

    /// <summary>
    /// A password nobody knows, from random bytes, that always meets the password policy (a digit, a lower-case and an
    /// upper-case letter and a sign): Base64 alone lacks a digit for about one account in 1,400, which stopped start-up.
    /// </summary>
    internal static string OnbekendWachtwoord(byte[] willekeurig) => Convert.ToBase64String(willekeurig) + "-aZ9";

    private static async Task LaadDemoOrganisatieAsync(BesluitvormingDbContext db, UserManager<Gebruiker> gebruikers, string map,
        Task<string>? demohash)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(map, "demo.json"));
        var org = JsonSerializer.Deserialize<DemoOrganisatie>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var afdelingen = new Dictionary<string, Afdeling>();
        foreach (var a in org.Afdelingen)
        {
            var afdeling = new Afdeling
            {
                Naam = a.Naam, IsOntwikkelbedrijf = a.Ontwikkelbedrijf,
                Teams = a.Teams.Select(t => new Team { Code = t.Code, Naam = t.Naam }).ToList(),
            };
            db.Afdelingen.Add(afdeling);
            afdelingen[a.Naam] = afdeling;
        }
        await db.SaveChangesAsync();
        var teams = afdelingen.Values.SelectMany(a => a.Teams).ToDictionary(t => t.Code);

        // Every demo account has the same published password: hashed once at the configured cost (PBKDF2 with 100,000
        // iterations takes ~0.1 s here, per account that was most of the seeding), and that hash given to each. On a fresh
        // database it was hashed while migrating.
        var hash = demohash is null ? gebruikers.PasswordHasher.HashPassword(new Gebruiker(), DemoWachtwoord) : await demohash;
        var ids = new Dictionary<string, string>();
        foreach (var g in org.Gebruikers)
        {
            var gebruiker = new Gebruiker
            {
                UserName = g.Gebruikersnaam, Email = g.Email, EmailConfirmed = true, Naam = g.Naam, Telefoon = g.Telefoon,
                AfdelingId = g.Afdeling is null ? null : afdelingen[g.Afdeling].Id,
                TeamId = g.Team is null ? null : teams[g.Team].Id,
                PasswordHash = hash,
            };
            Zeker(await gebruikers.CreateAsync(gebruiker), g.Gebruikersnaam);
            Zeker(await gebruikers.AddToRolesAsync(gebruiker, g.Rollen), g.Gebruikersnaam);
            ids[g.Gebruikersnaam] = gebruiker.Id;
            foreach (var aspect in g.Aspecten)
            {
                var a = Enum.Parse<Aspect>(aspect);
                db.AdviseurAspecten.Add(new AdviseurAspect
                {
                    GebruikerId = gebruiker.Id, Aspect = a, Primair = org.PrimaireAdviseurs.GetValueOrDefault(aspect) == g.Gebruikersnaam,
                });
            }
        }

        foreach (var a in org.Afdelingen.Where(a => a.Afdelingshoofd is not null))
            afdelingen[a.Naam].AfdelingshoofdId = ids[a.Afdelingshoofd!];
        foreach (var (rol, gebruiker) in org.Rolhouders)
            db.Rolhouders.Add(new Rolhouder { Rol = rol, GebruikerId = ids[gebruiker] });
        foreach (var p in org.Plaatsvervangers)
            db.Plaatsvervangingen.Add(new Plaatsvervanging { HouderId = ids[p.Houder], PlaatsvervangerId = ids[p.Plaatsvervanger] });

        var kernopgaven = org.Kernopgaven.ToDictionary(k => k, k => new Kernopgave { Naam = k });
        db.Kernopgaven.AddRange(kernopgaven.Values);
        foreach (var p in org.Projecten)
        {
            db.Projecten.Add(new Project
            {
                Naam = p.Naam, Programma = p.Programma, Omschrijving = p.Omschrijving, Start = p.Start, Einde = p.Einde,
                AfdelingId = p.Afdeling is null ? null : afdelingen[p.Afdeling].Id,
                ProjectleiderId = p.Projectleider is null ? null : ids[p.Projectleider],
                Opdrachtgever = p.Opdrachtgever, Budget = p.Budget, BudgetPeriode = p.BudgetPeriode, Stakeholders = p.Stakeholders,
                Resultaten = p.Resultaten.Select((r, i) => new Projectresultaat(i + 1, r.Tekst, Enum.Parse<Resultaatstatus>(r.Status), r.Bewijs)).ToList(),
                Kernopgaven = p.Kernopgaven.Select(k => kernopgaven[k]).ToList(),
            });
        }
        await db.SaveChangesAsync();
    }

    private static void Zeker(IdentityResult resultaat, string wie)
    {
        if (!resultaat.Succeeded)
            throw new InvalidOperationException($"Demo-account '{wie}': {string.Join("; ", resultaat.Errors.Select(e => e.Description))}");
    }
}
