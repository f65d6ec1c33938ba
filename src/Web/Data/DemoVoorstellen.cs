using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// A handful of proposals in different gates, made through the same domain verbs as real use, so their tasks
/// and timelines are genuine. One is the real proposal of seed 002 (gemeente Venlo, 14-10749).
/// </summary>
public static class DemoVoorstellen
{
    public static async Task MaakAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var dienst = sp.GetRequiredService<VoorstelDienst>();
        var klok = sp.GetRequiredService<TimeProvider>();
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var planning = await Demoplanning.LaadAsync(db);

        // Each account's actor once (a query and the actor's roles per verb were most of the seed's reads).
        var actoren = new Dictionary<string, Besluitvorming.Workflows.Organisatie.Actor>();
        async Task<Besluitvorming.Workflows.Organisatie.Actor> Als(string gebruikersnaam)
        {
            if (actoren.TryGetValue(gebruikersnaam, out var a)) return a;
            var id = await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync();
            return actoren[gebruikersnaam] = await ActorLader.LaadAsync(db, id);
        }
        // One proposal's entities tracked at a time, as in a request: every save compares what is tracked, and a
        // tracker holding the earlier proposals (and the calendar and organisation) made each verb's save slower.
        void Volgende() => db.ChangeTracker.Clear();

        var mo = await db.Afdelingen.SingleAsync(a => a.Naam == "Maatschappelijke Ontwikkeling");
        var moado = await db.Teams.SingleAsync(t => t.Code == "MOADO");
        var thuis = await db.Projecten.SingleAsync(p => p.Naam == "Thuis in de Buurt");
        var wijk = await db.Projecten.SingleAsync(p => p.Naam == "Wijkgericht werken en buurtbudget");
        var spoor = await db.Projecten.SingleAsync(p => p.Naam == "Voorzieningenprogramma (VNG Spoorboekje)");
        var steller = await Als("steller");
        var projectleider = await Als("projectleider");

        async Task<Voorstel> Nieuw(VoorstelInhoud inhoud, Besluitvorming.Workflows.Organisatie.Actor wie)
        {
            var (v, _) = await dienst.MaakConceptAsync(Guid.NewGuid(), inhoud, wie);
            return v;
        }

        async Task Doe(Voorstel v, string trigger, string wie, ActieInvoer? invoer = null) =>
            await dienst.VoerAsync(v.Id, trigger, invoer ?? new ActieInvoer(), await Als(wie));

        // 1. Seed 002, routed to the decision it records.
        var wijkgericht = await Nieuw(Seed002(mo.Id, moado.Id, wijk.Id, vandaag, planning), steller);
        await Doe(wijkgericht, Triggers.Indienen, "steller");
        await Doe(wijkgericht, Triggers.Paraferen, "afdelingshoofd");
        await Doe(wijkgericht, Triggers.AdviesUitbrengen, "financien", new ActieInvoer
        {
            Instemming = true,
            Opmerking = "Akkoord met voorgestelde procesaanpak. Aanvullend de opmerking dat de te vormen wijkbudgetten exclusief zorggelden (3D middelen) zijn.",
        });
        await Doe(wijkgericht, Triggers.AdviesUitbrengen, "personeel", new ActieInvoer { Instemming = true, Opmerking = "Er zijn geen personele gevolgen." });
        await Doe(wijkgericht, Triggers.AdviesUitbrengen, "communicatie", new ActieInvoer { Instemming = true });
        await Doe(wijkgericht, Triggers.DirectiebesluitVastleggen, "dtsecretaris", new ActieInvoer
        {
            Datum = planning.DirectieteamVoor(planning.CollegeUiterlijk(vandaag.AddDays(-6))),
            Tekst = "De beoogde rol voor de gemeenteraad zelf vooraf formuleren en niet als open vraag meegeven;\n" +
                    "In het Plan van aanpak, dat in februari aan de directie wordt voorgelegd, dient de vertaling gemaakt te worden wat een en ander betekent voor de interne organisatie en de eigen werkwijze. Ook dienen de bestaande evaluaties bij het Plan van aanpak betrokken te worden;\n" +
                    "Voor het overige conform advies.",
        });
        await Doe(wijkgericht, Triggers.InstemmenMetWijzigingen, "secretariaat", new ActieInvoer
        {
            Datum = planning.CollegeUiterlijk(vandaag.AddDays(-6)), Volgnummer = 4, BehandelendTeam = "MOADO",
            Tekst = "Het college kan instemmen met het voorstel. Wel dienen in overleg met de portefeuillehouder enkele tekstuele aanpassingen plaats te vinden. Deze dienen ook afgestemd te worden met wethouder Tax.",
        });

