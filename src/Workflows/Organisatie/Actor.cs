using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Organisatie;

/// <summary>The person acting, with what the organisation says about them.</summary>
/// <param name="VervangtVoor">User ids of the people this actor is a registered deputy (plaatsvervanger) for.</param>
public sealed record Actor(
    string Id,
    string Naam,
    IReadOnlySet<string> Rollen,
    IReadOnlySet<Aspect> Aspecten,
    int? AfdelingId,
    IReadOnlySet<string> VervangtVoor)
{
    public static readonly Actor Systeem = new("systeem", "Besluitvorming (automatisch)",
        new HashSet<string> { Organisatie.Rollen.Systeem }, new HashSet<Aspect>(), null, new HashSet<string>());

    public bool HeeftRol(string rol) => Rollen.Contains(rol);

    /// <summary>
    /// Whether this actor qualifies for the task's role at all: an advisor for the task's aspect, otherwise the
    /// plain role. A deputy afdelingshoofd may head another afdeling: deputies are registered on purpose (holidays).
    /// </summary>
    public bool VoldoetAanRol(Taak taak) => VoldoetAanRol(taak.Rol, taak.Aspect);

    /// <summary>The same rule for a task's role and aspect read as a projection.</summary>
    public bool VoldoetAanRol(string rol, Aspect? aspect) => rol switch
    {
        Organisatie.Rollen.Adviseur => HeeftRol(Organisatie.Rollen.Adviseur) && aspect is { } a && Aspecten.Contains(a),
        _ => HeeftRol(rol),
    };

    /// <summary>Only the holder, or a registered deputy of the holder in the same role, may act on a task.</summary>
    public bool MagHandelenOp(Taak taak) => MagHandelenOp(taak.Toestand, taak.HouderId, taak.Rol, taak.Aspect);

    /// <summary>
    /// The same rule for a task read as a projection (its state, holder, role and aspect only), so a list of tasks
    /// need not read every column of each to check it.
    /// </summary>
    public bool MagHandelenOp(TaakStatus toestand, string houderId, string rol, Aspect? aspect) =>
        toestand == TaakStatus.Open && (houderId == Id || (VervangtVoor.Contains(houderId) && VoldoetAanRol(rol, aspect)));
}
