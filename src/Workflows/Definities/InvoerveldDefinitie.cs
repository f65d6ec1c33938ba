namespace Besluitvorming.Workflows.Definities;

/// <summary>One field an action form asks (see <see cref="Invoervelden"/> for the names and what they hold).</summary>
public sealed class InvoerveldDefinitie
{
    /// <summary>The name of the field: a property of <see cref="Voorstellen.ActieInvoer"/>.</summary>
    public string Veld { get; init; } = "";
    /// <summary>The label on the form.</summary>
    public string Label { get; init; } = "";
    /// <summary>The message when the field is left empty; null for an optional field.</summary>
    public string? Verplicht { get; init; }
    /// <summary>A date field only: the planned date of the proposal (see <see cref="Planningsdatums"/>) the form starts with.</summary>
    public string? Standaard { get; init; }
    /// <summary><c>NieuweDatum</c> only: the message when it does not lie after <c>Datum</c>.</summary>
    public string? NaDatum { get; init; }
    /// <summary><c>Opmerking</c> only: the message when <c>Instemming</c> is "nee" and the remark is empty.</summary>
    public string? VerplichtBijNee { get; init; }
}
