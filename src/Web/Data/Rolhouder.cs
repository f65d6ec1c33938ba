namespace Besluitvorming.Web.Data;

/// <summary>
/// Who receives the tasks of a single-holder role (DT secretary, bestuurssecretariaat, griffie, OR secretary).
/// Colleagues in the same role act on those tasks as registered deputies.
/// </summary>
public sealed class Rolhouder
{
    public string Rol { get; set; } = "";
    public string GebruikerId { get; set; } = "";
}
