using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Stateless;
using Stateless.Graph;

namespace Besluitvorming.Workflows.Machine;

/// <summary>
/// Builds the Stateless machine for one proposal from its definition, with the proposal's persisted status as
/// the machine's state. Entry actions open the state's tasks, exit actions close what is left open; neither
/// does I/O. Without a context (to list permitted triggers or draw the graph) the actions are not wired.
/// </summary>
public static class VoorstelMachine
{
    public static StateMachine<string, string> Bouw(WorkflowDefinitie definitie, Voorstel voorstel, Overgangscontext? ctx)
    {
        var machine = new StateMachine<string, string>(
            () => voorstel.Status,
            status => voorstel.ZetStatus(status, ctx?.Nu ?? voorstel.StatusSinds));

        foreach (var status in definitie.Statussen)
        {
            var config = machine.Configure(status.Naam);
            if (ctx is not null)
            {
                config.OnEntry(_ => voorstel.OpenTakenVan(status, ctx), $"open taken {status.Naam}");
                config.OnExit(t => voorstel.SluitTaken(status.Naam, t.Trigger, ctx.Nu), $"sluit taken {status.Naam}");
            }

            foreach (var overgang in status.Overgangen)
            {
                // Unguarded transitions get no guard, so the graph does not label them "[Function]"; Stateless always
                // gives an internal transition a guard, so that one is labelled with the definition's word for it.
                if (overgang.Guards.Count == 0)
                {
                    if (overgang.Intern) config.InternalTransitionIf(overgang.Trigger, _ => true, _ => { }, "intern");
                    else if (overgang.Naar == status.Naam) config.PermitReentry(overgang.Trigger);
                    else config.Permit(overgang.Trigger, overgang.Naar!);
                    continue;
                }

                var guard = BouwGuard(overgang, voorstel, ctx?.Vandaag);
                var beschrijving = string.Join(" en ", overgang.Guards);
                if (overgang.Intern)
                    config.InternalTransitionIf(overgang.Trigger, _ => guard(), _ => { }, beschrijving);
                else if (overgang.Naar == status.Naam)
                    config.PermitReentryIf(overgang.Trigger, guard, beschrijving);
                else
                    config.PermitIf(overgang.Trigger, overgang.Naar!, guard, beschrijving);
            }
        }

        return machine;
    }

    private static Func<bool> BouwGuard(OvergangDefinitie overgang, Voorstel voorstel, DateOnly? vandaag)
    {
        var delen = overgang.Guards.Select(g => Guards.Bouw(g, voorstel, vandaag)).ToArray();
        return () => delen.All(d => d());
    }

    /// <summary>
    /// The route as a Mermaid state diagram, with <paramref name="huidigeStatus"/> highlighted and the states this
    /// proposal's route skips drawn dashed.
    /// </summary>
    public static string Mermaid(WorkflowDefinitie definitie, string? huidigeStatus, IEnumerable<string>? overgeslagen = null)
    {
        var leeg = StubVoorstel.Maak(definitie);
        var tekst = MermaidGraph.Format(Bouw(definitie, leeg, null).GetInfo());
        if (huidigeStatus is null) return tekst;
        tekst = tekst.TrimEnd() + Environment.NewLine +
               "\tclassDef huidig fill:#ffd54f,stroke:#8a6d00,stroke-width:3px,font-weight:bold" + Environment.NewLine +
               $"\tclass {huidigeStatus} huidig" + Environment.NewLine;
        var over = overgeslagen?.ToList() ?? [];
        if (over.Count == 0) return tekst;
        return tekst +
               "\tclassDef overgeslagen fill:#f2f2f2,stroke:#555,stroke-dasharray:5 5,color:#555" + Environment.NewLine +
               $"\tclass {string.Join(',', over)} overgeslagen" + Environment.NewLine;
    }
}
