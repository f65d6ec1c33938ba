using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Routering;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>
/// One proposal on its route, with the clock, organisation and definition it runs against. The steps are what
/// the people at each gate do; each goes through <see cref="Voorstel.Voer"/> exactly as the web host would.
/// </summary>
internal sealed class Scenario
{
    /// <summary>A Monday.</summary>
    public static readonly DateOnly Startdag = new(2025, 3, 3);

    private static int _volgnummer;

    public WorkflowDefinitie Definitie { get; }
    public TestKlok Klok { get; }
    public TestOrganisatie Organisatie { get; } = TestOrganisatie.Standaard();
    public IRouteringsbeleid Routeringsbeleid { get; set; } = new StandaardRouteringsbeleid();
    public Voorstel Voorstel { get; }
    public VoorstelInhoud Inhoud { get; private set; }

    private Scenario(VoorstelInhoud inhoud, WorkflowDefinitie definitie, Actor steller)
    {
        Definitie = definitie;
        Klok = new TestKlok(default);
        Klok.ZetOp(Startdag);
        Inhoud = inhoud;
        Voorstel = Voorstel.NieuwConcept(definitie, steller, Guid.NewGuid(), inhoud, Klok.GetUtcNow().UtcDateTime);
    }

    public static Scenario Nieuw(VoorstelInhoud? inhoud = null, WorkflowDefinitie? definitie = null, Actor? steller = null) =>
        new(inhoud ?? Inhouden.Volledig, definitie ?? GeleverdeDefinities.Collegevoorstel, steller ?? Personen.Steller);

    public string Status => Voorstel.Status;
    public DateOnly Vandaag => DateOnly.FromDateTime(Klok.GetLocalNow().DateTime);

    /// <summary>The meeting calendar the host would hand in for the terugrekenplanning; null: none.</summary>
    public IReadOnlyCollection<Besluitvorming.Workflows.Termijnen.Vergadermoment>? Vergaderingen { get; set; }

    public Overgangscontext Context(Actor actor) =>
        new(Definitie, actor, Organisatie, Routeringsbeleid, Klok) { Vergaderingen = Vergaderingen };

    public Scenario Voer(Actor actor, string trigger, ActieInvoer? invoer = null)
    {
        if (trigger == Triggers.Indienen && Voorstel.Registratienummer is null)
            Voorstel.KenRegistratienummerToe($"25-{Interlocked.Increment(ref _volgnummer):00000}");
        Voorstel.Voer(trigger, invoer ?? new ActieInvoer(), Context(actor));
        return this;
    }

    public IReadOnlyList<string> ToegestaneActies(Actor actor) =>
        Voorstel.ToegestaneActies(Context(actor)).Select(o => o.Trigger).ToList();

    public IEnumerable<Taak> OpenTaken => Voorstel.OpenTaken;

    public Taak OpenTaak(string soort) => Voorstel.OpenTaken.Single(t => t.Soort == soort);

    public Actor HouderVan(string soort) => Personen.Gebruiker(OpenTaak(soort).HouderId);

    // ---- What the people at the gates do ------------------------------------------------------------------

    public Scenario Wijzig(Func<VoorstelInhoud, VoorstelInhoud> wijziging)
    {
        Inhoud = wijziging(Inhoud);
        Voorstel.WijzigInhoud(Inhoud, Context(Personen.Steller), Voorstel.Revisie);
        return this;
    }

    public Scenario Indienen() => Voer(Personen.Steller, Triggers.Indienen);

    public Scenario Herindienen() => Voer(Personen.Steller, Triggers.Herindienen);

    public Scenario Intrekken() => Voer(Personen.Steller, Triggers.Intrekken, new() { Reden = "Niet meer nodig." });

    public Scenario Paraferen() => Voer(Personen.Afdelingshoofd, Triggers.Paraferen);

    public Scenario Adviseer(Aspect aspect, bool instemming = true) =>
        Voer(Personen.Adviseur(aspect), Triggers.AdviesUitbrengen,
            new() { Instemming = instemming, Opmerking = instemming ? null : "De dekking is onvoldoende onderbouwd." });

