namespace Besluitvorming.Web.Agendering;

/// <summary>A proposal's place on an agenda. <see cref="Opgenomen"/> false: taken off, or late and not admitted.</summary>
public sealed class Agendapunt
{
    public int Id { get; set; }
    public int AgendaId { get; set; }
    public int VoorstelId { get; set; }
    public int Volgnummer { get; set; }
    public bool Hamerstuk { get; set; }
    public bool Opgenomen { get; set; }
}