        Volgende();
        // 2. Thuis in de Buurt: budget impact, so financiën advises and the raad decides; now in advies.
        var beleid = await Nieuw(ThuisInDeBuurt(mo.Id, moado.Id, thuis.Id, planning.College(vandaag.AddDays(28)), planning), projectleider);
        await Doe(beleid, Triggers.Indienen, "projectleider");
        await Doe(beleid, Triggers.Paraferen, "afdelingshoofd");
        await Doe(beleid, Triggers.AdviesUitbrengen, "juridisch", new ActieInvoer { Instemming = true, Opmerking = "Geen juridische bezwaren." });

        Volgende();
        // 3. Voorzieningenprogramma: waiting for the paraaf.
        var bw = planning.College(vandaag.AddDays(21));
        var analyse = await Nieuw(Eenvoudig(mo.Id, moado.Id, spoor.Id, planning.DirectieteamVoor(bw), bw,
            "Opdracht analyse voorzieningenniveau (Spoorboekje fase A, stap 0)",
            "Instemmen met het opstellen van een analyse van de sociaal-maatschappelijke opgave als eerste stap naar een voorzieningenprogramma."), steller);
        await Doe(analyse, Triggers.Indienen, "steller");

        Volgende();
        // 4. Returned by the afdelingshoofd.
        var terug = await Nieuw(Eenvoudig(mo.Id, moado.Id, thuis.Id, planning.DirectieteamVoor(bw), bw,
            "Pilot Wij(k)huis de Haard: verlenging proeftuin",
            "Instemmen met het verlengen van de proeftuin in Wij(k)huis de Haard (de Ruwaard) met één jaar."), steller);
        await Doe(terug, Triggers.Indienen, "steller");
        await Doe(terug, Triggers.Terugsturen, "afdelingshoofd", new ActieInvoer
        {
            Reden = "Graag de resultaten van het eerste pilotjaar in de samenvatting opnemen.",
        });

        Volgende();
        // 5. On the college agenda: past the DT meeting of this week or last, planned on the next college meeting whose
        // agenda is still open, so the demo's B&W agenda holds it (and it is not late there).
        var dtGeweest = planning.DirectieteamUiterlijk(vandaag.AddDays(-1));
        var college = await Nieuw(Eenvoudig(mo.Id, moado.Id, thuis.Id, dtGeweest, planning.OpenCollege(vandaag),
            "Plekkenmakers de Bongerd: ontmoeten in Macharen",
            "Kennisnemen van het stappenplan co-creatieve visie- en conceptontwikkeling in Macharen."), steller);
        await Doe(college, Triggers.Indienen, "steller");
        await Doe(college, Triggers.Paraferen, "afdelingshoofd");
        await Doe(college, Triggers.DirectiebesluitVastleggen, "dtsecretaris", new ActieInvoer
        {
            Datum = dtGeweest, Tekst = "Conform advies.",
        });