    public Scenario AlleAdviezen()
    {
        var aspecten = Voorstel.OpenTaken.Where(t => t.Soort == Taaksoorten.Advies).Select(t => t.Aspect!.Value).ToList();
        if (aspecten.Count == 0) throw new InvalidOperationException("Er staat geen adviesverzoek open.");
        foreach (var aspect in aspecten) Adviseer(aspect);
        return this;
    }

    public Scenario LegDirectiebesluitVast() =>
        Voer(Personen.DtSecretaris, Triggers.DirectiebesluitVastleggen,
            new() { Datum = Vandaag, Tekst = "1. Akkoord.\n2. Voor het overige conform advies." });

    public Scenario LegOrAdviesVast() =>
        Voer(Personen.OrSecretaris, Triggers.OrAdviesVastleggen, new() { Datum = Vandaag, Tekst = "Positief advies." });

    public Scenario CollegeBesluit(string trigger) =>
        Voer(Personen.Bestuurssecretariaat, trigger,
            new() { Datum = Inhouden.GeplandBw, Volgnummer = 7, BehandelendTeam = "MOADO", Tekst = "Het college kan instemmen met het voorstel." });

    public Scenario CollegeHoudtAan(DateOnly nieuweDatum) =>
        Voer(Personen.Bestuurssecretariaat, Triggers.Aanhouden,
            new() { Datum = Inhouden.GeplandBw, NieuweDatum = nieuweDatum, Reden = "Eerst met de wijkraden bespreken." });

    public Scenario RaadBesluit(string trigger) =>
        Voer(Personen.Griffie, trigger, new() { Datum = new DateOnly(2025, 6, 26), Tekst = "De raad besluit overeenkomstig het voorstel." });

    public Scenario RaadHoudtAan(DateOnly nieuweDatum) =>
        Voer(Personen.Griffie, Triggers.RaadAanhouden,
            new() { Datum = new DateOnly(2025, 6, 26), NieuweDatum = nieuweDatum, Reden = "Motie aangehouden." });

    public Scenario StuurTerug(Actor door, string reden = "Graag de dekking uitwerken.") =>
        Voer(door, Triggers.Terugsturen, new() { Reden = reden });

    /// <summary>Who sends the proposal back at each gate.</summary>
    public Actor PoortwachterVan(string status) => status switch
    {
        "ParaafAfdelingshoofd" => Personen.Afdelingshoofd,
        "InAdvies" => Personen.Gebruiker(Voorstel.OpenTaken.First(t => t.Soort == Taaksoorten.Advies).HouderId),
        "Directieteam" => Personen.DtSecretaris,
        "OndernemingsRaad" => Personen.OrSecretaris,
        "CollegeVanBW" => Personen.Bestuurssecretariaat,
        "Gemeenteraad" => Personen.Griffie,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "geen poort"),
    };

    /// <summary>Follows the route (everyone agrees) until the proposal is in <paramref name="status"/>.</summary>
    public Scenario Tot(string status)
    {
        for (var stap = 0; Status != status; stap++)
        {
            if (stap > 20 || Definitie.Status(Status).Eind)
                throw new InvalidOperationException($"De route komt niet in '{status}' (nu: '{Status}').");
            _ = Status switch
            {
                "Concept" => Indienen(),
                "ParaafAfdelingshoofd" => Paraferen(),
                "InAdvies" => AlleAdviezen(),
                "Directieteam" => LegDirectiebesluitVast(),
                "OndernemingsRaad" => LegOrAdviesVast(),
                "CollegeVanBW" => CollegeBesluit(Triggers.Instemmen),
                "Gemeenteraad" => RaadBesluit(Triggers.RaadVaststellen),
                "Teruggestuurd" => Herindienen(),
                _ => throw new InvalidOperationException($"Geen stap bekend vanuit '{Status}'."),
            };
        }
        return this;
    }

    /// <summary>The statuses the proposal went through, from its timeline (creation logs the begin state).</summary>
    public IReadOnlyList<string> Route =>
        Voorstel.Gebeurtenissen.Where(g => g.NaarStatus is not null).Select(g => g.NaarStatus!).ToList();
}
