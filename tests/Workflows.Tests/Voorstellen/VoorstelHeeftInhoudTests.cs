using System.Reflection;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>
/// A form sent twice is recognised by its content (<see cref="Voorstel.HeeftInhoud"/>): identical content after the
/// same normalisation counts as the same, and a change in any field of <see cref="VoorstelInhoud"/> never does, so a
/// later save is never taken for a repeat and dropped.
/// </summary>
public class VoorstelHeeftInhoudTests
{
    private static readonly VoorstelInhoud Basis = Inhouden.Volledig.MetBudget().MetFormatie().MetAdviesGevraagd(Aspect.Juridisch) with
    {
        Openbaarheid = Openbaarheid.Uitgesteld,
        OpenbaarNa = new DateOnly(2025, 6, 1),
        ProjectId = 3,
        Behandelwijze = Behandelwijze.Bespreken,
        Voorbesprekingen = [("H. Brauer", new DateOnly(2025, 2, 1))],
        GeplandDt = new DateOnly(2025, 4, 1), GeplandOr = new DateOnly(2025, 4, 2), GeplandOrNaBw = new DateOnly(2025, 4, 20),
        GeplandRaad = new DateOnly(2025, 5, 1),
        StellerTelefoon = "077 123", Secretaris = "P. Lucassen", Achtergrond = "A", Aanpak = "B", VoorstelTekst = "C",
        Baten = 10m, Inhuur = "Geen",
    };

    [Fact]
    public void Dezelfde_inhoud_ook_met_andere_witruimte_is_geen_wijziging()
    {
        var v = Scenario.Nieuw(Basis).Voorstel;

        v.HeeftInhoud(Basis).ShouldBeTrue();
        v.HeeftInhoud(Basis with { Onderwerp = "  " + Basis.Onderwerp + " ", Dictum = [.. Basis.Dictum.Select(d => d + "  "), " "] })
            .ShouldBeTrue();
    }

    public static TheoryData<string> Velden => [.. typeof(VoorstelInhoud).GetProperties().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Velden))]
    public void Een_ander_veld_is_altijd_een_wijziging(string veld)
    {
        var v = Scenario.Nieuw(Basis).Voorstel;
        var eigenschap = typeof(VoorstelInhoud).GetProperty(veld)!;
        var anders = (VoorstelInhoud)typeof(VoorstelInhoud).GetMethod("<Clone>$")!.Invoke(Basis, null)!;
        eigenschap.SetValue(anders, AndereWaarde(eigenschap, eigenschap.GetValue(Basis)));

        v.HeeftInhoud(anders).ShouldBeFalse($"{veld} gewijzigd");
    }

    private static object? AndereWaarde(PropertyInfo p, object? waarde) => waarde switch
    {
        string s => s + " (gewijzigd)",
        int i => i + 1,
        bool b => !b,
        decimal d => d + 1,
        DateOnly d => d.AddDays(1),
        Openbaarheid o => o == Openbaarheid.Uitgesteld ? Openbaarheid.Nee : Openbaarheid.Uitgesteld,
        Behandelwijze b => b == Behandelwijze.Akkoord ? Behandelwijze.Bespreken : Behandelwijze.Akkoord,
        IReadOnlyList<string> l => l.Append("Een extra beslispunt.").ToList(),
        IReadOnlyList<(string, DateOnly?)> l => l.Append(("Iemand anders", null)).ToList(),
        IReadOnlyDictionary<Aspect, (string?, bool)> a => a.ToDictionary(x => x.Key, x => x.Key == Aspect.Juridisch ? (x.Value.Item1 + " meer", x.Value.Item2) : x.Value),
        null when Nullable.GetUnderlyingType(p.PropertyType) is { } t => t == typeof(bool) ? true : t.IsEnum ? Enum.GetValues(t).GetValue(0) : Activator.CreateInstance(t),
        null => "ingevuld",
        _ => throw new InvalidOperationException($"Geef {p.Name} ({p.PropertyType}) een andere waarde in deze test."),
    };
}
