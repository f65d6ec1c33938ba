namespace Besluitvorming.Web.Projecten;

/// <summary>
/// One result a project must deliver (seed 001 names six), with where it stands and the evidence for that: a note
/// and, optionally, a linked collegevoorstel or one of its bijlagen. The last change records who and when.
/// </summary>
public sealed class Projectresultaat
{
    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int Volgnummer { get; private set; }
    public string Tekst { get; private set; } = "";
    public Resultaatstatus Status { get; private set; }
    public string? Bewijs { get; private set; }
    public int? BewijsVoorstelId { get; private set; }
    public int? BewijsBijlageId { get; private set; }
    public string? GewijzigdDoorId { get; private set; }
    public DateTime? GewijzigdOp { get; private set; }

    private Projectresultaat() { }

    public Projectresultaat(int volgnummer, string tekst, Resultaatstatus status = Resultaatstatus.NogNietGestart, string? bewijs = null)
    {
        var fouten = new Dictionary<string, string>();
        Projectvelden.Controleer(fouten, nameof(Tekst), tekst, Projectvelden.Resultaat);
        Projectvelden.Controleer(fouten, nameof(Bewijs), bewijs, Projectvelden.Bewijs);
        if (fouten.Count > 0) throw new ArgumentException(string.Join(" ", fouten.Values));
        Volgnummer = volgnummer;
        Tekst = tekst;
        Status = status;
        Bewijs = bewijs;
    }

    /// <summary>
    /// Records where the result stands. The caller has checked who may do this (<see cref="ProjectToegang"/>) and that
    /// a linked proposal or bijlage belongs to the project; the texts are checked here, so no page can store more.
    /// </summary>
    public void WerkBij(Resultaatstatus status, string? bewijs, int? voorstelId, int? bijlageId, string doorId, DateTime op)
    {
        var fouten = new Dictionary<string, string>();
        if (!Enum.IsDefined(status)) fouten[nameof(Status)] = "Kies een status.";
        bewijs = string.IsNullOrWhiteSpace(bewijs) ? null : bewijs.Trim();
        Projectvelden.Controleer(fouten, nameof(Bewijs), bewijs, Projectvelden.Bewijs);
        if (status == Resultaatstatus.Behaald && bewijs is null && voorstelId is null && bijlageId is null)
            fouten[nameof(Bewijs)] = "Beschrijf waaruit blijkt dat het resultaat behaald is, of koppel een voorstel of bijlage.";
        if (fouten.Count > 0) throw new ResultaatOngeldigException(fouten);
        Status = status;
        Bewijs = bewijs;
        BewijsVoorstelId = voorstelId;
        BewijsBijlageId = bijlageId;
        GewijzigdDoorId = doorId;
        GewijzigdOp = op;
    }
}
