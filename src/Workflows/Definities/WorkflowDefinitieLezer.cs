using System.Text.Json;
using System.Text.Json.Serialization;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Definities;

/// <summary>Reads and validates a workflow definition. Anything wrong stops with every problem named.</summary>
public static partial class WorkflowDefinitieLezer
{
    private static readonly JsonSerializerOptions Opties = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // "statussen": null or "naam": null is a fault in the file, not a null for the checks below to trip over.
        RespectNullableAnnotations = true,
    };

    public static WorkflowDefinitie LeesBestand(string pad) => Lees(File.ReadAllText(pad), Path.GetFileName(pad));

    public static WorkflowDefinitie Lees(string json, string bron)
    {
        WorkflowDefinitie? definitie;
        try
        {
            definitie = JsonSerializer.Deserialize<WorkflowDefinitie>(json, Opties);
        }
        catch (JsonException e)
        {
            throw new WorkflowDefinitieOngeldigException(bron, [$"geen geldige JSON: {e.Message}"]);
        }
        if (definitie is null) throw new WorkflowDefinitieOngeldigException(bron, ["het bestand is leeg"]);
        if (LegeElementen(definitie) is { Count: > 0 } leeg) throw new WorkflowDefinitieOngeldigException(bron, leeg);

        var problemen = Controleer(definitie);
        if (problemen.Count > 0) throw new WorkflowDefinitieOngeldigException(bron, problemen);
        return definitie;
    }

    /// <summary>A null inside a list (<c>"statussen": [null]</c>), which nullable annotations do not cover.</summary>
    private static List<string> LegeElementen(WorkflowDefinitie d)
    {
        var p = new List<string>();
        if (d.Statussen.Any(s => s is null)) p.Add("'statussen' bevat een lege waarde (null)");
        foreach (var s in d.Statussen.Where(s => s is not null))
        {
            if (s.Overgangen.Any(o => o is null)) p.Add($"status '{s.Naam}': 'overgangen' bevat een lege waarde (null)");
            if (s.Taken.Any(t => t is null)) p.Add($"status '{s.Naam}': 'taken' bevat een lege waarde (null)");
            if (s.VereistBewijs.Any(b => b is null)) p.Add($"status '{s.Naam}': 'vereistBewijs' bevat een lege waarde (null)");
            foreach (var o in s.Overgangen.Where(o => o is not null && (o.Rollen.Any(r => r is null) || o.Guards.Any(g => g is null) || o.Mail.Any(m => m is null))))
                p.Add($"status '{s.Naam}', trigger '{o.Trigger}': 'rollen', 'guards' of 'mail' bevat een lege waarde (null)");
        }
        return p;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex PoortWoord();

    /// <summary>
    /// Gates that name no known rule set; <paramref name="regelsets"/> are the rule set names the application has
    /// (checked at start-up, where the rule sets are known).
    /// </summary>
    public static List<string> OnbekendePoorten(WorkflowDefinitie d, IReadOnlySet<string> regelsets) =>
        [.. d.Statussen.SelectMany(s => s.Overgangen.Where(o => o.Poort is not null && !regelsets.Contains("poort-" + o.Poort))
            .Select(o => $"status '{s.Naam}', trigger '{o.Trigger}': onbekende poort '{o.Poort}' (er is geen regelset 'poort-{o.Poort}')"))
            .Distinct()];

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial System.Text.RegularExpressions.Regex TaaksoortWoord();

    private static IEnumerable<string> ControleerInvoer(List<InvoerveldDefinitie> velden)
    {
        foreach (var v in velden)
        {
            if (!Invoervelden.Alle.Contains(v.Veld))
            {
                yield return $"onbekend invoerveld '{v.Veld}' (bekend: {string.Join(", ", Invoervelden.Alle)})";
                continue;
            }
            if (string.IsNullOrWhiteSpace(v.Label)) yield return $"invoerveld '{v.Veld}' heeft geen 'label'";
            if (v.Standaard is not null && (!Planningsdatums.Alle.Contains(v.Standaard) || v.Veld is not (Invoervelden.Datum or Invoervelden.NieuweDatum)))
                yield return $"invoerveld '{v.Veld}': 'standaard' is een planningsdatum ({string.Join(", ", Planningsdatums.Alle)}) en alleen voor een datumveld";
            if (v.NaDatum is not null && v.Veld != Invoervelden.NieuweDatum)
                yield return $"invoerveld '{v.Veld}': 'naDatum' hoort alleen bij '{Invoervelden.NieuweDatum}'";
            if (v.VerplichtBijNee is not null && v.Veld != Invoervelden.Opmerking)
                yield return $"invoerveld '{v.Veld}': 'verplichtBijNee' hoort alleen bij '{Invoervelden.Opmerking}'";
        }
        foreach (var dubbel in velden.GroupBy(v => v.Veld).Where(g => g.Count() > 1))
            yield return $"invoerveld '{dubbel.Key}' staat er meermaals";
    }

    public static List<string> Controleer(WorkflowDefinitie d)
    {
        var p = new List<string>();
        if (string.IsNullOrWhiteSpace(d.Naam)) p.Add("'naam' ontbreekt");
        if (d.Versie < 1) p.Add("'versie' moet 1 of hoger zijn");
        if (d.Statussen.Count == 0) p.Add("er zijn geen statussen");
        if (!Families.Alle.Contains(d.Familie)) p.Add($"onbekende familie '{d.Familie}' (bekend: {string.Join(", ", Families.Alle)})");
        var traject = d.Familie == Families.Traject;
        var bekendeTriggers = traject ? TrajectTriggers.Alle : Triggers.Alle;

        // A collegevoorstel may declare triggers of its own (a new gate): such a trigger completes the actor's task and
        // records nothing else; a known trigger records what it carries (see Voorstel).
        if (traject && d.EigenTriggers.Count > 0) p.Add("'eigenTriggers' horen alleen bij familie 'collegevoorstel'");
        foreach (var t in d.EigenTriggers.Where(t => !TaaksoortWoord().IsMatch(t) || bekendeTriggers.Contains(t) || TrajectTriggers.Alle.Contains(t)))
            p.Add($"eigen trigger '{t}' is geen nieuw woord met een hoofdletter (of heet al zo)");

        var namen = new HashSet<string>();
        foreach (var s in d.Statussen)
        {
            if (string.IsNullOrWhiteSpace(s.Naam)) p.Add("een status heeft geen naam");
            else if (!namen.Add(s.Naam)) p.Add($"status '{s.Naam}' komt twee keer voor");
        }
        if (!namen.Contains(d.Beginstatus)) p.Add($"beginstatus '{d.Beginstatus}' is geen bekende status");
        if (!d.Statussen.Any(s => s.Eind)) p.Add("er is geen eindstatus ('eind': true)");
        if (d.ZoekStatus(d.Beginstatus) is { Taken.Count: > 0 }) p.Add($"beginstatus '{d.Beginstatus}' kan geen taken openen");

        foreach (var s in d.Statussen)
        {
            // An end state ends the decision; only an automatic step to another end state (publication) may follow it.
            if (s.Eind && s.Overgangen.Any(o => !o.Automatisch || o.Naar is null || d.ZoekStatus(o.Naar) is not { Eind: true }))
                p.Add($"eindstatus '{s.Naam}' heeft overgangen (alleen een automatische overgang naar een andere eindstatus mag)");
            if (!s.Eind && s.Overgangen.Count == 0) p.Add($"status '{s.Naam}' heeft geen overgangen en is geen eindstatus");
            foreach (var t in s.Taken)
            {
                // A kind of the definition's own (a new gate's task) is one word and says what it asks in its 'titel'.
                if (!Taaksoorten.Alle.Contains(t.Soort) && (!TaaksoortWoord().IsMatch(t.Soort) || string.IsNullOrWhiteSpace(t.Titel)))
                    p.Add($"status '{s.Naam}': onbekende taaksoort '{t.Soort}' (bekend: {string.Join(", ", Taaksoorten.Alle)}; " +
                          "een eigen taaksoort is één woord met een hoofdletter en heeft een 'titel')");
                if (!Taakhouders.Alle.Contains(t.Houder))
                    p.Add($"status '{s.Naam}': taak '{t.Soort}' heeft een onbekende houder '{t.Houder}' (bekend: {string.Join(", ", Taakhouders.Alle)})");
                if (!Taakmails.Alle.Contains(t.Mail))
                    p.Add($"status '{s.Naam}': taak '{t.Soort}' heeft een onbekende mail '{t.Mail}' (bekend: {string.Join(", ", Taakmails.Alle)})");
                if (t.Gepland is not null && !Planningsdatums.Alle.Contains(t.Gepland))
                    p.Add($"status '{s.Naam}': taak '{t.Soort}' heeft een onbekende planningsdatum '{t.Gepland}' (bekend: {string.Join(", ", Planningsdatums.Alle)})");
                if (!Rollen.WorkflowRollen.Contains(t.Rol) || t.Rol == Rollen.Systeem)
                    p.Add($"status '{s.Naam}': taak '{t.Soort}' heeft een onbekende rol '{t.Rol}'");
                if (t.TermijnWerkdagen is < 0) p.Add($"status '{s.Naam}': taak '{t.Soort}' heeft een negatieve termijn");
            }

            foreach (var o in s.Overgangen)
            {
                var waar = $"status '{s.Naam}', trigger '{o.Trigger}'";
                if (!bekendeTriggers.Contains(o.Trigger) && !d.EigenTriggers.Contains(o.Trigger))
                    p.Add($"{waar}: onbekende trigger (bekend: {string.Join(", ", bekendeTriggers)}" +
                          (traject ? ")" : "; een eigen trigger staat in 'eigenTriggers')"));
                if (o.Intern && o.Naar is not null) p.Add($"{waar}: een interne overgang heeft geen 'naar'");
                if (o.Intern && o.Automatisch) p.Add($"{waar}: een automatische overgang kan niet intern zijn (hij zou blijven rondgaan)");
                if (!o.Intern && o.Naar is null) p.Add($"{waar}: 'naar' ontbreekt");
                if (o.Naar is not null && !namen.Contains(o.Naar)) p.Add($"{waar}: onbekende status '{o.Naar}'");
                if (o.Rollen.Count == 0) p.Add($"{waar}: geen rol mag deze trigger afvuren ('rollen' is leeg)");
                foreach (var r in o.Rollen.Where(r => !Rollen.WorkflowRollen.Contains(r)))
                    p.Add($"{waar}: onbekende rol '{r}'");
                if (o.Automatisch && o.Rollen.Any(r => r != Rollen.Systeem))
                    p.Add($"{waar}: een automatische overgang heeft alleen de rol '{Rollen.Systeem}'");
                if (!o.Automatisch && o.Rollen.Contains(Rollen.Systeem) && !traject)
                    p.Add($"{waar}: de rol '{Rollen.Systeem}' hoort alleen bij automatische overgangen");
                foreach (var g in o.Guards)
                    if (Guards.Controleer(g, namen.Contains) is { } fout) p.Add($"{waar}: {fout}");
                if (o.Poort is not null && (!PoortWoord().IsMatch(o.Poort) || o.Poort.StartsWith("poort-", StringComparison.Ordinal)))
                    p.Add($"{waar}: onbekende poort '{o.Poort}' (een poort is een woord in kleine letters zonder 'poort-', zoals 'paraaf', en verwijst naar regelset 'poort-<poort>')");
                // A traject's gates read a traject's facts (rule sets poort-traject-*), a proposal's gates a proposal's.
                if (o.Poort is not null && traject != o.Poort.StartsWith("traject-", StringComparison.Ordinal))
                    p.Add(traject
                        ? $"{waar}: poort '{o.Poort}' hoort bij een collegevoorstel; een poort van een traject begint met 'traject-' (regelset 'poort-traject-<poort>')"
                        : $"{waar}: poort '{o.Poort}' hoort bij een traject; kies een poort van een collegevoorstel");
                var mails = traject ? Trajectmails.Alle : Overgangsmails.Alle;
                foreach (var m in o.Mail.Where(m => !mails.Contains(m)))
                    p.Add($"{waar}: onbekende mail '{m}' (bekend: {string.Join(", ", mails)})");
                if (o.Mail.Contains(Trajectmails.Geen) && o.Mail.Count > 1) p.Add($"{waar}: mail '{Trajectmails.Geen}' staat alleen");
                p.AddRange(ControleerInvoer(o.Invoer).Select(fout => $"{waar}: {fout}"));
            }

            // One trigger is one gate, one set of mails and one form in a status, whichever of its transitions the guards pick.
            foreach (var g in s.Overgangen.GroupBy(o => o.Trigger).Where(g => g.Select(o => o.Poort).Distinct().Count() > 1
                         || g.Select(o => string.Join(",", o.Mail.Order())).Distinct().Count() > 1))
                p.Add($"status '{s.Naam}': trigger '{g.Key}' staat er meermaals met een andere 'poort' of 'mail'; geef elke overgang dezelfde");
            foreach (var g in s.Overgangen.GroupBy(o => o.Trigger).Where(g => g.Select(o => JsonSerializer.Serialize(o.Invoer, Opties)).Distinct().Count() > 1
                         || g.Select(o => o.Uitleg).Distinct().Count() > 1))
                p.Add($"status '{s.Naam}': trigger '{g.Key}' staat er meermaals met een andere 'invoer' of 'uitleg'; geef elke overgang dezelfde");

            // A transition without guards is always enabled, so any other transition for the same trigger would be
            // enabled alongside it, and Stateless refuses to choose at run time.
            var zonderGuard = s.Overgangen.GroupBy(o => o.Trigger).Where(g => g.Count() > 1 && g.Any(o => o.Guards.Count == 0));
            foreach (var g in zonderGuard)
                p.Add($"status '{s.Naam}': trigger '{g.Key}' staat er meermaals en niet elke keer met een guard; onderscheid ze met guards");
        }

        p.AddRange(TrajectStapvelden.Controleer(d, namen));

        if (namen.Contains(d.Beginstatus))
        {
            var bereikt = new HashSet<string> { d.Beginstatus };
            var rij = new Queue<string>([d.Beginstatus]);
            while (rij.TryDequeue(out var huidig))
            {
                foreach (var o in d.ZoekStatus(huidig)?.Overgangen ?? [])
                    if (o.Naar is not null && namen.Contains(o.Naar) && bereikt.Add(o.Naar)) rij.Enqueue(o.Naar);
            }
            foreach (var s in d.Statussen.Where(s => !string.IsNullOrWhiteSpace(s.Naam) && !bereikt.Contains(s.Naam)))
                p.Add($"status '{s.Naam}' is onbereikbaar vanuit '{d.Beginstatus}'");
        }

        return p;
    }
}
