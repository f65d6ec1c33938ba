namespace Besluitvorming.Workflows.Definities;

/// <summary>
/// The checks a new version gets on top of what <see cref="WorkflowDefinitieLezer"/> checks before the beheerder may
/// store it, and what it changes compared with the version before it.
/// </summary>
public static class Versiecontrole
{
    /// <summary>What a stored definition's name may look like: it is part of the Beheer page's address.</summary>
    private static readonly System.Text.RegularExpressions.Regex NaamVorm = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    /// <param name="vorige">The highest stored version of the same name; null for a new definition.</param>
    public static List<string> Controleer(WorkflowDefinitie nieuw, WorkflowDefinitie? vorige)
    {
        var p = new List<string>();
        if (!NaamVorm.IsMatch(nieuw.Naam))
            p.Add($"naam '{nieuw.Naam}': gebruik kleine letters, cijfers en streepjes, zoals 'thuis-in-de-buurt-accommodatie'");
        if (vorige is null && nieuw.Versie != 1)
            p.Add($"'{nieuw.Naam}' is een nieuwe definitie: 'versie' moet 1 zijn, niet {nieuw.Versie}");
        if (vorige is not null && nieuw.Versie != vorige.Versie + 1)
            p.Add($"'versie' moet {vorige.Versie + 1} zijn (de hoogste opgeslagen versie van '{nieuw.Naam}' is {vorige.Versie}), niet {nieuw.Versie}");
        if (vorige is not null && nieuw.Familie != vorige.Familie)
            p.Add($"familie '{nieuw.Familie}' wijkt af van de opgeslagen versies van '{nieuw.Naam}' ('{vorige.Familie}')");

        foreach (var s in nieuw.Statussen)
            foreach (var dubbel in s.Overgangen.GroupBy(o => (o.Trigger, Guards: string.Join("|", o.Guards.Order()))).Where(g => g.Count() > 1))
                p.Add($"status '{s.Naam}': trigger '{dubbel.Key.Trigger}' staat er twee keer met dezelfde guards");

        var namen = nieuw.Statussen.Select(s => s.Naam).ToHashSet();
        foreach (var s in nieuw.Statussen.Where(s => !s.Eind && !KanEindeBereiken(nieuw, s.Naam, namen)))
            p.Add($"status '{s.Naam}': vanaf hier is geen eindstatus te bereiken (de zaak zou er blijven steken)");
        return p;
    }

    private static bool KanEindeBereiken(WorkflowDefinitie d, string start, IReadOnlySet<string> namen)
    {
        var bereikt = new HashSet<string> { start };
        var rij = new Queue<string>([start]);
        while (rij.TryDequeue(out var huidig))
        {
            var status = d.ZoekStatus(huidig);
            if (status is null) continue;
            if (status.Eind) return true;
            foreach (var o in status.Overgangen)
                if (o.Naar is not null && namen.Contains(o.Naar) && bereikt.Add(o.Naar)) rij.Enqueue(o.Naar);
        }
        return false;
    }

    /// <summary>States and transitions (status, trigger, target) the new version adds or drops.</summary>
    public static Versieverschil Verschil(WorkflowDefinitie? vorige, WorkflowDefinitie nieuw)
    {
        var oudeStatussen = vorige?.Statussen.Select(s => s.Naam).ToHashSet() ?? [];
        var nieuweStatussen = nieuw.Statussen.Select(s => s.Naam).ToHashSet();
        var oudeOvergangen = Overgangen(vorige).ToHashSet();
        var nieuweOvergangen = Overgangen(nieuw).ToHashSet();
        return new Versieverschil(
            [.. nieuw.Statussen.Select(s => s.Naam).Where(n => !oudeStatussen.Contains(n))],
            [.. (vorige?.Statussen ?? []).Select(s => s.Naam).Where(n => !nieuweStatussen.Contains(n))],
            [.. Overgangen(nieuw).Where(o => !oudeOvergangen.Contains(o))],
            [.. Overgangen(vorige).Where(o => !nieuweOvergangen.Contains(o))],
            [.. nieuw.Statussen.Where(s => vorige?.ZoekStatus(s.Naam) is { } oud && Inhoud(oud) != Inhoud(s)).Select(s => s.Naam)]);
    }

    private static IEnumerable<Overgangsleutel> Overgangen(WorkflowDefinitie? d) =>
        (d?.Statussen ?? []).SelectMany(s => s.Overgangen.Select(o => new Overgangsleutel(s.Naam, o.Trigger, o.Naar))).Distinct();

    /// <summary>Everything of a state besides its name, to see that it changed.</summary>
    private static string Inhoud(StatusDefinitie s) => System.Text.Json.JsonSerializer.Serialize(s);
}
