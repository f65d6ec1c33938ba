using Besluitvorming.Rules;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// A traject gate checked through the collegevoorstel's rules wrapper: the transition's <c>poort</c> names rule set
/// <c>poort-&lt;poort&gt;</c> (a traject's are <c>poort-traject-*</c>, on <see cref="TrajectFeiten"/>), evaluated in its
/// active version, compiled beforehand, so the check does no I/O inside the verb. Keeps the warnings it gave.
/// </summary>
public sealed class TrajectPoort(Regelbeoordelaar beoordelaar, IReadOnlyDictionary<string, int> actieveVersies, DateOnly vandaag)
    : ITrajectPoort
{
    private readonly List<string> _waarschuwingen = [];

    public IReadOnlyList<string> Waarschuwingen => _waarschuwingen;

    public Poortoordeel? Toets(Poortvraag vraag)
    {
        var naam = Regelset.Poort(vraag.Overgang.Poort!);
        if (!actieveVersies.TryGetValue(naam, out var versie)) return null;
        var uitkomst = beoordelaar.BeoordeelGecompileerd(naam, versie, Feiten(vraag, vandaag))
            ?? throw new InvalidOperationException($"Regelset {naam} versie {versie} is niet gecompileerd.");
        var oordeel = new Poortoordeel([.. uitkomst.Blokkerend.Select(b => b.Melding)], [.. uitkomst.Waarschuwingen.Select(b => b.Melding)]);
        if (oordeel.Blokkerend.Count == 0) _waarschuwingen.AddRange(oordeel.Waarschuwingen);
        return oordeel;
    }

    public static TrajectFeiten Feiten(Poortvraag v, DateOnly vandaag)
    {
        var bewijs = v.Stap.Bewijs.Concat(v.NieuwBewijs).Select(b => b.Soort).ToList();
        return new TrajectFeiten
        {
            Workflow = v.Definitie.Naam,
            Traject = v.Traject.Naam,
            Kern = v.Traject.Kern,
            Groep = v.Traject.Groep,
            Stap = v.Stap.Stap,
            Trigger = v.Overgang.Trigger,
            Naar = v.Overgang.Naar,
            Bewijs = bewijs,
            AantalBewijs = bewijs.Count,
            HeeftVerslag = bewijs.Contains(Bewijssoorten.Verslag),
            HeeftPlan = bewijs.Contains(Bewijssoorten.Plan),
            HeeftAfspraak = bewijs.Contains(Bewijssoorten.Afspraak),
            BewijsPerStap = [.. v.Traject.Stappen.SelectMany(s => s.Bewijs.Select(b => $"{s.Stap}:{b.Soort}"))
                .Concat(v.NieuwBewijs.Select(b => $"{v.Stap.Stap}:{b.Soort}")).Distinct()],
            AfgerondeStappen = [.. v.Traject.Stappen.Where(s => s.Uitkomst is StapUitkomst.Voltooid or StapUitkomst.Ingestemd).Select(s => s.Stap).Distinct()],
            OvergeslagenStappen = [.. v.Traject.Stappen.Where(s => s.Uitkomst == StapUitkomst.Overgeslagen).Select(s => s.Stap).Distinct()],
            HeeftOpmerking = !string.IsNullOrWhiteSpace(v.Opmerking),
            DoorProjectleider = v.Traject.IsProjectleider(v.Actor),
            Vandaag = vandaag.ToDateTime(TimeOnly.MinValue),
        };
    }
}
