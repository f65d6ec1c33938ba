using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Machine;

/// <summary>
/// Which gates of a definition a proposal passes. Only the routing guards (set at submission by the routing policy)
/// decide that; every other guard is a matter of time (advice coming in, a return to the steller) and is taken as
/// passable. Works from the definition alone, so any route draws the same way.
/// </summary>
public static class Routeplan
{
    /// <summary>The guards whose value the routing policy fixes when the proposal is submitted.</summary>
    public static readonly IReadOnlySet<string> Routeringsguards = new HashSet<string> { Guards.OrVereist, Guards.RaadVereist };

    /// <summary>
    /// The gates in definition order (leaving out the steller's revision state and end states other than the current one).
    /// </summary>
    public static IReadOnlyList<Routestap> Stappen(WorkflowDefinitie definitie, Voorstel voorstel)
    {
        var routeBepaald = voorstel.IngediendOp is not null;
        var afgelopen = definitie.Status(voorstel.Status).Eind;
        var bezocht = voorstel.Gebeurtenissen.SelectMany(g => new[] { g.VanStatus, g.NaarStatus }).OfType<string>().ToHashSet();

        var opRoute = Bereikbaar(definitie, naam => Guards.Bouw(naam, voorstel)());
        // Before submission: a gate is certain when every combination of routing values passes it, undecided when some do.
        var combinaties = Combinaties().Select(waarden => Bereikbaar(definitie, g => Waarde(g, waarden))).ToList();

        return definitie.Statussen
            .Where(s => s.Naam == voorstel.Status || (!s.Eind && !IsHerziening(definitie, s)))
            .Select(s => new Routestap(s.Naam, s.Titel,
                s.Naam == voorstel.Status ? Routestand.Huidig
                : bezocht.Contains(s.Naam) ? Routestand.Gedaan
                : afgelopen ? Routestand.Overgeslagen
                : routeBepaald ? (opRoute.Contains(s.Naam) ? Routestand.Komt : Routestand.Overgeslagen)
                : combinaties.All(c => c.Contains(s.Naam)) ? Routestand.Komt
                : Routestand.NogTeBepalen))
            .ToList();
    }

    private static bool IsHerziening(WorkflowDefinitie definitie, StatusDefinitie s) =>
        s.BewerkbaarDoorSteller && s.Naam != definitie.Beginstatus;

    /// <summary>The states reachable from the beginning along forward transitions whose routing guards hold.</summary>
    private static HashSet<string> Bereikbaar(WorkflowDefinitie definitie, Func<string, bool> routeringsguard)
    {
        var bereikt = new HashSet<string> { definitie.Beginstatus };
        var rij = new Queue<string>(bereikt);
        while (rij.TryDequeue(out var naam))
        {
            var status = definitie.Status(naam);
            if (IsHerziening(definitie, status)) continue;
            foreach (var o in status.Overgangen)
            {
                if (o.Intern || o.Naar is null || IsHerziening(definitie, definitie.Status(o.Naar))) continue;
                if (!o.Guards.Where(g => Routeringsguards.Contains(Guards.Ontleed(g).Naam)).All(routeringsguard)) continue;
                if (bereikt.Add(o.Naar)) rij.Enqueue(o.Naar);
            }
        }
        return bereikt;
    }

    private static bool Waarde(string guard, IReadOnlyDictionary<string, bool> waarden)
    {
        var v = Guards.Ontleed(guard);
        return waarden[v.Naam] != v.Ontkend;
    }

    private static IEnumerable<Dictionary<string, bool>> Combinaties()
    {
        var namen = Routeringsguards.ToList();
        for (var bits = 0; bits < 1 << namen.Count; bits++)
            yield return namen.Select((n, i) => (n, (bits & (1 << i)) != 0)).ToDictionary(p => p.n, p => p.Item2);
    }
}
