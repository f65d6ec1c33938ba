using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Workflows.Definities;

/// <summary>
/// The checks for the fields only a traject definition has: per step an owner role, a term, the evidence it needs
/// and whether it is a decision moment. A collegevoorstel definition must not use them.
/// </summary>
public static class TrajectStapvelden
{
    public static List<string> Controleer(WorkflowDefinitie d, IReadOnlySet<string> namen)
    {
        var p = new List<string>();
        if (d.Familie != Families.Traject)
        {
            foreach (var s in d.Statussen.Where(s => s.EigenaarRol is not null || s.TermijnWerkdagen is not null || s.VereistBewijs.Count > 0 || s.Besluitmoment is not null))
                p.Add($"status '{s.Naam}': 'eigenaarRol', 'termijnWerkdagen', 'vereistBewijs' en 'besluitmoment' horen alleen bij familie '{Families.Traject}'");
            return p;
        }

        foreach (var s in d.Statussen)
        {
            var waar = $"stap '{s.Naam}'";
            if (s.Taken.Count > 0) p.Add($"{waar}: een traject kent geen 'taken'; de stap zelf is de taak van zijn eigenaar");
            if (s.Eind) continue;
            if (s.EigenaarRol is null || !Rollen.Gebruikersrollen.Contains(s.EigenaarRol))
                p.Add($"{waar}: 'eigenaarRol' ontbreekt of is onbekend ('{s.EigenaarRol}')");
            if (s.TermijnWerkdagen is < 0) p.Add($"{waar}: negatieve termijn");
            foreach (var b in s.VereistBewijs.Where(b => !Bewijssoorten.Alle.Contains(b)))
                p.Add($"{waar}: onbekende bewijssoort '{b}' (bekend: {string.Join(", ", Bewijssoorten.Alle)})");

            var triggers = s.Overgangen.Select(o => o.Trigger).ToHashSet();
            foreach (var o in s.Overgangen)
            {
                var besluit = TrajectTriggers.Besluit.Contains(o.Trigger);
                if (besluit && o.Rollen.Any(r => r != Rollen.Systeem))
                    p.Add($"{waar}, trigger '{o.Trigger}': volgt uit het besluit over het voorstel en heeft alleen de rol '{Rollen.Systeem}'");
                if (!besluit && o.Rollen.Contains(Rollen.Systeem))
                    p.Add($"{waar}, trigger '{o.Trigger}': de rol '{Rollen.Systeem}' hoort alleen bij {string.Join(" en ", TrajectTriggers.Besluit)}");
                if (o.Automatisch) p.Add($"{waar}, trigger '{o.Trigger}': een traject kent geen automatische overgangen");
            }
            if (triggers.Contains(TrajectTriggers.Overslaan) &&
                s.Overgangen.First(o => o.Trigger == TrajectTriggers.Overslaan).Rollen is var r && (r.Count != 1 || r[0] != Rollen.Projectleider))
                p.Add($"{waar}: alleen de '{Rollen.Projectleider}' mag een stap overslaan");

            if (s.Besluitmoment is { } bm)
            {
                if (!namen.Contains(bm.TerugNaar)) p.Add($"{waar}: besluitmoment 'terugNaar' '{bm.TerugNaar}' is geen bekende stap");
                foreach (var nodig in new[] { TrajectTriggers.StartBesluitmoment, TrajectTriggers.Ingestemd, TrajectTriggers.Afgewezen }.Where(t => !triggers.Contains(t)))
                    p.Add($"{waar}: een besluitmoment heeft trigger '{nodig}' nodig");
                if (s.Overgangen.FirstOrDefault(o => o.Trigger == TrajectTriggers.Afgewezen) is { } af && af.Naar != bm.TerugNaar)
                    p.Add($"{waar}: '{TrajectTriggers.Afgewezen}' moet naar '{bm.TerugNaar}' ('terugNaar') gaan");
                if (s.Overgangen.FirstOrDefault(o => o.Trigger == TrajectTriggers.StartBesluitmoment) is { Intern: false })
                    p.Add($"{waar}: '{TrajectTriggers.StartBesluitmoment}' is intern (het traject wacht bij deze stap)");
                if (triggers.Contains(TrajectTriggers.Voltooien) || triggers.Contains(TrajectTriggers.Overslaan))
                    p.Add($"{waar}: een besluitmoment wordt niet afgerond of overgeslagen maar besloten");
                if (s.VereistBewijs.Count > 0) p.Add($"{waar}: een besluitmoment vraagt geen bewijs; het besluit is het bewijs");
            }
            else
            {
                foreach (var t in triggers.Where(t => t == TrajectTriggers.StartBesluitmoment || TrajectTriggers.Besluit.Contains(t)))
                    p.Add($"{waar}: trigger '{t}' hoort alleen bij een besluitmoment");
                if (!triggers.Contains(TrajectTriggers.Voltooien)) p.Add($"{waar}: trigger '{TrajectTriggers.Voltooien}' ontbreekt");
            }
        }
        return p;
    }
}
