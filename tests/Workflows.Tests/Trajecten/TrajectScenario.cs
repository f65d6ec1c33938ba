using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Trajecten;

/// <summary>A traject on a shipped definition, with a projectleider and a step owner (a steller), driven by hand.</summary>
internal sealed class TrajectScenario
{
    public static readonly Actor Projectleider = new("projectleider", "J. van Dijk", new HashSet<string> { Rollen.Projectleider },
        new HashSet<Aspect>(), 1, new HashSet<string>());
    public static readonly Actor Eigenaar = new("wijkverbinder", "W. Hendriks", new HashSet<string> { Rollen.Steller },
        new HashSet<Aspect>(), 1, new HashSet<string>());
    public static readonly Actor Buitenstaander = new("ander", "A. Ander", new HashSet<string> { Rollen.Steller, Rollen.Projectleider },
        new HashSet<Aspect>(), 1, new HashSet<string>());

    /// <summary>Monday 2 March 2026, nine in the morning.</summary>
    public static readonly DateTime Begin = new(2026, 3, 2, 9, 0, 0);

    private int _volgendeBijlage = 100;
    private int _volgendVoorstel = 1;

    public TrajectScenario(WorkflowDefinitie definitie)
    {
        Definitie = definitie;
        Traject = Traject.Start(definitie, "Wij(k)huis de Haard", 1, new Taakhouder(Projectleider.Id, Projectleider.Naam),
            new Dictionary<string, Taakhouder> { [Rollen.Steller] = new(Eigenaar.Id, Eigenaar.Naam) }, Projectleider, Nu);
    }

    public WorkflowDefinitie Definitie { get; }
    public Traject Traject { get; }
    public DateTime Nu { get; set; } = Begin;

    public StatusDefinitie Stap => Definitie.Status(Traject.Status);

    /// <summary>The evidence the current step requires, as fresh bijlagen.</summary>
    public List<Bewijs> VereistBewijs() => Stap.VereistBewijs.Select(s => new Bewijs(new Guid(_volgendeBijlage++, 0, 0, new byte[8]), s, $"{s.ToLowerInvariant()}-{_volgendeBijlage}.pdf")).ToList();

    /// <summary>Completes the current step as its owner, or decides its decision moment as <paramref name="uitkomst"/>.</summary>
    public void RondAf(Besluituitkomst uitkomst = Besluituitkomst.Ingestemd)
    {
        Nu = Nu.AddDays(1);
        if (Stap.Besluitmoment is null)
        {
            Traject.Voltooien(Definitie, Stap.EigenaarRol == Rollen.Projectleider ? Projectleider : Eigenaar, VereistBewijs(), null, Nu);
            return;
        }
        var voorstel = StartBesluitmoment();
        Traject.VerwerkBesluit(Definitie, voorstel, uitkomst, Nu);
    }

    public int StartBesluitmoment()
    {
        var voorstel = _volgendVoorstel++;
        Traject.StartBesluitmoment(Definitie, Projectleider, voorstel, Nu);
        return voorstel;
    }

    /// <summary>Moves the traject forward, every decision ingestemd, until it stands at <paramref name="stap"/>.</summary>
    public TrajectScenario Tot(string stap)
    {
        for (var i = 0; Traject.Status != stap; i++)
        {
            if (i > Definitie.Statussen.Count) throw new InvalidOperationException($"Stap '{stap}' is niet bereikt.");
            RondAf();
        }
        return this;
    }
}
