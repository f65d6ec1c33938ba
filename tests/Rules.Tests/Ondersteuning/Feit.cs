using Besluitvorming.Rules.Feiten;

namespace Besluitvorming.Rules.Tests.Ondersteuning;

/// <summary>Facts of an ordinary, complete proposal that passes every gate; tests change what they are about.</summary>
public static class Feit
{
    public static readonly DateTime Vandaag = new(2021, 1, 11);

    public static VoorstelFeiten Gewoon() => new()
    {
        Onderwerp = "Beleidskader Thuis in de Buurt",
        Status = "Concept",
        Openbaarheid = "Ja",
        GeplandBw = new DateTime(2021, 2, 23),
        BudgettaireConsequenties = false,
        FormatieveConsequenties = false,
        AantalDictumpunten = 2,
        Begrotingsjaar = 2021,
        BegrotingsjaarBekend = true,
        VoorjaarsnotaDeadline = new DateTime(2021, 3, 1),
        KadernotaDeadline = new DateTime(2021, 6, 1),
        BwVergaderingBekend = true,
        BwVergadering = new DateTime(2021, 2, 23),
        BwSluitingsdatum = new DateTime(2021, 2, 16),
        GeplandBwIsVergadering = true,
        WerkdagenTotSluiting = 25,
        DirectiebesluitVastgelegd = true,
        CollegeAkkoord = true,
        KostenOmschrijving = "onbekend",
        Vandaag = Vandaag,
    };
}
