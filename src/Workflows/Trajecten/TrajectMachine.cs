using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Stateless;

namespace Besluitvorming.Workflows.Trajecten;

/// <summary>
/// The Stateless machine for one traject, on the same definitions engine as the collegevoorstel: the traject's
/// persisted step is the machine's state. Traject steps have no guards: who may act and what evidence a step needs
/// are checked by <see cref="Traject"/>.
/// </summary>
public static class TrajectMachine
{
    public static StateMachine<string, string> Bouw(WorkflowDefinitie definitie, Func<string> lees, Action<string> schrijf)
    {
        var machine = new StateMachine<string, string>(lees, schrijf);
        foreach (var status in definitie.Statussen)
        {
            var config = machine.Configure(status.Naam);
            foreach (var o in status.Overgangen)
            {
                if (o.Intern) config.InternalTransition(o.Trigger, _ => { });
                else config.Permit(o.Trigger, o.Naar!);
            }
        }
        return machine;
    }

    /// <summary>The route as a Mermaid state diagram; a traject definition draws like a collegevoorstel's.</summary>
    public static string Mermaid(WorkflowDefinitie definitie, string? huidigeStap) => VoorstelMachine.Mermaid(definitie, huidigeStap);
}
