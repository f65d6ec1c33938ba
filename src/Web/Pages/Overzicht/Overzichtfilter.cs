using Microsoft.AspNetCore.Routing;

namespace Besluitvorming.Web.Pages.Overzicht;

/// <summary>
/// What the overview shows, as GET parameters: the filters, the sort column and direction, the page. The overview
/// and its exports bind the same filter, so an export link carries exactly the list on screen. Unknown sort values
/// fall back to the default order (longest in the current step first).
/// </summary>
public sealed class Overzichtfilter
{
    /// <summary>The sortable columns by their query value; <see cref="Standaard"/> is the default.</summary>
    public static readonly string[] Kolommen = ["nummer", "onderwerp", "status", "afdeling", "project", "bw", "sinds", "laat"];
    public const string Standaard = "sinds";

    /// <summary><see cref="ProjectId"/> for the proposals without a project.</summary>
    public const int ZonderProject = 0;

    public string? Status { get; set; }
    public int? ProjectId { get; set; }
    public int? AfdelingId { get; set; }
    public string? Zoek { get; set; }
    public bool TeLaat { get; set; }
    public string? Sorteer { get; set; }
    public string? Richting { get; set; }
    public int Pagina { get; set; } = 1;

    public string Kolom => Sorteer is { } s && Kolommen.Contains(s.ToLowerInvariant()) ? s.ToLowerInvariant() : Standaard;
    /// <summary>As asked; without a valid column or direction the default: most days in the current step first.</summary>
    public bool Aflopend => Richting?.ToLowerInvariant() switch
    {
        "af" => true,
        "op" => false,
        _ => Sorteer is null || !Kolommen.Contains(Sorteer.ToLowerInvariant()),
    };

    public bool IsStandaard => Kolom == Standaard && Aflopend;

    /// <summary>No filter: the list holds every proposal in the overview (whatever the order or page).</summary>
    public bool IsOngefilterd => string.IsNullOrWhiteSpace(Status) && ProjectId is null && AfdelingId is null
                                 && string.IsNullOrWhiteSpace(Zoek) && !TeLaat;

    /// <summary>The query values of this filter, with the sort and page as given (page 1 is left out).</summary>
    public RouteValueDictionary Waarden(string? kolom = null, bool? aflopend = null, int pagina = 1, int? projectId = -1)
    {
        var w = new RouteValueDictionary();
        if (!string.IsNullOrWhiteSpace(Zoek)) w["Zoek"] = Zoek;
        if (!string.IsNullOrWhiteSpace(Status)) w["Status"] = Status;
        var project = projectId == -1 ? ProjectId : projectId;
        if (project is { } p) w["ProjectId"] = p;
        if (AfdelingId is { } a) w["AfdelingId"] = a;
        if (TeLaat) w["TeLaat"] = "true";
        kolom ??= Kolom;
        var af = aflopend ?? Aflopend;
        if (kolom != Standaard || !af)
        {
            w["sorteer"] = kolom;
            w["richting"] = af ? "af" : "op";
        }
        if (pagina > 1) w["Pagina"] = pagina;
        return w;
    }
}
