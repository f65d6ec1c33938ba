using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>Content of a collegevoorstel, complete enough to submit, and the variations that change its route.</summary>
internal static class Inhouden
{
    public static readonly DateOnly GeplandBw = new(2025, 4, 15);

    /// <summary>No budget impact, no formatieve consequenties, no raad, no advice asked: the shortest route.</summary>
    public static readonly VoorstelInhoud Volledig = new()
    {
        Onderwerp = "Wijkgericht werken en buurtbudget",
        AfdelingId = Personen.AfdelingMaatschappelijkeOntwikkeling,
        TeamId = 11,
        Programma = "Stad van actieve mensen",
        Openbaarheid = Openbaarheid.Ja,
        Portefeuillehouder = "H. Brauer",
        GeplandBw = GeplandBw,
        Dictum = ["In te stemmen met de pilot wijkgericht werken in twee wijken."],
        SamenvattingWatEnWaarom = "Een pilot met een buurtbudget in twee wijken.",
        SamenvattingHoe = "Met de wijkteams en bewoners.",
        Aanleiding = "Het coalitieakkoord vraagt om wijkgericht werken.",
        BudgettaireConsequenties = false,
        FormatieveConsequenties = false,
    };

    /// <summary>Budget impact: financiën advises and the raad adopts the begrotingswijziging.</summary>
    public static VoorstelInhoud MetBudget(this VoorstelInhoud i, decimal kosten = 60_000m) => i with
    {
        BudgettaireConsequenties = true,
        Kosten = kosten,
        Dekking = "Uit de reserve sociaal domein",
    };

    /// <summary>Formatieve consequenties: personeel advises and the OR is on the route.</summary>
    public static VoorstelInhoud MetFormatie(this VoorstelInhoud i, decimal fte = 0.67m) => i with
    {
        FormatieveConsequenties = true,
        Fte = fte,
    };

    public static VoorstelInhoud MetRaadsbesluit(this VoorstelInhoud i) => i with { RaadsbesluitNodig = true };

    /// <summary>The steller writes about the aspect and asks its advisor for advice.</summary>
    public static VoorstelInhoud MetAdviesGevraagd(this VoorstelInhoud i, Aspect aspect, string toelichting = "Zie de bijlage.") =>
        MetAspect(i, aspect, toelichting, gevraagd: true);

    public static VoorstelInhoud MetAspect(this VoorstelInhoud i, Aspect aspect, string? toelichting, bool gevraagd)
    {
        var aspecten = new Dictionary<Aspect, (string?, bool)>(i.Aspecten) { [aspect] = (toelichting, gevraagd) };
        return i with { Aspecten = aspecten };
    }

    /// <summary>Every gate: financiën, personeel and juridisch advice, the OR and the raad.</summary>
    public static readonly VoorstelInhoud VolledigeRoute = Volledig.MetBudget().MetFormatie().MetAdviesGevraagd(Aspect.Juridisch);
}
