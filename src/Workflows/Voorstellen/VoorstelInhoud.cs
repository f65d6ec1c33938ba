namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>Everything the steller writes in the collegevoorstel template (seed 002), in one piece.</summary>
public sealed record VoorstelInhoud
{
    public string? Onderwerp { get; init; }
    public int AfdelingId { get; init; }
    public int? TeamId { get; init; }
    public int? ProjectId { get; init; }
    public string? Programma { get; init; }
    /// <summary>An explicit choice of the steller; null while not made (a draft may lack it, submission may not).</summary>
    public Openbaarheid? Openbaarheid { get; init; }
    public DateOnly? OpenbaarNa { get; init; }
    /// <summary>Whether the attachments may be public at all; an explicit choice, required once there are attachments.</summary>
    public bool? BijlagenOpenbaar { get; init; }
    public DateOnly? GeplandDt { get; init; }
    public DateOnly? GeplandOr { get; init; }
    public DateOnly? GeplandBw { get; init; }
    public DateOnly? GeplandOrNaBw { get; init; }
    public DateOnly? GeplandRaad { get; init; }
    public string? StellerTelefoon { get; init; }
    public string? Portefeuillehouder { get; init; }
    public string? Secretaris { get; init; }
    public Behandelwijze? Behandelwijze { get; init; }
    public IReadOnlyList<string> Dictum { get; init; } = [];
    public IReadOnlyList<(string Persoon, DateOnly? Datum)> Voorbesprekingen { get; init; } = [];
    public string? SamenvattingWatEnWaarom { get; init; }
    public string? SamenvattingHoe { get; init; }
    public string? Aanleiding { get; init; }
    public string? Achtergrond { get; init; }
    public string? Aanpak { get; init; }
    public string? VoorstelTekst { get; init; }
    public bool RaadsbesluitNodig { get; init; }
    public bool? BudgettaireConsequenties { get; init; }
    public decimal? Kosten { get; init; }
    public bool KostenPerJaar { get; init; }
    public decimal? Baten { get; init; }
    public string? Dekking { get; init; }
    public bool? FormatieveConsequenties { get; init; }
    public decimal? Fte { get; init; }
    public string? Inhuur { get; init; }
    public IReadOnlyDictionary<Aspect, (string? Toelichting, bool AdviesGevraagd)> Aspecten { get; init; } =
        new Dictionary<Aspect, (string?, bool)>();
}
