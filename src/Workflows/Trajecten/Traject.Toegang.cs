using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Workflows.Trajecten;

// Access lives with the aggregate: pages ask these questions and show an action only when the verb would accept the
// actor; the verbs themselves still check (a forged POST is refused by the verb, not by the page).
public sealed partial class Traject
{
    /// <summary>
    /// Who may see the traject: whoever may read its project (<paramref name="leestProject"/>, decided by the project's
    /// rules), the projectleider, and everyone who owns or owned one of its steps or is named as owner for a role,
    /// each with their deputies.
    /// </summary>
    public bool MagZien(Actor actor, bool leestProject) =>
        leestProject || IsProjectleider(actor)
        || _stappen.Any(s => IsPersoon(actor, s.EigenaarId))
        || _eigenaren.Values.Any(e => IsPersoon(actor, e.Id));

    public bool KanBewijsToevoegen(WorkflowDefinitie definitie, Actor actor) =>
        IsOpenStap(definitie) is { } stap && (IsProjectleider(actor) || IsPersoon(actor, stap.EigenaarId));

    public bool KanOpmerken(WorkflowDefinitie definitie, Actor actor) => KanBewijsToevoegen(definitie, actor);

    public bool KanVoltooien(WorkflowDefinitie definitie, Actor actor) => MagOvergang(definitie, actor, TrajectTriggers.Voltooien);

    public bool KanTerugsturen(WorkflowDefinitie definitie, Actor actor) =>
        MagOvergang(definitie, actor, TrajectTriggers.Terugsturen) && HuidigeStap!.VoorstelId is null;

    public bool KanOverslaan(WorkflowDefinitie definitie, Actor actor) =>
        IsProjectleider(actor) && IsOpenStap(definitie) is not null && definitie.ZoekOvergang(Status, TrajectTriggers.Overslaan) is not null;

    public bool KanBesluitmomentStarten(WorkflowDefinitie definitie, Actor actor) =>
        MagOvergang(definitie, actor, TrajectTriggers.StartBesluitmoment) && HuidigeStap!.VoorstelId is null;

    public bool KanTermijnVerzetten(WorkflowDefinitie definitie, Actor actor) => IsProjectleider(actor) && IsOpenStap(definitie) is not null;

    /// <summary>The steps the projectleider may re-open now (completed, skipped or decided before, not the open one).</summary>
    public IReadOnlyList<string> HeropenbareStappen(WorkflowDefinitie definitie, Actor actor)
    {
        if (!IsProjectleider(actor) || Definitie(definitie) is null || HuidigeStap?.VoorstelId is not null) return [];
        return _stappen
            .Where(s => s.Uitkomst is StapUitkomst.Voltooid or StapUitkomst.Overgeslagen or StapUitkomst.Ingestemd && s.Stap != HuidigeStap?.Stap)
            .Select(s => s.Stap).Distinct()
            .OrderBy(s => definitie.Statussen.FindIndex(d => d.Naam == s))
            .ToList();
    }

    private TrajectStap? IsOpenStap(WorkflowDefinitie definitie) =>
        HuidigeStap is { } stap && Definitie(definitie).Status(Status) is { Eind: false } ? stap : null;

    private bool MagOvergang(WorkflowDefinitie definitie, Actor actor, string trigger)
    {
        if (IsOpenStap(definitie) is not { } stap || definitie.ZoekOvergang(Status, trigger) is not { } overgang) return false;
        return (IsProjectleider(actor) && overgang.Rollen.Contains(Rollen.Projectleider))
               || (IsPersoon(actor, stap.EigenaarId) && overgang.Rollen.Any(actor.HeeftRol));
    }

    private static bool IsPersoon(Actor actor, string id) => actor.Id == id || actor.VervangtVoor.Contains(id);
}
