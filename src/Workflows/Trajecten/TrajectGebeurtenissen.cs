using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Trajecten;

// The domain events of a traject, in the style of the collegevoorstel's (TaakGeopend, TaakGesloten, StapVoltooid,
// TermijnVerschoven): the host turns them into mail and timers; the timeline is the record.

/// <summary>A step was opened for its owner (the step is the owner's task).</summary>
public sealed record TrajectStapGeopend(TrajectStap Stap) : Domeingebeurtenis;

/// <summary>An open step was closed: completed, skipped, sent back, decided or lapsed.</summary>
public sealed record TrajectStapGesloten(TrajectStap Stap) : Domeingebeurtenis;

/// <summary>A trigger moved the traject from <paramref name="Van"/> to <paramref name="Naar"/>.</summary>
public sealed record TrajectStapVoltooid(string Trigger, string Van, string Naar, string? Reden) : Domeingebeurtenis;

/// <summary>An open step got a new deadline.</summary>
public sealed record TrajectTermijnVerschoven(TrajectStap Stap, DateOnly? Was) : Domeingebeurtenis;

/// <summary>A decision moment linked a collegevoorstel; the traject waits for its outcome.</summary>
public sealed record BesluitmomentGestart(TrajectStap Stap, int VoorstelId, bool Raad) : Domeingebeurtenis;

/// <summary>A remark was placed on a step.</summary>
public sealed record TrajectOpmerkingGeplaatst(TrajectStap Stap, Actor Auteur, string Tekst) : Domeingebeurtenis;

/// <summary>One line of a traject's timeline: who did what, when, and why.</summary>
public sealed class TrajectGebeurtenis
{
    public long Id { get; private set; }
    public int TrajectId { get; private set; }
    public DateTime Tijdstip { get; private set; }
    public string? ActorId { get; private set; }
    public string ActorNaam { get; private set; } = "";
    public string Soort { get; private set; } = "";
    public string Omschrijving { get; private set; } = "";
    public string? Reden { get; private set; }
    public string? VanStap { get; private set; }
    public string? NaarStap { get; private set; }

    private TrajectGebeurtenis() { }

    internal TrajectGebeurtenis(DateTime tijdstip, Actor actor, string soort, string omschrijving, string? reden,
        string? van, string? naar)
    {
        Tijdstip = tijdstip;
        ActorId = actor.Id == Actor.Systeem.Id ? null : actor.Id;
        ActorNaam = actor.Naam;
        Soort = soort;
        Omschrijving = omschrijving;
        Reden = reden;
        VanStap = van;
        NaarStap = naar;
    }
}
