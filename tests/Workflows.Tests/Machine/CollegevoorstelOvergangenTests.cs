using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;
using Besluitvorming.Workflows.Organisatie;

namespace Besluitvorming.Workflows.Tests.Machine;

/// <summary>
/// Every transition of the shipped definition, played through <see cref="Voorstel.Voer"/> with its guards made true.
/// A transition added to the definition fails here until it has a scenario; the behaviour around each gate is
/// specified in the Voorstellen tests.
/// </summary>
public class CollegevoorstelOvergangenTests
{
    private static readonly WorkflowDefinitie Definitie = GeleverdeDefinities.Collegevoorstel;

    private sealed record Speelwijze(Func<Scenario> Opstelling, Action<Scenario> Actie);

    private static Speelwijze Bij(VoorstelInhoud inhoud, string status, Action<Scenario> actie) =>
        new(() => Scenario.Nieuw(inhoud).Tot(status), actie);

    /// <summary>Returned by <paramref name="poort"/>, optionally revised, then resubmitted.</summary>
    private static Speelwijze TeruggestuurdDoor(string poort, Func<VoorstelInhoud, VoorstelInhoud>? herziening = null) =>
        new(() =>
        {
            var s = Scenario.Nieuw(Inhouden.VolledigeRoute).Tot(poort);
            s.StuurTerug(s.PoortwachterVan(poort));
            return herziening is null ? s : s.Wijzig(herziening);
        }, s => s.Herindienen());

    private static readonly VoorstelInhoud Kort = Inhouden.Volledig;
    private static readonly VoorstelInhoud Lang = Inhouden.VolledigeRoute;
    private static readonly DateOnly Later = Inhouden.GeplandBw.AddDays(14);

    /// <summary>Decided with openbaarheid uitgesteld; the action publishes it on the first day after the embargo date.</summary>
    private static Speelwijze Publicatie(VoorstelInhoud inhoud, Func<Scenario, Scenario> besluit) =>
        new(() => besluit(Scenario.Nieuw(inhoud with { Openbaarheid = Openbaarheid.Uitgesteld, OpenbaarNa = Later })), s =>
        {
            s.Klok.ZetOp(Later.AddDays(1));
            s.Voorstel.Publiceer(s.Context(Actor.Systeem));
        });

