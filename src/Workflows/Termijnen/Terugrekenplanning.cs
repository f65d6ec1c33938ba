using System.Globalization;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Termijnen;

/// <summary>
/// Works back from the chosen B&amp;W meeting to the latest day each earlier gate must be done. The proposal must be on
/// the B&amp;W agenda by that meeting's closing date; a gate that is a meeting (its task is planned on a DT or OR date)
/// takes the latest meeting of that body before the next gate's closing date, and must then itself be reached by that
/// meeting's closing date; any other gate gets its tasks' lead time in working days (<c>termijnWerkdagen</c>). All of it
/// comes from the definition, the route and the meetings handed in, so a new gate needs no code.
/// </summary>
public sealed class Terugrekenplanning
{
    /// <summary>A gate not done with fewer working days than this left until its latest start (or, when it is the
    /// current gate, its latest day) is at risk.</summary>
    public const int RisicoWerkdagen = 2;

    private static readonly CultureInfo Nl = new("nl-NL");

    private Terugrekenplanning(IReadOnlyList<Poortplanning> poorten, string? melding)
    {
        Poorten = poorten;
        Melding = melding;
    }

    /// <summary>The gates in route order, the B&amp;W meeting last; empty when <see cref="Melding"/> says why.</summary>
    public IReadOnlyList<Poortplanning> Poorten { get; }

    /// <summary>Why there is no planning (no B&amp;W meeting chosen, a date without a meeting, a meeting in the past).</summary>
    public string? Melding { get; }

    public Poortplanning? Van(string status) => Poorten.FirstOrDefault(p => p.Status == status);

    /// <summary>
    /// The gate that sets where the proposal stands as a whole: the first gate still to be done that is late, else the
    /// first at risk, else the first still to be done (on track); null without a planning or when every gate is done.
    /// </summary>
    public Poortplanning? MaatgevendePoort
    {
        get
        {
            var open = Poorten.Where(p => p.Stand is Poortstand.OpSchema or Poortstand.Risico or Poortstand.TeLaat).ToList();
            return open.FirstOrDefault(p => p.Stand == Poortstand.TeLaat) ?? open.FirstOrDefault(p => p.Stand == Poortstand.Risico)
                ?? open.FirstOrDefault();
        }
    }