        Volgende();
        // 6. A draft.
        await Nieuw(new VoorstelInhoud
        {
            Onderwerp = "Tariefdifferentiatie wijk- en dorpshuizen", AfdelingId = mo.Id, TeamId = moado.Id, ProjectId = thuis.Id,
            Programma = "Sociaal domein", Dictum = ["Instemmen met het uitgangspunt van tariefdifferentiatie in de wijk- en dorpshuizen."],
        }, projectleider);
    }

    private static Dictionary<Aspect, (string?, bool)> Aspecten(params (Aspect, string?, bool)[] a) =>
        a.ToDictionary(x => x.Item1, x => (x.Item2, x.Item3));

    /// <summary>Seed 002, decided in the last collegevergadering at least six days ago, after the DT meeting a week before.</summary>
    private static VoorstelInhoud Seed002(int afdelingId, int teamId, int? projectId, DateOnly vandaag, Demoplanning planning)
    {
        var bw = planning.CollegeUiterlijk(vandaag.AddDays(-6));
        return Seed002(afdelingId, teamId, projectId, vandaag, planning.DirectieteamVoor(bw), bw);
    }

    private static VoorstelInhoud Seed002(int afdelingId, int teamId, int? projectId, DateOnly vandaag, DateOnly dt, DateOnly bw) => new()
    {
        Onderwerp = "Ontwikkeling wijkgericht werken en vorming buurtbudget.",
        AfdelingId = afdelingId, TeamId = teamId, ProjectId = projectId,
        Programma = "Stad van actieve mensen",
        Openbaarheid = Openbaarheid.Uitgesteld, OpenbaarNa = vandaag.AddDays(30), BijlagenOpenbaar = false,
        GeplandDt = dt, GeplandBw = bw,
        StellerTelefoon = "+31 77 3599551", Portefeuillehouder = "H. Brauer", Secretaris = "P. Lucassen",
        Behandelwijze = Behandelwijze.Bespreken,
        Dictum =
        [
            "Instemmen met de voorgestelde procesaanpak, gericht op het ontwikkelen van wijkgericht werken;",
            "Instemmen om middels deze aanpak inhoud te geven aan de vorming van een buurtbudget (bestuursopdracht \"uitwerking sturing op wijkbudgetten\");",
            "het bestuurlijke opdrachtgeverschap beleggen bij wethouder Brauer.",
        ],
        Voorbesprekingen =
        [
            ("Wethouder Henk Brauer", bw.AddDays(-8)), ("Wethouder Vera Tax", bw.AddDays(-8)),
            ("Wethouder Ramon Testroote", bw.AddDays(-27)), ("Directieteam", dt.AddDays(-21)),
        ],
        SamenvattingWatEnWaarom = "Door de uitgangspunten van het recente coalitieprogramma, ontwikkelingen als Huizen van de Wijk, uitvoering van de Sociale Structuurvisie maar ook vanwege andere houding en vragen van onze inwoners is het nodig om de specifieke instrumenten van wijkgericht werken verder te ontwikkelen: dorps- en wijkontwikkelingsplannen, wijkoverleggen en dorpsraden, en de geldstromen richting wijken en bewoners.",
        SamenvattingHoe = "In oktober starten wij met een groep interne collega's. Uiterlijk eind februari worden concrete resultaten opgeleverd (de uiterste deadline wordt gevormd door de Kadernota 2016).",
        Aanleiding = "Wijkgericht werken is als methode voor ons handelen al jaren één van de uitgangspunten. Het coalitieprogramma \"Verbinden vanuit Vertrouwen en Verantwoordelijkheid\" stuurt aan op een doordachte en gezamenlijke aanpak.",
        Achtergrond = "Met de decentralisaties vanuit het Rijk (de 3 D's) en de oproep aan inwoners om zelf meer de regie te nemen ontstaat nieuw elan. Buurtbudgetten en het Buurt Bestuurt principe zijn concreet genoemde instrumenten.",
        Aanpak = "Een intern en een extern proces, gelijktijdig, met pilots in Klingerberg en Steyl. In de pilots worden 25 tot 30 collega's betrokken; alle afdelingen zijn vertegenwoordigd.",
        VoorstelTekst = "Middels bovenstaande aanpak geven we aanzet tot het concreet invulling geven aan coalitieafspraken, het creëren van intern draagvlak, de doorontwikkeling van de instrumenten en het borgen van leerpunten.",
        BudgettaireConsequenties = false, FormatieveConsequenties = false,
        Aspecten = Aspecten(
            (Aspect.Financien, "Akkoord met voorgestelde procesaanpak.", true),
            (Aspect.Personeel, "Er zijn geen personele gevolgen.", true),
            (Aspect.Communicatie, "In het proces zowel intern als extern zijn communicatiemedewerkers betrokken. De wijze van communiceren wordt situationeel bepaald.", true)),
    };

    private static VoorstelInhoud ThuisInDeBuurt(int afdelingId, int teamId, int projectId, DateOnly bw, Demoplanning planning) => new()
    {
        Onderwerp = "Vaststellen beleidskader Thuis in de Buurt",
        AfdelingId = afdelingId, TeamId = teamId, ProjectId = projectId, Programma = "Sociaal domein",
        Openbaarheid = Openbaarheid.Ja, GeplandDt = planning.DirectieteamVoor(bw), GeplandBw = bw, GeplandRaad = planning.RaadNa(bw),
        Portefeuillehouder = "H. Brauer", Behandelwijze = Behandelwijze.Bespreken, RaadsbesluitNodig = true,
        Dictum =
        [
            "Instemmen met het beleidskader Thuis in de Buurt voor de 23 wijk- en dorpshuizen;",
            "De raad voorstellen het beleidskader vast te stellen;",
            "De kosten van de projectleider (EUR 60.000 per jaar) betrekken bij de Voorjaarsnota 2021.",
        ],
        SamenvattingWatEnWaarom = "De rol en functie van de wijk- en dorpshuizen verandert. Het versterken van de sociale veerkracht van inwoners wordt het leidende principe voor programmering en exploitatie.",
        SamenvattingHoe = "Samen met de beheerstichtingen, ONS welzijn, de zorgcoöperaties en de woningcorporaties werken we per huis een visie en activiteitenplan uit (stakeholderbijeenkomst, veerkrachtdialoog) en daarna een bedrijfsplan en exploitatie.",
        Aanleiding = "Projectopdracht 'Vertalen van de visie Thuis in de Buurt naar beleids- en uitvoeringsafspraken' (september 2020 – september 2023).",
        BudgettaireConsequenties = true, Kosten = 60000m, KostenPerJaar = true, Dekking = "Af te wegen in de Voorjaarsnota 2021.",
        FormatieveConsequenties = false,
        Aspecten = Aspecten(
            (Aspect.Financien, "Projectleider 24 uur per week, EUR 60.000 per jaar.", true),
            (Aspect.Juridisch, "Afspraken met beheerstichtingen in uitvoeringsovereenkomsten.", true),
            (Aspect.Inkoop, "Inzet van KNHM en PON via bestaande raamovereenkomsten.", true)),
    };

    private static VoorstelInhoud Eenvoudig(int afdelingId, int teamId, int projectId, DateOnly dt, DateOnly bw, string onderwerp, string dictum) => new()
    {
        Onderwerp = onderwerp, AfdelingId = afdelingId, TeamId = teamId, ProjectId = projectId, Programma = "Sociaal domein",
        Openbaarheid = Openbaarheid.Ja, GeplandDt = dt, GeplandBw = bw,
        Portefeuillehouder = "H. Brauer", Behandelwijze = Behandelwijze.Akkoord,
        Dictum = [dictum],
        SamenvattingWatEnWaarom = onderwerp + ".",
        SamenvattingHoe = "Zie de aanpak in het voorstel.",
        Aanleiding = "Voortvloeiend uit het project.",
        BudgettaireConsequenties = false, FormatieveConsequenties = false,
    };
}
