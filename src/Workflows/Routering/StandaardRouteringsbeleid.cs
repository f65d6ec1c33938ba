using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Routering;

/// <summary>
/// The template's own policy (seed 002): financiën when there is budget impact, personeel (and the OR) when
/// there are formatieve consequenties, team SMO for Ontwikkelbedrijf projects, every aspect the steller asks
/// advice on, and the raad when the proposal asks for a council decision or changes the budget
/// (a begrotingswijziging is the raad's to adopt). The app no longer uses it: the rule sets decide there
/// (Web/Regels/RegelRouteringsbeleid). It stays as the fixed policy the Workflows tests run their scenarios on.
/// </summary>
public sealed class StandaardRouteringsbeleid(bool isOntwikkelbedrijfProject = false) : IRouteringsbeleid
{
    public Routering Bepaal(Voorstel voorstel)
    {
        var vereist = new HashSet<Aspect>(voorstel.Aspecten.Where(a => a.AdviesGevraagd).Select(a => a.Aspect));
        if (voorstel.BudgettaireConsequenties == true) vereist.Add(Aspect.Financien);
        if (voorstel.FormatieveConsequenties == true) vereist.Add(Aspect.Personeel);
        if (isOntwikkelbedrijfProject) vereist.Add(Aspect.Smo);
        else vereist.Remove(Aspect.Smo);

        return new Routering(
            vereist,
            OrVereist: voorstel.FormatieveConsequenties == true,
            RaadVereist: voorstel.RaadsbesluitNodig || voorstel.BudgettaireConsequenties == true);
    }
}
