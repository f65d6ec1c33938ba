using Besluitvorming.Rules;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Regels;

/// <summary>A gate's rules refuse the transition; the message lists every blocking finding, in Dutch.</summary>
public sealed class RegelsBlokkerenException(string trigger, Regeluitkomst uitkomst)
    : VoorstelFout($"'{Triggers.Naam(trigger)}' kan nog niet ({uitkomst.Bron}): {string.Join(" ", uitkomst.Blokkerend.Select(b => b.Melding))}")
{
    public Regeluitkomst Uitkomst { get; } = uitkomst;
}
