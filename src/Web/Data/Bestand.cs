namespace Besluitvorming.Web.Data;

/// <summary>
/// Uploaded bytes. A file is stored as soon as it is uploaded, so a form that fails validation keeps it;
/// it becomes part of a proposal when a Bijlage points to it.
/// </summary>
public sealed class Bestand
{
    public Guid Id { get; set; }
    public string EigenaarId { get; set; } = "";
    public string Bestandsnaam { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Grootte { get; set; }
    public byte[] Inhoud { get; set; } = [];
    public DateTime GeuploadOp { get; set; }
}