    private static readonly Dictionary<string, Speelwijze> Scenario_s = new()
    {
        ["Concept --Indienen--> ParaafAfdelingshoofd"] = Bij(Kort, "Concept", s => s.Indienen()),
        ["Concept --Intrekken--> Ingetrokken"] = Bij(Kort, "Concept", s => s.Intrekken()),

        ["ParaafAfdelingshoofd --Paraferen--> InAdvies"] = Bij(Lang, "ParaafAfdelingshoofd", s => s.Paraferen()),
        ["ParaafAfdelingshoofd --Terugsturen--> Teruggestuurd"] = Bij(Lang, "ParaafAfdelingshoofd", s => s.StuurTerug(Personen.Afdelingshoofd)),
        ["ParaafAfdelingshoofd --Intrekken [!CollegeHeeftBesloten]--> Ingetrokken"] = Bij(Lang, "ParaafAfdelingshoofd", s => s.Intrekken()),

        ["InAdvies --AdviesUitbrengen--> (intern)"] = Bij(Lang, "InAdvies", s => s.Adviseer(Aspect.Financien)),
        ["InAdvies --AdviezenCompleet [AlleAdviezenBinnen]--> Directieteam"] =
            Bij(Kort.MetAdviesGevraagd(Aspect.Juridisch), "InAdvies", s => s.Adviseer(Aspect.Juridisch)),
        ["InAdvies --Terugsturen--> Teruggestuurd"] = Bij(Lang, "InAdvies", s => s.StuurTerug(Personen.Adviseur(Aspect.Juridisch))),
        ["InAdvies --Intrekken [!CollegeHeeftBesloten]--> Ingetrokken"] = Bij(Lang, "InAdvies", s => s.Intrekken()),

        ["Directieteam --DirectiebesluitVastleggen [OrVereist]--> OndernemingsRaad"] = Bij(Lang, "Directieteam", s => s.LegDirectiebesluitVast()),
        ["Directieteam --DirectiebesluitVastleggen [!OrVereist]--> CollegeVanBW"] = Bij(Kort, "Directieteam", s => s.LegDirectiebesluitVast()),
        ["Directieteam --Terugsturen--> Teruggestuurd"] = Bij(Lang, "Directieteam", s => s.StuurTerug(Personen.DtSecretaris)),
        ["Directieteam --Intrekken [!CollegeHeeftBesloten]--> Ingetrokken"] = Bij(Lang, "Directieteam", s => s.Intrekken()),

        ["OndernemingsRaad --OrAdviesVastleggen--> CollegeVanBW"] = Bij(Lang, "OndernemingsRaad", s => s.LegOrAdviesVast()),
        ["OndernemingsRaad --Terugsturen--> Teruggestuurd"] = Bij(Lang, "OndernemingsRaad", s => s.StuurTerug(Personen.OrSecretaris)),
        ["OndernemingsRaad --Intrekken [!CollegeHeeftBesloten]--> Ingetrokken"] = Bij(Lang, "OndernemingsRaad", s => s.Intrekken()),

        ["CollegeVanBW --Instemmen [RaadVereist]--> Gemeenteraad"] = Bij(Lang, "CollegeVanBW", s => s.CollegeBesluit(Triggers.Instemmen)),
        ["CollegeVanBW --Instemmen [!RaadVereist]--> Besloten"] = Bij(Kort, "CollegeVanBW", s => s.CollegeBesluit(Triggers.Instemmen)),
        ["CollegeVanBW --InstemmenMetWijzigingen [RaadVereist]--> Gemeenteraad"] =
            Bij(Lang, "CollegeVanBW", s => s.CollegeBesluit(Triggers.InstemmenMetWijzigingen)),
        ["CollegeVanBW --InstemmenMetWijzigingen [!RaadVereist]--> Besloten"] =
            Bij(Kort, "CollegeVanBW", s => s.CollegeBesluit(Triggers.InstemmenMetWijzigingen)),
        ["CollegeVanBW --Aanhouden--> (intern)"] = Bij(Kort, "CollegeVanBW", s => s.CollegeHoudtAan(Later)),
        ["CollegeVanBW --Afwijzen--> Afgewezen"] = Bij(Kort, "CollegeVanBW", s => s.CollegeBesluit(Triggers.Afwijzen)),
        ["CollegeVanBW --Terugsturen--> Teruggestuurd"] = Bij(Kort, "CollegeVanBW", s => s.StuurTerug(Personen.Bestuurssecretariaat)),
        ["CollegeVanBW --Intrekken [!CollegeHeeftBesloten]--> Ingetrokken"] = Bij(Kort, "CollegeVanBW", s => s.Intrekken()),

        ["Gemeenteraad --RaadVaststellen--> Besloten"] = Bij(Lang, "Gemeenteraad", s => s.RaadBesluit(Triggers.RaadVaststellen)),
        ["Gemeenteraad --RaadAanhouden--> (intern)"] = Bij(Lang, "Gemeenteraad", s => s.RaadHoudtAan(new DateOnly(2025, 7, 10))),
        ["Gemeenteraad --RaadVerwerpen--> Verworpen"] = Bij(Lang, "Gemeenteraad", s => s.RaadBesluit(Triggers.RaadVerwerpen)),
        ["Gemeenteraad --Terugsturen--> Teruggestuurd"] = Bij(Lang, "Gemeenteraad", s => s.StuurTerug(Personen.Griffie)),

        ["Besloten --Publiceren [Openbaar]--> Gepubliceerd"] = Publicatie(Kort, s => s.Tot("Besloten")),
        ["Afgewezen --Publiceren [Openbaar]--> Gepubliceerd"] = Publicatie(Kort, s => s.Tot("CollegeVanBW").CollegeBesluit(Triggers.Afwijzen)),
        ["Verworpen --Publiceren [Openbaar]--> Gepubliceerd"] = Publicatie(Lang, s => s.Tot("Gemeenteraad").RaadBesluit(Triggers.RaadVerwerpen)),

        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:ParaafAfdelingshoofd]--> ParaafAfdelingshoofd"] =
            TeruggestuurdDoor("ParaafAfdelingshoofd"),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:InAdvies]--> InAdvies"] = TeruggestuurdDoor("InAdvies"),
        ["Teruggestuurd --Herindienen [AdviesOpnieuwNodig en !TeruggestuurdVanuit:ParaafAfdelingshoofd en !TeruggestuurdVanuit:InAdvies]--> InAdvies"] =
            TeruggestuurdDoor("Directieteam", i => i.MetAdviesGevraagd(Aspect.Juridisch, "Nieuwe juridische toelichting.")),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:Directieteam en !AdviesOpnieuwNodig]--> Directieteam"] = TeruggestuurdDoor("Directieteam"),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:OndernemingsRaad en !AdviesOpnieuwNodig en OrVereist]--> OndernemingsRaad"] = TeruggestuurdDoor("OndernemingsRaad"),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:OndernemingsRaad en !AdviesOpnieuwNodig en !OrVereist]--> CollegeVanBW"] =
            TeruggestuurdDoor("OndernemingsRaad", i => i with { FormatieveConsequenties = false, Fte = null }),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:CollegeVanBW en !AdviesOpnieuwNodig]--> CollegeVanBW"] = TeruggestuurdDoor("CollegeVanBW"),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:Gemeenteraad en !AdviesOpnieuwNodig en RaadVereist]--> Gemeenteraad"] = TeruggestuurdDoor("Gemeenteraad"),
        ["Teruggestuurd --Herindienen [TeruggestuurdVanuit:Gemeenteraad en !AdviesOpnieuwNodig en !RaadVereist]--> CollegeVanBW"] =
            TeruggestuurdDoor("Gemeenteraad", i => i with { BudgettaireConsequenties = false, Kosten = null, Dekking = null }),
        ["Teruggestuurd --Intrekken [!CollegeHeeftBesloten]--> Ingetrokken"] = new(
            () => Scenario.Nieuw(Kort).Tot("CollegeVanBW").StuurTerug(Personen.Bestuurssecretariaat),
            s => s.Intrekken()),
    };

    private static string Sleutel(StatusDefinitie status, OvergangDefinitie o) =>
        $"{status.Naam} --{o.Trigger}{(o.Guards.Count == 0 ? "" : $" [{string.Join(" en ", o.Guards)}]")}--> {o.Naar ?? "(intern)"}";

    private static IEnumerable<(StatusDefinitie Status, OvergangDefinitie Overgang)> AlleOvergangen =>
        Definitie.Statussen.SelectMany(s => s.Overgangen.Select(o => (s, o)));

    public static TheoryData<string> Overgangen => new(AlleOvergangen.Select(x => Sleutel(x.Status, x.Overgang)));

    [Theory]
    [MemberData(nameof(Overgangen))]
    public void Elke_overgang_van_de_definitie_brengt_het_voorstel_waar_de_definitie_zegt(string overgang)
    {
        Scenario_s.ShouldContainKey(overgang, "Deze overgang heeft nog geen scenario in deze test.");
        var (status, definitie) = AlleOvergangen.Single(x => Sleutel(x.Status, x.Overgang) == overgang);
        var speelwijze = Scenario_s[overgang];

        var scenario = speelwijze.Opstelling();
        scenario.Status.ShouldBe(status.Naam, "de opstelling brengt het voorstel niet in de beginstatus van de overgang");
        var aantal = scenario.Voorstel.Gebeurtenissen.Count;
        speelwijze.Actie(scenario);

        var gebeurtenis = scenario.Voorstel.Gebeurtenissen.Skip(aantal).Single(g => g.Soort == definitie.Trigger);
        gebeurtenis.VanStatus.ShouldBe(status.Naam);
        gebeurtenis.NaarStatus.ShouldBe(definitie.Naar == status.Naam ? null : definitie.Naar);
        if (definitie.Intern) scenario.Status.ShouldBe(status.Naam);
    }

    [Fact]
    public void Elk_scenario_hoort_bij_een_overgang_van_de_definitie()
    {
        var sleutels = AlleOvergangen.Select(x => Sleutel(x.Status, x.Overgang)).ToHashSet();

        Scenario_s.Keys.Where(k => !sleutels.Contains(k)).ShouldBeEmpty();
    }
}
