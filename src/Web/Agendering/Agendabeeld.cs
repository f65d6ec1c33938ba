using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Agendering;

/// <summary>
/// An agenda as it stands now: the items in order (hamerstukken first, numbered on through the bespreekstukken), the
/// proposals planned on the meeting that are not on it (late, taken off, or ready after the agenda was fixed), those
/// planned but not ready, and the decisions taken in the meeting. Built by <see cref="AgendaDienst"/>; it changes nothing.
/// </summary>
public sealed record Agendabeeld(Vergaderdatum Vergadering, Agendasoort Soort, Agenda? Agenda,
    IReadOnlyList<Agendabeeld.Punt> Punten, IReadOnlyList<Agendabeeld.Buiten> NietOpAgenda,
    IReadOnlyList<Agendabeeld.Voorstelregel> NietGereed)
{
    /// <summary>A proposal as the agenda and the besluitenlijst need it.</summary>
    /// <param name="Besloten">The meeting date of the body's decision: this meeting's when it decided, else the proposal's latest, if any.</param>
    /// <param name="AangehoudenTot">Held over in that meeting: the meeting it moved to.</param>
    public sealed record Voorstelregel(int Id, string? Registratienummer, string Onderwerp, string? Portefeuillehouder,
        Behandelwijze? Behandelwijze, string Status, DateTime StatusSinds, string? TeamCode, int Revisie, DateOnly? Gepland,
        DateOnly? Besloten, string? Uitkomst, string? Besluittekst, int? BesluitVolgnummer, DateOnly? AangehoudenTot = null);

    /// <param name="Gereed">At the body's gate: a decision can be recorded.</param>
    public sealed record Punt(Voorstelregel Voorstel, int Volgnummer, bool Hamerstuk, bool Gereed, bool BeslotenInVergadering);

    /// <param name="Verplaatst">It was on this agenda and is now planned on another meeting: shown, not to be put back.</param>
    public sealed record Buiten(Voorstelregel Voorstel, string Reden, bool TeLaat, bool Verplaatst = false);

    public bool IsVastgesteld => Agenda?.VastgesteldOp is not null;

    /// <summary>
    /// The start time: the agenda's own when it was fixed with one, else the meeting's (<see cref="Vergaderdatum.Aanvang"/>);
    /// none when neither is known (meetings from before start times existed stand at midnight).
    /// </summary>
    public TimeOnly? Aanvang => Agenda?.Aanvang ?? (Vergadering.Aanvang == TimeOnly.MinValue ? null : Vergadering.Aanvang);

    public IEnumerable<Punt> Hamerstukken => Punten.Where(p => p.Hamerstuk);

    public IEnumerable<Punt> Bespreekstukken => Punten.Where(p => !p.Hamerstuk);

    /// <summary>Items on which the meeting's decision is still to be recorded.</summary>
    public IEnumerable<Punt> OpenVoorBesluit => Punten.Where(p => p.Gereed && !p.BeslotenInVergadering);

    public IEnumerable<Punt> Besloten => Punten.Where(p => p.BeslotenInVergadering);

    public IEnumerable<Agendawijziging> Wijzigingen => (Agenda?.Wijzigingen ?? []).OrderBy(w => w.Tijdstip).ThenBy(w => w.Id);
}
