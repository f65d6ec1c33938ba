using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>
/// A proposal with the guard inputs set directly, including combinations the route itself cannot reach: a
/// definition must keep its guards exclusive for all of them, or Stateless throws when two transitions are enabled.
/// The route inputs have private setters (only the route sets them), so this sets them by reflection.
/// </summary>
internal sealed record Guardsituatie(
    bool OrVereist,
    bool RaadVereist,
    string? TeruggestuurdVanuit,
    bool AdviesrondeGehouden,
    bool AdviesOntbreekt,
    CollegeUitkomst? College)
{
    public Voorstel Maak(WorkflowDefinitie definitie, string status)
    {
        var v = Voorstel.NieuwConcept(definitie, Personen.Steller, Guid.NewGuid(), Inhouden.Volledig, DateTime.UnixEpoch);
        v.ZetStatus(status, DateTime.UnixEpoch);
        Zet(v, nameof(Voorstel.OrVereist), OrVereist);
        Zet(v, nameof(Voorstel.RaadVereist), RaadVereist);
        Zet(v, nameof(Voorstel.TeruggestuurdVanuit), TeruggestuurdVanuit);
        Zet(v, nameof(Voorstel.AdviesrondeGehouden), AdviesrondeGehouden);
        var financien = v.Aspecten.Single(a => a.Aspect == Aspect.Financien);
        financien.ZetVereist(true);
        if (!AdviesOntbreekt) financien.RegistreerAdvies(true, "adviseur.financien", "Adviseur", null, DateTime.UnixEpoch, "");
        if (College is { } uitkomst)
        {
            Zet(v, nameof(Voorstel.Collegebesluit), new Collegebesluit(new DateOnly(2025, 4, 15), null, null, uitkomst, "Besluit."));
            Zet(v, nameof(Voorstel.CollegeAkkoord), uitkomst is CollegeUitkomst.Ingestemd or CollegeUitkomst.IngestemdMetWijzigingen);
        }
        return v;
    }

    /// <summary>Every combination of the guard inputs, with every state of the definition (and none) as the returning gate.</summary>
    public static IEnumerable<Guardsituatie> Alle(WorkflowDefinitie definitie)
    {
        bool[] janee = [false, true];
        var vanuit = definitie.Statussen.Select(s => (string?)s.Naam).Prepend(null).ToList();
        CollegeUitkomst?[] college = [null, .. Enum.GetValues<CollegeUitkomst>().Select(u => (CollegeUitkomst?)u)];
        return from or in janee
               from raad in janee
               from terug in vanuit
               from ronde in janee
               from ontbreekt in janee
               from uitkomst in college
               select new Guardsituatie(or, raad, terug, ronde, ontbreekt, uitkomst);
    }

    private static void Zet(Voorstel v, string eigenschap, object? waarde) =>
        typeof(Voorstel).GetProperty(eigenschap)!.SetValue(v, waarde);
}
