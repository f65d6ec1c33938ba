namespace Besluitvorming.Workflows.Definities;

/// <summary>A workflow definition that cannot be used; the message names the file and every problem.</summary>
public sealed class WorkflowDefinitieOngeldigException(string bron, IReadOnlyList<string> problemen)
    : Exception($"Workflowdefinitie '{bron}' is ongeldig:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problemen)}")
{
    public string Bron { get; } = bron;
    public IReadOnlyList<string> Problemen { get; } = problemen;
}
