namespace Besluitvorming.Web.Agendering;

/// <summary>One change to an agenda: who, when, what, and whether the agenda had been fixed already.</summary>
public sealed class Agendawijziging
{
    public long Id { get; set; }
    public int AgendaId { get; set; }
    public DateTime Tijdstip { get; set; }
    public string Door { get; set; } = "";
    public string Omschrijving { get; set; } = "";
    public bool NaVaststelling { get; set; }
}
