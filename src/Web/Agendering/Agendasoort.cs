using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Agendering;

/// <summary>
/// What an agenda means for one kind of meeting: the gate a proposal must have reached to be ready for it, the planned
/// date that puts it on the meeting (linked by date: <c>Gepland…</c> equals the meeting's date), whose agenda it is, and
/// the outcomes the secretary records for it in one pass (each the trigger of the per-proposal action page).
/// </summary>
public sealed record Agendasoort(Vergadersoort Soort, string Status, string Rol, string Besluitnaam,
    IReadOnlyList<Agendasoort.Uitkomstkeuze> Uitkomsten, bool MetBijlagevelden)
{
    /// <param name="Aanhouden">The outcome moves the proposal to a later meeting: it asks for that meeting's date.</param>
    public sealed record Uitkomstkeuze(string Trigger, string Label, bool Aanhouden = false);

    public static readonly Agendasoort College = new(Vergadersoort.College, "CollegeVanBW",
        Rollen.Bestuurssecretariaat, "Besluitenlijst college van B&W",
        [
            new(Triggers.Instemmen, "Ingestemd"),
            new(Triggers.InstemmenMetWijzigingen, "Ingestemd met wijzigingen"),
            new(Triggers.Aanhouden, "Aangehouden", Aanhouden: true),
            new(Triggers.Afwijzen, "Afgewezen"),
        ], MetBijlagevelden: true);

    public static readonly Agendasoort Directieteam = new(Vergadersoort.Directieteam, "Directieteam",
        Rollen.DtSecretaris, "Besluitenlijst directieteam", [new(Triggers.DirectiebesluitVastleggen, "Directiebesluit vastgesteld")],
        MetBijlagevelden: false);

    public static readonly Agendasoort Gemeenteraad = new(Vergadersoort.Gemeenteraad, "Gemeenteraad",
        Rollen.Griffie, "Besluitenlijst gemeenteraad",
        [
            new(Triggers.RaadVaststellen, "Vastgesteld"),
            new(Triggers.RaadAanhouden, "Aangehouden", Aanhouden: true),
            new(Triggers.RaadVerwerpen, "Verworpen"),
        ], MetBijlagevelden: false);

    /// <summary>The kinds of meeting that have an agenda here; the OR advises and has none in this application.</summary>
    public static Agendasoort? Van(Vergadersoort soort) => soort switch
    {
        Vergadersoort.College => College,
        Vergadersoort.Directieteam => Directieteam,
        Vergadersoort.Gemeenteraad => Gemeenteraad,
        _ => null,
    };

    /// <summary>The kind whose meetings a proposal's planned date (a planning date's name) names; null for the OR.</summary>
    public static Agendasoort? VanPlanningsdatum(string planningsdatum) =>
        new[] { College, Directieteam, Gemeenteraad }.FirstOrDefault(a => Vergaderplanning.Planningsdatums(a.Soort)[0] == planningsdatum);

    /// <summary>The secretary of this body arranges the agenda and records decisions; the beheerder may look.</summary>
    public bool MagBeheren(Actor actor) => actor.HeeftRol(Rol);

    public bool MagZien(Actor actor) => MagBeheren(actor) || actor.HeeftRol(Rollen.Beheerder);

    public Uitkomstkeuze? Uitkomst(string? trigger) => Uitkomsten.FirstOrDefault(u => u.Trigger == trigger);

    /// <summary>The body's name, as the meetings page names it.</summary>
    public string Naam => Vergaderplanning.Naam(Soort);

    /// <summary>The proposal's planned date for this kind of meeting (the one mapping in <see cref="Vergaderplanning"/>).</summary>
    public DateOnly? Gepland(Voorstel v) => Vergaderplanning.Gepland(v, Vergaderplanning.Planningsdatums(Soort)[0]);
}
