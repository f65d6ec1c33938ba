namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The events of one change, in order, with the questions both consumers ask of them answered in one place: which
/// tasks are new and still open, which tasks that were open before are now closed, which open tasks got a new deadline.
/// </summary>
public sealed class Domeingebeurtenissen(IReadOnlyList<Domeingebeurtenis> lijst)
{
    public static readonly Domeingebeurtenissen Geen = new([]);

    public IReadOnlyList<Domeingebeurtenis> Lijst { get; } = lijst;

    private HashSet<Taak> Nieuw => Lijst.OfType<TaakGeopend>().Select(g => g.Taak).ToHashSet();

    /// <summary>Tasks opened by this change and still open after it.</summary>
    public IReadOnlyList<Taak> Geopend => Lijst.OfType<TaakGeopend>().Select(g => g.Taak).Where(t => t.IsOpen).Distinct().ToList();

    /// <summary>Tasks that were open before this change and are closed after it.</summary>
    public IReadOnlyList<Taak> Gesloten
    {
        get
        {
            var nieuw = Nieuw;
            return Lijst.OfType<TaakGesloten>().Select(g => g.Taak).Where(t => !t.IsOpen && !nieuw.Contains(t)).Distinct().ToList();
        }
    }

    /// <summary>Tasks that were open before, are still open, and have another deadline than before.</summary>
    public IReadOnlyList<Taak> Verzet
    {
        get
        {
            var nieuw = Nieuw;
            return Lijst.OfType<TermijnVerschoven>().GroupBy(g => g.Taak)
                .Select(g => (Taak: g.Key, g.First().Was))
                .Where(p => p.Taak.IsOpen && !nieuw.Contains(p.Taak) && p.Taak.Deadline != p.Was)
                .Select(p => p.Taak).ToList();
        }
    }

    public StapVoltooid? Stap => Lijst.OfType<StapVoltooid>().FirstOrDefault();

    public Besloten? Besluit => Lijst.OfType<Besloten>().FirstOrDefault();

    public IEnumerable<OpmerkingGeplaatst> Opmerkingen => Lijst.OfType<OpmerkingGeplaatst>();

    public IEnumerable<VergaderingVerplaatst> Verplaatsingen => Lijst.OfType<VergaderingVerplaatst>();

    /// <summary>Every planned date this change moved off a meeting: with the meeting, or by a change of the proposal.</summary>
    public IEnumerable<GeplandOpAndereVergadering> AndereVergaderingen =>
        Lijst.Select(g => g switch
        {
            VergaderingVerplaatst v => new GeplandOpAndereVergadering(v.Planningsdatum, v.Was, v.Nieuw, v.Reden),
            GeplandOpAndereVergadering a => a,
            _ => null,
        }).OfType<GeplandOpAndereVergadering>();

    /// <summary>The day a postponed publication is due, when this change made one due.</summary>
    public PublicatieGepland? Publicatie => Lijst.OfType<PublicatieGepland>().LastOrDefault();

    public Gepubliceerd? Publicatiedag => Lijst.OfType<Gepubliceerd>().LastOrDefault();

    /// <summary>
    /// Whether the change moves the overview's count per project: a new number or another project (a proposal with a
    /// number is never deleted: only a concept without one may be).
    /// </summary>
    public bool WijzigtProjecttotalen => Lijst.Any(g => g is Geregistreerd or ProjectGewijzigd);
}