    /// <param name="gepland">The proposal's planned date for a planning field (<see cref="Planningsdatums"/>): a meeting
    /// gate works towards the meeting the proposal is planned on, and says so when that one comes too late.</param>
    public static Terugrekenplanning Bereken(WorkflowDefinitie definitie, IReadOnlyList<Routestap> route, DateOnly? geplandBw,
        IReadOnlyCollection<Vergadermoment> vergaderingen, DateOnly vandaag, Func<string, DateOnly?>? gepland = null)
    {
        var college = definitie.Statussen.FirstOrDefault(s => s.Taken.Any(t => t.Gepland == Planningsdatums.GeplandBw));
        var index = college is null ? -1 : route.ToList().FindIndex(s => s.Naam == college.Naam);
        if (index < 0) return new([], null);
        if (geplandBw is not { } datum)
            return new([], "Kies een collegevergadering (B&W d.d.); daaruit rekent de planning terug.");
        var afgerond = route[index].Stand is Routestand.Gedaan;
        var bw = vergaderingen.FirstOrDefault(v => v.Orgaan == Orgaan.College && v.Datum == datum);
        if (bw is null && !afgerond)
            return new([], $"Op {Dag(datum)} vergadert het college niet volgens de vergaderkalender. Kies een collegevergadering uit de lijst; daaruit rekent de planning terug.");
        if (datum < vandaag && !afgerond && route[index].Stand is not Routestand.Huidig)
            return new([], $"De collegevergadering van {Dag(datum)} ligt in het verleden. Kies een collegevergadering die nog moet komen.");
        bw ??= new Vergadermoment(Orgaan.College, datum, datum);

        var poorten = new List<Poortplanning>();
        // The latest day the gate before must be done, and so the latest day the gate after can start.
        var gereed = bw.Sluitingsdatum;
        poorten.Add(Poort(route[index], college!.Titel, bw.Datum, bw, bw.Sluitingsdatum,
            $"Collegevergadering; de agenda sluit op {Dag(bw.Sluitingsdatum)}.", vandaag));
        for (var i = index - 1; i >= 0; i--)
        {
            var stap = route[i];
            var status = definitie.Status(stap.Naam);
            var titel = status.Naam == definitie.Beginstatus ? "Indienen" : status.Titel;
            if (stap.Stand is Routestand.Overgeslagen)
            {
                poorten.Add(new Poortplanning(stap.Naam, titel, gereed, null, Poortstand.Overgeslagen, "Deze poort valt buiten de route."));
                continue;
            }
            var termijn = status.Taken.Select(t => t.TermijnWerkdagen ?? 0).DefaultIfEmpty(0).Max();
            var veld = status.Taken.Select(t => t.Gepland).FirstOrDefault(g => OrgaanVan(g) is not null);
            var orgaan = OrgaanVan(veld);
            var eerder = stap.Stand is Routestand.NogTeBepalen ? " Alleen als de route deze poort bevat." : "";
            if (orgaan is { } o)
            {
                var volgende = gereed;
                var vergadering = vergaderingen.Where(v => v.Orgaan == o && v.Datum < volgende).MaxBy(v => v.Datum);
                // The meeting the proposal is planned on, when it is one of that body: the gates before it work towards
                // its closing date; one on or after the next gate's closing date cannot make it, and the gate says so.
                var gekozen = gepland?.Invoke(veld!) is { } g ? vergaderingen.FirstOrDefault(v => v.Orgaan == o && v.Datum == g) : null;
                if (gekozen is not null && gekozen.Datum >= volgende)
                {
                    var laatste = vergadering ?? gekozen;
                    var advies = vergadering is null ? "De kalender heeft geen eerdere vergadering: kies een latere collegevergadering."
                        : $"Kies uiterlijk de vergadering van {Dag(vergadering.Datum)} of een latere collegevergadering.";
                    poorten.Add(new Poortplanning(stap.Naam, titel, laatste.Datum, laatste,
                        stap.Stand is Routestand.Gedaan ? Poortstand.Afgerond : Poortstand.TeLaat,
                        $"Gepland op de vergadering van {Dag(gekozen.Datum)}; die ligt niet vóór {Dag(volgende)}, de sluiting van de agenda hierna. {advies}{eerder}"));
                    gereed = laatste.Sluitingsdatum;
                    continue;
                }
                if (gekozen is not null)
                {
                    poorten.Add(Poort(stap, titel, gekozen.Datum, gekozen, gekozen.Sluitingsdatum,
                        $"Geplande vergadering; de agenda sluit op {Dag(gekozen.Sluitingsdatum)}.{eerder}", vandaag));
                    gereed = gekozen.Sluitingsdatum;
                    continue;
                }
                if (vergadering is not null)
                {
                    poorten.Add(Poort(stap, titel, vergadering.Datum, vergadering, vergadering.Sluitingsdatum,
                        $"Laatste vergadering vóór {Dag(volgende)}; de agenda sluit op {Dag(vergadering.Sluitingsdatum)}.{eerder}", vandaag));
                    gereed = vergadering.Sluitingsdatum;
                    continue;
                }
                poorten.Add(Poort(stap, titel, gereed, null, Werkdagen.Plus(gereed, -termijn),
                    $"Geen vergadering in de kalender vóór {Dag(gereed)}; gerekend met de termijn van {termijn} werkdagen.{eerder}", vandaag));
                gereed = Werkdagen.Plus(gereed, -termijn);
                continue;
            }
            var start = Werkdagen.Plus(gereed, -termijn);
            poorten.Add(Poort(stap, titel, gereed, null, start,
                termijn == 0 ? $"Uiterlijk indienen om de poorten hierna hun termijnen te laten.{eerder}"
                    : $"Termijn {termijn} werkdagen vóór {Dag(gereed)}.{eerder}", vandaag));
            gereed = start;
        }
        poorten.Reverse();
        return new(poorten, null);
    }

    /// <param name="start">The latest day the gate can start and still keep its lead time.</param>
    private static Poortplanning Poort(Routestap stap, string titel, DateOnly uiterlijk, Vergadermoment? vergadering,
        DateOnly start, string toelichting, DateOnly vandaag)
    {
        var stand = stap.Stand switch
        {
            Routestand.Gedaan => Poortstand.Afgerond,
            Routestand.Overgeslagen => Poortstand.Overgeslagen,
            _ when vandaag > uiterlijk => Poortstand.TeLaat,
            // A meeting gate that holds the proposal has it on that meeting's agenda: nothing to catch up on.
            Routestand.Huidig when vergadering is not null => Poortstand.OpSchema,
            // The current gate has started: what counts is the time left to its latest day. A gate still to come is at
            // risk when its latest start is (almost) here, since the gates before it still need their time.
            Routestand.Huidig => Werkdagen.Tussen(vandaag, uiterlijk) < RisicoWerkdagen ? Poortstand.Risico : Poortstand.OpSchema,
            _ => Werkdagen.Tussen(vandaag, start) < RisicoWerkdagen ? Poortstand.Risico : Poortstand.OpSchema,
        };
        return new Poortplanning(stap.Naam, titel, uiterlijk, vergadering, stand, toelichting);
    }

    private static Orgaan? OrgaanVan(string? gepland) => gepland switch
    {
        Planningsdatums.GeplandDt => Orgaan.Directieteam,
        Planningsdatums.GeplandOr => Orgaan.OndernemingsRaad,
        Planningsdatums.GeplandBw => Orgaan.College,
        Planningsdatums.GeplandRaad => Orgaan.Gemeenteraad,
        _ => null,
    };

    private static string Dag(DateOnly d) => d.ToString("dddd d MMMM yyyy", Nl);
}
