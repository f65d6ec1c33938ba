using Besluitvorming.Workflows.Termijnen;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Rules.Feiten;

/// <summary>
/// The facts a rule expression may name, as <c>feiten.Naam</c>: every field of the proposal, its attachments, its
/// advice, its project and afdeling, the budget and meeting calendars, and today. Flat and typed, so an expression
/// that names a fact which does not exist fails to compile. Dates are <see cref="DateTime"/> (midnight) because the
/// expression language compares those best.
/// </summary>
public sealed record VoorstelFeiten
{
    // Proposal: header
    public string? Registratienummer { get; init; }
    public string Onderwerp { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Programma { get; init; }
    /// <summary>"Ja", "Nee" or "Uitgesteld"; null while the steller has not chosen.</summary>
    public string? Openbaarheid { get; init; }
    public DateTime? OpenbaarNa { get; init; }
    public bool? BijlagenOpenbaar { get; init; }
    public DateTime? GeplandDt { get; init; }
    public DateTime? GeplandOr { get; init; }
    public DateTime? GeplandBw { get; init; }
    public DateTime? GeplandOrNaBw { get; init; }
    public DateTime? GeplandRaad { get; init; }
    public string? Portefeuillehouder { get; init; }
    public string? Secretaris { get; init; }
    /// <summary>"Akkoord" (hamerstuk), "Bespreken" or null.</summary>
    public string? Behandelwijze { get; init; }
    public DateTime? IngediendOp { get; init; }
    public bool Teruggestuurd { get; init; }

    public string StellerNaam { get; init; } = "";
    public DateTime? ParaafAfdelingshoofdOp { get; init; }

    // Proposal: body
    public IReadOnlyList<string> Dictum { get; init; } = [];
    public int AantalDictumpunten { get; init; }
    public string? SamenvattingWatEnWaarom { get; init; }
    public string? SamenvattingHoe { get; init; }
    public string? Aanleiding { get; init; }
    public string? Achtergrond { get; init; }
    public string? Aanpak { get; init; }
    public string? VoorstelTekst { get; init; }
    public int AantalVoorbesprekingen { get; init; }
    public bool HeeftSamenvatting { get; init; }
    public bool RaadsbesluitNodig { get; init; }

    // Attachments
    public int AantalBijlagen { get; init; }
    /// <summary>The kinds of the attachments: Overig, Begrotingswijziging, Raadsvoorstel, Adviesrapport.</summary>
    public IReadOnlyList<string> BijlageSoorten { get; init; } = [];
    public bool HeeftBegrotingswijziging { get; init; }
    public bool HeeftRaadsvoorstel { get; init; }

    // Bedrijfsvoeringsaspecten
    public bool? BudgettaireConsequenties { get; init; }
    public decimal? Kosten { get; init; }
    public bool KostenPerJaar { get; init; }
    public decimal? Baten { get; init; }
    public string? Dekking { get; init; }
    /// <summary>"EUR 60.000 per jaar": for messages.</summary>
    public string KostenOmschrijving { get; init; } = "";
    public bool? FormatieveConsequenties { get; init; }
    public decimal? Fte { get; init; }
    public string? Inhuur { get; init; }

    // Advice: per aspect whether it is required, whether valid advice is in, and whether it agrees (null: none yet)
    public bool FinancienVereist { get; init; }
    public bool? FinancienInstemming { get; init; }
    public bool PersoneelVereist { get; init; }
    public bool? PersoneelInstemming { get; init; }
    public bool InformatiseringVereist { get; init; }
    public bool? InformatiseringInstemming { get; init; }
    public bool InkoopVereist { get; init; }
    public bool? InkoopInstemming { get; init; }
    public bool JuridischVereist { get; init; }
    public bool? JuridischInstemming { get; init; }
    public bool CommunicatieVereist { get; init; }
    public bool? CommunicatieInstemming { get; init; }
    public bool SmoVereist { get; init; }
    public bool? SmoInstemming { get; init; }
    /// <summary>Aspects the steller asked advice on of their own accord.</summary>
    public IReadOnlyList<string> AdviesGevraagd { get; init; } = [];
    public bool AlleVereisteAdviezenPositief { get; init; }

    // Route and decisions so far
    public bool OrVereist { get; init; }
    public bool RaadVereist { get; init; }
    public bool DirectiebesluitVastgelegd { get; init; }
    public DateTime? DirectiebesluitDatum { get; init; }
    public bool OrAdviesVastgelegd { get; init; }
    public DateTime? OrAdviesDatum { get; init; }
    public bool CollegeAkkoord { get; init; }
    /// <summary>Ingestemd, IngestemdMetWijzigingen, Aangehouden, Afgewezen, or null.</summary>
    public string? CollegeUitkomst { get; init; }
    /// <summary>Vastgesteld, Aangehouden, Verworpen, or null.</summary>
    public string? RaadUitkomst { get; init; }

    // Project and afdeling
    public bool HeeftProject { get; init; }
    public string? ProjectNaam { get; init; }
    public string? ProjectProgramma { get; init; }
    public DateTime? ProjectStart { get; init; }
    public DateTime? ProjectEinde { get; init; }
    public string? AfdelingNaam { get; init; }
    public bool AfdelingIsOntwikkelbedrijf { get; init; }

    // Budget calendar: the year of the target B&W meeting (else this year)
    public int Begrotingsjaar { get; init; }
    public bool BegrotingsjaarBekend { get; init; }
    public DateTime? VoorjaarsnotaDeadline { get; init; }
    public DateTime? KadernotaDeadline { get; init; }

    // Meeting calendar: the first B&W meeting on or after the target date, and the DT meeting before its closing date
    public bool BwVergaderingBekend { get; init; }
    public DateTime? BwVergadering { get; init; }
    public DateTime? BwSluitingsdatum { get; init; }
    /// <summary>
    /// Working days from today up to the closing date of the target B&amp;W meeting; 0 once that date has passed
    /// (then <see cref="SluitingsdatumVerstreken"/> holds), so a message never names a negative number.
    /// </summary>
    public int WerkdagenTotSluiting { get; init; }
    /// <summary>The agenda of the target B&amp;W meeting closed before today.</summary>
    public bool SluitingsdatumVerstreken { get; init; }
    /// <summary>The target B&amp;W date is itself a B&amp;W meeting of the calendar (not a day the college does not meet).</summary>
    public bool GeplandBwIsVergadering { get; init; }
    public DateTime? DtVergadering { get; init; }
    /// <summary>The planned DT date is a DT meeting of the calendar.</summary>
    public bool GeplandDtIsVergadering { get; init; }
    /// <summary>
    /// The planned dates (DT, OR, B&amp;W, OR na B&amp;W, raad) that lie before today while their gate is still to come,
    /// e.g. "B&amp;W d.d. 3 maart 2021": for messages.
    /// </summary>
    public IReadOnlyList<string> VerstrekenGeplandeData { get; init; } = [];
    public bool HeeftVerstrekenGeplandeDatum { get; init; }

    // Terugrekenplanning: the verdict of the planning the proposal page shows (the same Terugrekenplanning), for the gate
    // the proposal is at, so a rule and the page never disagree.
    /// <summary>The planning could be made: the planned B&amp;W date is a meeting of the calendar that has not passed.</summary>
    public bool PlanningBekend { get; init; }
    /// <summary>The B&amp;W meeting the planning works back from.</summary>
    public DateTime? PlanningCollegevergadering { get; init; }
    /// <summary>The title of the gate the proposal is at ("Indienen", "Paraaf afdelingshoofd"); null when the planning has no such gate.</summary>
    public string? PoortTitel { get; init; }
    /// <summary>The latest day of that gate (its terugreken date).</summary>
    public DateTime? PoortUiterlijk { get; init; }
    /// <summary>The meeting the gate works towards when it is one (DT, OR).</summary>
    public DateTime? PoortVergadering { get; init; }
    /// <summary>Working days from today up to <see cref="PoortUiterlijk"/>; 0 once it has passed (never negative).</summary>
    public int PoortSpeling { get; init; }
    /// <summary>Where the gate stands: "OpSchema", "Risico", "TeLaat" (as the page shows it); null without a planning gate.</summary>
    public string? PoortStand { get; init; }
    /// <summary>The titles of the gates the planning marks late, and at risk.</summary>
    public IReadOnlyList<string> PoortenTeLaat { get; init; } = [];
    public IReadOnlyList<string> PoortenMetRisico { get; init; } = [];
    /// <summary>
    /// When the gate is late: the first later B&amp;W meeting for which the planning does not mark it late (null when
    /// none in the calendar ahead).
    /// </summary>
    public DateTime? EersteHaalbareCollegevergadering { get; init; }

    // Clock
    public DateTime Vandaag { get; init; }

    /// <summary>Builds the facts from a proposal and what was loaded around it; pure, so it can run inside a transition.</summary>
    public static VoorstelFeiten Van(Voorstel v, Omgeving o)
    {
        bool? Instemming(Aspect a) => v.Aspecten.FirstOrDefault(x => x.Aspect == a) is { HeeftGeldigAdvies: true } x ? x.Instemming : null;
        bool Vereist(Aspect a) => v.Aspecten.Any(x => x.Aspect == a && x.Vereist);

        var jaar = (v.GeplandBw ?? o.Vandaag).Year;
        var begroting = o.Begrotingskalender.FirstOrDefault(b => b.Jaar == jaar);
        var bw = v.GeplandBw is { } gepland ? o.Collegevergaderingen.Where(m => m.Datum >= gepland).MinBy(m => m.Datum) : null;
        var dt = bw is null ? null : o.Directievergaderingen.Where(m => m.Datum < bw.Sluitingsdatum).MaxBy(m => m.Datum);
        var soorten = v.Bijlagen.Select(b => b.Soort.ToString()).Distinct().ToList();
        var verstreken = VerstrekenData(v, o.Vandaag);
        var planning = Planning(v, o);

        return new VoorstelFeiten
        {
            Registratienummer = v.Registratienummer,
            Onderwerp = v.Onderwerp,
            Status = v.Status,
            Programma = v.Programma,
            Openbaarheid = v.Openbaarheid?.ToString(),
            OpenbaarNa = Dt(v.OpenbaarNa),
            BijlagenOpenbaar = v.BijlagenOpenbaar,
            GeplandDt = Dt(v.GeplandDt),
            GeplandOr = Dt(v.GeplandOr),
            GeplandBw = Dt(v.GeplandBw),
            GeplandOrNaBw = Dt(v.GeplandOrNaBw),
            GeplandRaad = Dt(v.GeplandRaad),
            Portefeuillehouder = v.Portefeuillehouder,
            Secretaris = v.Secretaris,
            Behandelwijze = v.Behandelwijze?.ToString(),
            IngediendOp = Dt(v.IngediendOp),
            Teruggestuurd = v.TeruggestuurdVanuit is not null,
            StellerNaam = v.StellerNaam,
            ParaafAfdelingshoofdOp = Dt(v.ParaafAfdelingshoofdOp),
            Dictum = v.Dictum.OrderBy(d => d.Volgorde).Select(d => d.Tekst).ToList(),
            AantalDictumpunten = v.Dictum.Count,
            SamenvattingWatEnWaarom = v.SamenvattingWatEnWaarom,
            SamenvattingHoe = v.SamenvattingHoe,
            Aanleiding = v.Aanleiding,
            Achtergrond = v.Achtergrond,
            Aanpak = v.Aanpak,
            VoorstelTekst = v.VoorstelTekst,
            AantalVoorbesprekingen = v.Voorbesprekingen.Count,
            HeeftSamenvatting = !string.IsNullOrWhiteSpace(v.SamenvattingWatEnWaarom) && !string.IsNullOrWhiteSpace(v.SamenvattingHoe),
            // Asked on the form, or by the traject whose decision moment the definition gives to the raad: the steller
            // cannot untick the latter away.
            RaadsbesluitNodig = v.RaadsbesluitNodig || o.BesluitmomentMetRaad,
            AantalBijlagen = v.Bijlagen.Count,
            BijlageSoorten = soorten,
            HeeftBegrotingswijziging = v.Bijlagen.Any(b => b.Soort == BijlageSoort.Begrotingswijziging),
            HeeftRaadsvoorstel = v.Bijlagen.Any(b => b.Soort == BijlageSoort.Raadsvoorstel),
            BudgettaireConsequenties = v.BudgettaireConsequenties,
            Kosten = v.Kosten,
            KostenPerJaar = v.KostenPerJaar,
            Baten = v.Baten,
            Dekking = v.Dekking,
            KostenOmschrijving = v.Kosten is { } k ? Meldingsjabloon.Bedrag(k) + (v.KostenPerJaar ? " per jaar" : "") : "onbekend",
            FormatieveConsequenties = v.FormatieveConsequenties,
            Fte = v.Fte,
            Inhuur = v.Inhuur,
            FinancienVereist = Vereist(Aspect.Financien), FinancienInstemming = Instemming(Aspect.Financien),
            PersoneelVereist = Vereist(Aspect.Personeel), PersoneelInstemming = Instemming(Aspect.Personeel),
            InformatiseringVereist = Vereist(Aspect.Informatisering), InformatiseringInstemming = Instemming(Aspect.Informatisering),
            InkoopVereist = Vereist(Aspect.Inkoop), InkoopInstemming = Instemming(Aspect.Inkoop),
            JuridischVereist = Vereist(Aspect.Juridisch), JuridischInstemming = Instemming(Aspect.Juridisch),
            CommunicatieVereist = Vereist(Aspect.Communicatie), CommunicatieInstemming = Instemming(Aspect.Communicatie),
            SmoVereist = Vereist(Aspect.Smo), SmoInstemming = Instemming(Aspect.Smo),
            AdviesGevraagd = v.Aspecten.Where(a => a.AdviesGevraagd).Select(a => a.Aspect.ToString()).ToList(),
            AlleVereisteAdviezenPositief = v.Aspecten.Where(a => a.Vereist).All(a => a.HeeftGeldigAdvies && a.Instemming == true),
            OrVereist = v.OrVereist,
            RaadVereist = v.RaadVereist,
            DirectiebesluitVastgelegd = v.Directiebesluit is not null,
            DirectiebesluitDatum = Dt(v.Directiebesluit?.Datum),
            OrAdviesVastgelegd = v.OrAdviesDatum is not null,
            OrAdviesDatum = Dt(v.OrAdviesDatum),
            CollegeAkkoord = v.CollegeAkkoord,
            CollegeUitkomst = v.Collegebesluit?.Uitkomst.ToString(),
            RaadUitkomst = v.Raadsbesluit?.Uitkomst.ToString(),
            HeeftProject = v.ProjectId is not null,
            ProjectNaam = o.ProjectNaam,
            ProjectProgramma = o.ProjectProgramma,
            ProjectStart = Dt(o.ProjectStart),
            ProjectEinde = Dt(o.ProjectEinde),
            AfdelingNaam = o.AfdelingNaam,
            AfdelingIsOntwikkelbedrijf = o.AfdelingIsOntwikkelbedrijf,
            Begrotingsjaar = jaar,
            BegrotingsjaarBekend = begroting is not null,
            VoorjaarsnotaDeadline = Dt(begroting?.VoorjaarsnotaDeadline),
            KadernotaDeadline = Dt(begroting?.KadernotaDeadline),
            BwVergaderingBekend = bw is not null,
            BwVergadering = Dt(bw?.Datum),
            BwSluitingsdatum = Dt(bw?.Sluitingsdatum),
            WerkdagenTotSluiting = bw is null ? 0 : Math.Max(0, Werkdagen.Tussen(o.Vandaag, bw.Sluitingsdatum)),
            SluitingsdatumVerstreken = bw is not null && bw.Sluitingsdatum < o.Vandaag,
            GeplandBwIsVergadering = bw is not null && bw.Datum == v.GeplandBw,
            DtVergadering = Dt(dt?.Datum),
            GeplandDtIsVergadering = v.GeplandDt is { } geplandDt && o.Directievergaderingen.Any(m => m.Datum == geplandDt),
            VerstrekenGeplandeData = verstreken,
            HeeftVerstrekenGeplandeDatum = verstreken.Count > 0,
            PlanningBekend = planning.Poorten.Count > 0,
            PlanningCollegevergadering = Dt(planning.Poorten.LastOrDefault()?.Vergadering?.Datum),
            PoortTitel = planning.Huidig?.Titel,
            PoortUiterlijk = Dt(planning.Huidig?.Uiterlijk),
            PoortVergadering = Dt(planning.Huidig?.Vergadering?.Datum),
            PoortSpeling = planning.Huidig is { } huidig ? Math.Max(0, Werkdagen.Tussen(o.Vandaag, huidig.Uiterlijk)) : 0,
            PoortStand = planning.Huidig?.Stand.ToString(),
            PoortenTeLaat = planning.Poorten.Where(p => p.Stand == Poortstand.TeLaat).Select(p => p.Titel).ToList(),
            PoortenMetRisico = planning.Poorten.Where(p => p.Stand == Poortstand.Risico).Select(p => p.Titel).ToList(),
            EersteHaalbareCollegevergadering = Dt(planning.EersteHaalbare),
            Vandaag = o.Vandaag.ToDateTime(TimeOnly.MinValue),
        };
    }

    private static DateTime? Dt(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);

    private sealed record Planningsoordeel(IReadOnlyList<Poortplanning> Poorten, Poortplanning? Huidig, DateOnly? EersteHaalbare);

    /// <summary>How far ahead a late gate looks for a B&amp;W meeting it still reaches.</summary>
    private const int HaalbaarZoeken = 26;

    /// <summary>
    /// The terugrekenplanning exactly as <see cref="Voorstel.Planning"/> makes it for the proposal page, and, when the
    /// gate the proposal is at is late, the first later B&amp;W meeting for which it is not.
    /// </summary>
    private static Planningsoordeel Planning(Voorstel v, Omgeving o)
    {
        if (o.Definitie is not { } definitie || o.Vergaderingen is not { } vergaderingen || v.GeplandBw is not { } bw
            || definitie.Status(v.Status).Eind)
            return new([], null, null);
        var route = v.Routestappen(definitie);
        var planning = Terugrekenplanning.Bereken(definitie, route, bw, vergaderingen, o.Vandaag);
        var huidig = planning.Van(v.Status);
        DateOnly? haalbaar = null;
        if (huidig?.Stand == Poortstand.TeLaat)
            haalbaar = vergaderingen.Where(m => m.Orgaan == Orgaan.College && m.Datum > bw && m.Datum >= o.Vandaag)
                .OrderBy(m => m.Datum).Take(HaalbaarZoeken).Select(m => m.Datum)
                .Cast<DateOnly?>()
                .FirstOrDefault(d => Terugrekenplanning.Bereken(definitie, route, d, vergaderingen, o.Vandaag).Van(v.Status)
                    is { Stand: not Poortstand.TeLaat });
        return new(planning.Poorten, huidig, haalbaar);
    }

    /// <summary>A date of a gate that has already been passed may lie behind; only the dates still ahead count.</summary>
    private static List<string> VerstrekenData(Voorstel v, DateOnly vandaag)
    {
        var data = new (string Naam, DateOnly? Datum, bool NogTeGaan)[]
        {
            ("DT d.d.", v.GeplandDt, v.Directiebesluit is null),
            ("OR d.d.", v.GeplandOr, v.OrAdviesDatum is null),
            ("B&W d.d.", v.GeplandBw, !v.CollegeAkkoord),
            ("OR d.d. (na B&W)", v.GeplandOrNaBw, !v.CollegeAkkoord),
            ("raad d.d.", v.GeplandRaad, v.Raadsbesluit is null or { Uitkomst: Workflows.Voorstellen.RaadUitkomst.Aangehouden }),
        };
        return data.Where(d => d.NogTeGaan && d.Datum < vandaag)
            .Select(d => $"{d.Naam} {Meldingsjabloon.Datum(d.Datum!.Value.ToDateTime(TimeOnly.MinValue))}").ToList();
    }
}
