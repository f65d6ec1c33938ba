using System.Globalization;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Termijnen;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// A collegevoorstel (seed 002) and its route. It owns its tasks and timeline; every change goes through a
/// domain verb, and every route change through the Stateless machine built from the definition version the
/// proposal started on.
/// </summary>
public sealed class Voorstel
{
    private readonly List<DictumPunt> _dictum = [];
    private readonly List<Voorbespreking> _voorbesprekingen = [];
    private readonly List<Bedrijfsvoeringsaspect> _aspecten = [];
    private readonly List<Bijlage> _bijlagen = [];
    private readonly List<Taak> _taken = [];
    private readonly List<Gebeurtenis> _gebeurtenissen = [];
    private readonly List<Domeingebeurtenis> _domeingebeurtenissen = [];

    public int Id { get; private set; }
    /// <summary>Idempotency key of the form that created the draft: a double-clicked submit makes one proposal.</summary>
    public Guid AanmaakSleutel { get; private set; }
    /// <summary>Optimistic concurrency token: raised by every change, so two saves of the same state never both win.</summary>
    public int Versie { get; private set; }
    /// <summary>
    /// What a person decides on: raised when the content or the gate changes, not when a parallel advisor adds
    /// their advice. A form carries the revision it was opened on; an action on an older one is refused.
    /// </summary>
    public int Revisie { get; private set; }
    /// <summary>The college agreed (with or without changes) at some point; from then on withdrawal is over.</summary>
    public bool CollegeAkkoord { get; private set; }

    // Route
    public string WorkflowNaam { get; private set; } = "";
    public int WorkflowVersie { get; private set; }
    public string Status { get; private set; } = "";
    public DateTime StatusSinds { get; private set; }
    public string? TeruggestuurdVanuit { get; private set; }
    public bool OrVereist { get; private set; }
    public bool RaadVereist { get; private set; }
    public bool AdviesrondeGehouden { get; private set; }

    // Header
    public string? Registratienummer { get; private set; }
    public string Onderwerp { get; private set; } = "";
    public int AfdelingId { get; private set; }
    public int? TeamId { get; private set; }
    public int? ProjectId { get; private set; }
    /// <summary>
    /// The traject whose decision moment started this proposal: its outcome moves that traject on. Set once, at the
    /// start of the decision moment; the traject's step links back through its <c>VoorstelId</c>.
    /// </summary>
    public int? TrajectId { get; private set; }
    public string? Programma { get; private set; }
    /// <summary>Null while the steller has not chosen; such a proposal is not public.</summary>
    public Openbaarheid? Openbaarheid { get; private set; }
    public DateOnly? OpenbaarNa { get; private set; }
    public bool? BijlagenOpenbaar { get; private set; }
    public DateOnly? GeplandDt { get; private set; }
    public DateOnly? GeplandOr { get; private set; }
    public DateOnly? GeplandBw { get; private set; }
    public DateOnly? GeplandOrNaBw { get; private set; }
    public DateOnly? GeplandRaad { get; private set; }
    public string StellerId { get; private set; } = "";
    public string StellerNaam { get; private set; } = "";
    public string? StellerTelefoon { get; private set; }
    public DateTime AangemaaktOp { get; private set; }
    public DateOnly? IngediendOp { get; private set; }
    public string? ParaafAfdelingshoofdNaam { get; private set; }
    public DateOnly? ParaafAfdelingshoofdOp { get; private set; }
    public string? Portefeuillehouder { get; private set; }
    public string? Secretaris { get; private set; }
    public Behandelwijze? Behandelwijze { get; private set; }

    // Body
    public IReadOnlyList<DictumPunt> Dictum => _dictum;
    public IReadOnlyList<Voorbespreking> Voorbesprekingen => _voorbesprekingen;
    public string? SamenvattingWatEnWaarom { get; private set; }
    public string? SamenvattingHoe { get; private set; }
    public string? Aanleiding { get; private set; }
    public string? Achtergrond { get; private set; }
    public string? Aanpak { get; private set; }
    public string? VoorstelTekst { get; private set; }
    public bool RaadsbesluitNodig { get; private set; }
    public IReadOnlyList<Bijlage> Bijlagen => _bijlagen;

    // Bedrijfsvoeringsaspecten
    public bool? BudgettaireConsequenties { get; private set; }
    public decimal? Kosten { get; private set; }
    public bool KostenPerJaar { get; private set; }
    public decimal? Baten { get; private set; }
    public string? Dekking { get; private set; }
    public bool? FormatieveConsequenties { get; private set; }
    public decimal? Fte { get; private set; }
    public string? Inhuur { get; private set; }
    public IReadOnlyList<Bedrijfsvoeringsaspect> Aspecten => _aspecten;

    // Decisions
    public Directiebesluit? Directiebesluit { get; private set; }
    public DateOnly? OrAdviesDatum { get; private set; }
    public string? OrAdvies { get; private set; }
    public Collegebesluit? Collegebesluit { get; private set; }
    public Raadsbesluit? Raadsbesluit { get; private set; }
    /// <summary>The day the decision was made public (Woo); null while it is not.</summary>
    public DateOnly? GepubliceerdOp { get; private set; }

    public IReadOnlyList<Taak> Taken => _taken;
    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    private Voorstel() { }

    /// <summary>Starts a draft on the given definition version; the proposal keeps that version for life.</summary>
    public static Voorstel NieuwConcept(WorkflowDefinitie definitie, Actor steller, Guid aanmaakSleutel,
        VoorstelInhoud inhoud, DateTime nu)
    {
        if (!steller.HeeftRol(Rollen.Steller))
            throw new GeenToegangException("Alleen een steller kan een collegevoorstel opstellen.");
        return Maak(definitie, steller, steller, aanmaakSleutel, inhoud, nu);
    }

    /// <summary>
    /// Starts a draft that <paramref name="door"/> prepares for <paramref name="steller"/>, who owns it from then on as
    /// if they had made it: a traject's decision moment, started by the projectleider and written by the step's owner.
    /// </summary>
    public static Voorstel NieuwConceptVoor(WorkflowDefinitie definitie, Actor steller, Actor door, Guid aanmaakSleutel,
        VoorstelInhoud inhoud, DateTime nu)
    {
        if (!steller.HeeftRol(Rollen.Steller))
            throw new GeenToegangException($"{steller.Naam} is geen steller en kan dit collegevoorstel niet opstellen. " +
                                           "Draag de stap eerst over aan een steller.");
        return Maak(definitie, steller, door, aanmaakSleutel, inhoud, nu);
    }

    /// <summary>
    /// Registers a proposal taken over from the archive or an earlier system (Decos JOIN, iBabs) with the
    /// registratienummer it had there. <paramref name="door"/> (the bestuurssecretariaat or the beheerder) registers it
    /// for <paramref name="steller"/>, who owns it from then on as a concept and takes it along the normal route;
    /// submitting it keeps this number (the app's numbering only gives one to a proposal without). Whether the number
    /// is still free is for the store to say; its shape and the source are checked here.
    /// </summary>
    public static Voorstel Importeer(WorkflowDefinitie definitie, Actor steller, Actor door, string? registratienummer,
        string? bron, Guid aanmaakSleutel, VoorstelInhoud inhoud, DateTime nu)
    {
        if (!MagImporteren(door))
            throw new GeenToegangException("Alleen het bestuurssecretariaat en de beheerder kunnen een voorstel importeren.");
        if (!steller.HeeftRol(Rollen.Steller))
            throw new GeenToegangException($"{steller.Naam} is geen steller; een geïmporteerd voorstel komt op naam van een steller.");
        var fouten = ControleerImport(registratienummer, bron);
        if (fouten.Count > 0) throw new ActieOngeldigException(fouten);
        var nummer = registratienummer!.Trim();
        var voorstel = Maak(definitie, steller, door, aanmaakSleutel, inhoud, nu,
            ("Geïmporteerd", $"Geïmporteerd uit {bron!.Trim()} met registratienummer {nummer}, als concept voor steller {steller.Naam}"));
        voorstel.Registratienummer = nummer;
        voorstel.Verhoog(new Geregistreerd(nummer, voorstel.ProjectId));
        return voorstel;
    }

    /// <summary>The import's own fields (keys <c>Registratienummer</c> and <c>Bron</c>); empty when both are fine.</summary>
    public static Dictionary<string, string> ControleerImport(string? registratienummer, string? bron)
    {
        var fouten = new Dictionary<string, string>();
        if (Registratienummers.Controleer(registratienummer) is { } fout) fouten[nameof(Registratienummer)] = fout;
        if (string.IsNullOrWhiteSpace(bron)) fouten["Bron"] = "Vul in waar het voorstel vandaan komt, bijvoorbeeld Decos JOIN of het papieren archief.";
        else Veldlengtes.Controleer(fouten, "Bron", bron, Veldlengtes.Naam);
        return fouten;
    }

    private static Voorstel Maak(WorkflowDefinitie definitie, Actor steller, Actor door, Guid aanmaakSleutel,
        VoorstelInhoud inhoud, DateTime nu, (string Soort, string Omschrijving)? herkomst = null)
    {
        var voorstel = new Voorstel
        {
            AanmaakSleutel = aanmaakSleutel,
            WorkflowNaam = definitie.Naam,
            WorkflowVersie = definitie.Versie,
            Status = definitie.Beginstatus,
            StatusSinds = nu,
            StellerId = steller.Id,
            StellerNaam = steller.Naam,
            AangemaaktOp = nu,
        };
        foreach (var aspect in Enum.GetValues<Aspect>()) voorstel._aspecten.Add(new Bedrijfsvoeringsaspect(aspect));
        voorstel.ZetInhoud(inhoud);
        var (soort, omschrijving) = herkomst
            ?? ("Aangemaakt", door.Id == steller.Id ? "Concept aangemaakt" : $"Concept aangemaakt voor steller {steller.Naam}");
        voorstel.Log(nu, door, soort, omschrijving, null, null, definitie.Beginstatus);
        return voorstel;
    }

    public bool IsVanSteller(Actor actor) =>
        actor.Id == StellerId || (actor.VervangtVoor.Contains(StellerId) && actor.HeeftRol(Rollen.Steller));

    public bool IsBewerkbaar(WorkflowDefinitie definitie) => definitie.Status(Status).BewerkbaarDoorSteller;

    public bool IsBeeindigd(WorkflowDefinitie definitie) => definitie.Status(Status).Eind;

    /// <summary>Who registers proposals from the archive, and so may undo a mistaken import.</summary>
    public static bool MagImporteren(Actor actor) => actor.HeeftRol(Rollen.Bestuurssecretariaat) || actor.HeeftRol(Rollen.Beheerder);

    /// <summary>
    /// Imported (<see cref="Importeer"/>) and never submitted: a concept that already carries its historical number.
    /// </summary>
    public bool IsOningediendeImport(WorkflowDefinitie definitie) =>
        Registratienummer is not null && IngediendOp is null && Status == definitie.Beginstatus;

    /// <summary>
    /// A concept that was never submitted may be deleted. Without a registratienummer it is the steller's draft: the
    /// steller or the steller's deputy deletes it. An import that was never submitted carries a number the
    /// bestuurssecretariaat or the beheerder registered: they undo a mistaken one (the steller cannot; the number is
    /// then free again). Once submitted, a proposal stays on record and can only be withdrawn.
    /// </summary>
    public bool MagVerwijderen(Actor actor, WorkflowDefinitie definitie) =>
        Registratienummer is null ? Status == definitie.Beginstatus && IsVanSteller(actor)
            : IsOningediendeImport(definitie) && MagImporteren(actor);

    /// <summary>Checks that this concept may go now; the caller then removes it (and its uploads) from the store.</summary>
    public void Verwijder(Overgangscontext ctx, int? gezieneRevisie)
    {
        ControleerDefinitie(ctx.Definitie);
        if (IsOningediendeImport(ctx.Definitie) && !MagImporteren(ctx.Actor))
            throw new GeenToegangException("Alleen het bestuurssecretariaat en de beheerder kunnen een geïmporteerd voorstel verwijderen.");
        if (Registratienummer is null && !IsVanSteller(ctx.Actor)) throw new GeenToegangException("Alleen de steller kan dit concept verwijderen.");
        ControleerRevisie(gezieneRevisie);
        if (!MagVerwijderen(ctx.Actor, ctx.Definitie))
            throw new VoorstelFout("Dit voorstel is al ingediend en kan niet meer worden verwijderd; u kunt het wel intrekken.");
    }

    /// <summary>Whether the proposal is public today ("Ja", or "uitgesteld" once the embargo date has passed).</summary>
    public bool IsOpenbaarOp(DateOnly vandaag) => Openbaarheid switch
    {
        Voorstellen.Openbaarheid.Ja => true,
        Voorstellen.Openbaarheid.Uitgesteld => OpenbaarNa is { } na && vandaag > na,
        _ => false,
    };

    public IEnumerable<Taak> OpenTaken => _taken.Where(t => t.IsOpen);

    /// <summary>A proposal is late when one of its open tasks is (see <see cref="Taak.IsTeLaat"/>).</summary>
    public bool IsTeLaat(DateOnly vandaag) => _taken.Any(t => t.IsTeLaat(vandaag));

    // ---- Access --------------------------------------------------------------------------------------------
    // Who may see the proposal and its bijlagen; every page that shows or serves either asks here. A draft is the
    // steller's own. A submitted proposal that is not public (yet) is for the people involved (steller, the
    // afdelingshoofd of its afdeling, everyone who held a task, their deputies), the DT, the college, the
    // bestuurssecretariaat and the griffie. A public one is for every employee. Non-public bijlagen have a narrower
    // rule (MagNietOpenbareBijlagenZien). The actor carries the organisational facts: roles, afdeling, deputyships.

    private static readonly string[] Bestuurlijk =
        [Rollen.Directieteam, Rollen.DtSecretaris, Rollen.College, Rollen.Bestuurssecretariaat, Rollen.Griffie];

    /// <summary>The bodies that decide on a proposal, and the task that shows the proposal reached their gate.</summary>
    private static readonly (string Rol, string Taaksoort)[] BeslissendeGremia =
    [
        (Rollen.Directieteam, Taaksoorten.Directiebesluit),
        (Rollen.DtSecretaris, Taaksoorten.Directiebesluit),
        (Rollen.College, Taaksoorten.Collegebesluit),
        (Rollen.Griffie, Taaksoorten.Raadsbesluit),
    ];

    /// <summary>The steller; once submitted, the bestuurlijke roles and whoever works on it (see <see cref="WerktEraan"/>).</summary>
    public bool IsBetrokken(Actor actor)
    {
        if (IsVanSteller(actor)) return true;
        if (Registratienummer is null) return false;
        return Bestuurlijk.Any(actor.HeeftRol) || WerktEraan(actor);
    }

    public bool MagZien(Actor actor, DateOnly vandaag) =>
        IsBetrokken(actor) || (Registratienummer is not null && IsOpenbaarOp(vandaag));

    /// <summary>A public bijlage goes with the proposal; a non-public one (its own flag, or all bijlagen) does not.</summary>
    public bool MagBijlageZien(Bijlage bijlage, Actor actor, DateOnly vandaag) =>
        bijlage.Openbaar == true && BijlagenOpenbaar == true ? MagZien(actor, vandaag) : MagNietOpenbareBijlagenZien(actor);

    /// <summary>
    /// Non-public bijlagen, on a public proposal too, are for: the steller and deputy; once submitted, the
    /// afdelingshoofd of the afdeling and everyone who holds or held a task on it (and their deputies); the
    /// bestuurssecretariaat, the gemeentesecretaris among them, who prepare the college's agenda and follow every
    /// proposal; and each body that decides on it from the moment it reaches that body's gate: the DT (members and
    /// secretary) from the DT on, the college from the college on, the griffie only when it goes on to the raad.
    /// Nobody else: not an advisor who was not asked, not the beheerder.
    /// </summary>
    public bool MagNietOpenbareBijlagenZien(Actor actor)
    {
        if (IsVanSteller(actor)) return true;
        if (Registratienummer is null) return false;
        if (WerktEraan(actor) || actor.HeeftRol(Rollen.Bestuurssecretariaat)) return true;
        return BeslissendeGremia.Any(g => actor.HeeftRol(g.Rol) && _taken.Any(t => t.Soort == g.Taaksoort));
    }

    /// <summary>The afdelingshoofd of the proposal's afdeling, and whoever holds or held a task on it, or deputises.</summary>
    private bool WerktEraan(Actor actor) =>
        (actor.HeeftRol(Rollen.Afdelingshoofd) && actor.AfdelingId == AfdelingId)
        || _taken.Any(t => t.HouderId == actor.Id || actor.VervangtVoor.Contains(t.HouderId));

    // ---- Content -------------------------------------------------------------------------------------------

    /// <summary>The steller saves the template's content; allowed only while the state is editable.</summary>
    public void WijzigInhoud(VoorstelInhoud inhoud, Overgangscontext ctx, int? gezieneRevisie)
    {
        ControleerRevisie(gezieneRevisie);
        ControleerBewerkbaar(ctx);
        var was = Planningsdatums.Alle.Select(n => (Naam: n, Datum: Planningsdatums.Van(this, n))).ToList();
        ZetInhoud(inhoud);
        // A submitted proposal may be on an agenda (a concept never is): a planned date the steller changed takes it off.
        if (Registratienummer is not null)
            foreach (var (naam, datum) in was)
                if (datum is { } d && Planningsdatums.Van(this, naam) is var nieuw && nieuw != d)
                    Verhoog(new GeplandOpAndereVergadering(naam, d, nieuw, "planning gewijzigd door de steller"));
        Log(ctx.Nu, ctx.Actor, "Gewijzigd", "Inhoud opgeslagen", null, null, null);
        Gewijzigd();
    }

    /// <summary>
    /// Whether saving <paramref name="inhoud"/> would change nothing, after the same normalisation a save applies:
    /// how a form that was sent twice is recognised.
    /// </summary>
    public bool HeeftInhoud(VoorstelInhoud inhoud)
    {
        var ander = new Voorstel();
        foreach (var a in _aspecten) ander._aspecten.Add(new Bedrijfsvoeringsaspect(a.Aspect));
        ander.ZetInhoud(inhoud);
        return ander.Inhoudsafdruk() == Inhoudsafdruk();
    }

    public void VoegBijlageToe(string naam, DateOnly datum, bool? openbaar, BijlageSoort soort, Guid bestandId,
        string bestandsnaam, string contentType, long grootte, Overgangscontext ctx)
    {
        ControleerBewerkbaar(ctx);
        ControleerBijlagenaam(naam);
        var nr = _bijlagen.Count == 0 ? 1 : _bijlagen.Max(b => b.Nr) + 1;
        _bijlagen.Add(new Bijlage(nr, naam, datum, openbaar, soort, bestandId, bestandsnaam, contentType, grootte));
        Log(ctx.Nu, ctx.Actor, "BijlageToegevoegd", $"Bijlage {nr} toegevoegd: {naam}", null, null, null);
        Gewijzigd();
    }

    public void WijzigBijlage(int bijlageId, string naam, DateOnly datum, bool? openbaar, BijlageSoort soort, Overgangscontext ctx)
    {
        ControleerBewerkbaar(ctx);
        var bijlage = _bijlagen.SingleOrDefault(b => b.Id == bijlageId)
            ?? throw new VoorstelFout("Deze bijlage hoort niet bij dit voorstel.");
        ControleerBijlagenaam(naam);
        if (bijlage.Naam == naam && bijlage.Datum == datum && bijlage.Openbaar == openbaar && bijlage.Soort == soort) return;
        bijlage.Wijzig(bijlage.Nr, naam, datum, openbaar, soort);
        Gewijzigd();
    }

    private static void ControleerBijlagenaam(string naam)
    {
        var fouten = new Dictionary<string, string>();
        Veldlengtes.Controleer(fouten, nameof(Bijlage.Naam), naam, Veldlengtes.BijlageNaam);
        if (fouten.Count > 0) throw new ActieOngeldigException(fouten);
    }

    public Bijlage VerwijderBijlage(int bijlageId, Overgangscontext ctx)
    {
        ControleerBewerkbaar(ctx);
        var bijlage = _bijlagen.SingleOrDefault(b => b.Id == bijlageId)
            ?? throw new VoorstelFout("Deze bijlage hoort niet bij dit voorstel.");
        _bijlagen.Remove(bijlage);
        Log(ctx.Nu, ctx.Actor, "BijlageVerwijderd", $"Bijlage {bijlage.Nr} verwijderd: {bijlage.Naam}", null, null, null);
        Gewijzigd();
        return bijlage;
    }

    /// <summary>
    /// What in the content can never be stored, whatever the status: text longer than its column or holding a
    /// control character, a number out of range or with more than two decimals. Keys are <see cref="VoorstelInhoud"/> names.
    /// </summary>
    public static Dictionary<string, string> ControleerInhoud(VoorstelInhoud i)
    {
        var f = new Dictionary<string, string>();
        Veldlengtes.Controleer(f, nameof(i.Onderwerp), i.Onderwerp, Veldlengtes.Onderwerp);
        Veldlengtes.Controleer(f, nameof(i.Programma), i.Programma, Veldlengtes.Programma);
        Veldlengtes.Controleer(f, nameof(i.StellerTelefoon), i.StellerTelefoon, Veldlengtes.Telefoon);
        Veldlengtes.Controleer(f, nameof(i.Portefeuillehouder), i.Portefeuillehouder, Veldlengtes.Naam);
        Veldlengtes.Controleer(f, nameof(i.Secretaris), i.Secretaris, Veldlengtes.Naam);
        Veldlengtes.Controleer(f, nameof(i.Dictum), string.Join("\n", i.Dictum), Veldlengtes.Tekst);
        foreach (var (persoon, _) in i.Voorbesprekingen)
            Veldlengtes.Controleer(f, nameof(i.Voorbesprekingen), persoon, Veldlengtes.Voorbespreking);
        Veldlengtes.Controleer(f, nameof(i.SamenvattingWatEnWaarom), i.SamenvattingWatEnWaarom, Veldlengtes.Tekst);
        Veldlengtes.Controleer(f, nameof(i.SamenvattingHoe), i.SamenvattingHoe, Veldlengtes.Tekst);
        Veldlengtes.Controleer(f, nameof(i.Aanleiding), i.Aanleiding, Veldlengtes.Tekst);
        Veldlengtes.Controleer(f, nameof(i.Achtergrond), i.Achtergrond, Veldlengtes.Tekst);
        Veldlengtes.Controleer(f, nameof(i.Aanpak), i.Aanpak, Veldlengtes.Tekst);
        Veldlengtes.Controleer(f, nameof(i.VoorstelTekst), i.VoorstelTekst, Veldlengtes.Tekst);
        Veldlengtes.Controleer(f, nameof(i.Dekking), i.Dekking, Veldlengtes.Regel);
        Veldlengtes.Controleer(f, nameof(i.Inhuur), i.Inhuur, Veldlengtes.Regel);
        foreach (var (aspect, (toelichting, _)) in i.Aspecten)
            Veldlengtes.Controleer(f, $"{nameof(i.Aspecten)}[{aspect}]", toelichting, Veldlengtes.Tekst);
        Veldlengtes.ControleerBedrag(f, nameof(i.Kosten), i.Kosten);
        Veldlengtes.ControleerBedrag(f, nameof(i.Baten), i.Baten);
        Veldlengtes.ControleerFte(f, nameof(i.Fte), i.Fte);
        return f;
    }

    /// <summary>What is missing before the proposal can be submitted; keys are <see cref="VoorstelInhoud"/> names.</summary>
    public Dictionary<string, string> ControleerVolledigheid()
    {
        var f = new Dictionary<string, string>();
        void Eis(bool ok, string veld, string melding)
        {
            if (!ok) f.TryAdd(veld, melding);
        }

        Eis(!string.IsNullOrWhiteSpace(Onderwerp), nameof(VoorstelInhoud.Onderwerp), "Vul het onderwerp in.");
        Eis(AfdelingId > 0, nameof(VoorstelInhoud.AfdelingId), "Kies de afdeling waar het voorstel vandaan komt.");
        Eis(TeamId is not null, nameof(VoorstelInhoud.TeamId), "Kies het behandelend team.");
        Eis(!string.IsNullOrWhiteSpace(Portefeuillehouder), nameof(VoorstelInhoud.Portefeuillehouder), "Vul de portefeuillehouder in.");
        Eis(GeplandBw is not null, nameof(VoorstelInhoud.GeplandBw), "Vul de beoogde datum van de collegevergadering (B&W d.d.) in.");
        Eis(Openbaarheid is not null, nameof(VoorstelInhoud.Openbaarheid), "Kies of het voorstel openbaar is: ja, nee of uitgesteld.");
        Eis(Openbaarheid != Voorstellen.Openbaarheid.Uitgesteld || OpenbaarNa is not null, nameof(VoorstelInhoud.OpenbaarNa),
            "Vul in tot welke datum de openbaarheid is uitgesteld.");
        Eis(_dictum.Count > 0, nameof(VoorstelInhoud.Dictum), "Vul ten minste één beslispunt in het dictum in.");
        Eis(!string.IsNullOrWhiteSpace(SamenvattingWatEnWaarom), nameof(VoorstelInhoud.SamenvattingWatEnWaarom),
            "Vul in de samenvatting in wat er wordt voorgesteld en waarom.");
        Eis(!string.IsNullOrWhiteSpace(SamenvattingHoe), nameof(VoorstelInhoud.SamenvattingHoe),
            "Vul in de samenvatting in hoe het wordt aangepakt.");
        Eis(!string.IsNullOrWhiteSpace(Aanleiding), nameof(VoorstelInhoud.Aanleiding), "Beschrijf de aanleiding van het voorstel.");
        Eis(BudgettaireConsequenties is not null, nameof(VoorstelInhoud.BudgettaireConsequenties),
            "Geef aan of er budgettaire consequenties zijn (ja of nee).");
        Eis(BudgettaireConsequenties != true || Kosten is not null, nameof(VoorstelInhoud.Kosten),
            "Vul bij budgettaire consequenties de kosten in.");
        Eis(BudgettaireConsequenties != true || !string.IsNullOrWhiteSpace(Dekking), nameof(VoorstelInhoud.Dekking),
            "Vul bij budgettaire consequenties de dekking in.");
        Eis(FormatieveConsequenties is not null, nameof(VoorstelInhoud.FormatieveConsequenties),
            "Geef aan of er formatieve consequenties zijn (ja of nee).");
        Eis(_bijlagen.Count == 0 || BijlagenOpenbaar is not null, nameof(VoorstelInhoud.BijlagenOpenbaar), "Geef aan of de bijlagen openbaar zijn.");
        foreach (var b in _bijlagen.Where(b => b.Openbaar is null).OrderBy(b => b.Nr))
            Eis(false, BijlageOpenbaarVeld(b.Nr), $"Geef aan of bijlage {b.Nr} openbaar is.");
        return f;
    }

    /// <summary>The key <see cref="ControleerVolledigheid"/> uses for a bijlage without a choice: "Bijlagen[nr].Openbaar".</summary>
    public static string BijlageOpenbaarVeld(int nr) => $"{nameof(Bijlagen)}[{nr}].{nameof(Bijlage.Openbaar)}";

    // ---- Route ---------------------------------------------------------------------------------------------

    /// <summary>The triggers this actor may fire now, in definition order: exactly the buttons to show.</summary>
    public IReadOnlyList<OvergangDefinitie> ToegestaneActies(Overgangscontext ctx) => ToegestaneActies(ctx.Definitie, ctx.Actor);

    /// <summary>The same for a page that only reads: the definition and the actor suffice.</summary>
    public IReadOnlyList<OvergangDefinitie> ToegestaneActies(WorkflowDefinitie definitie, Actor actor)
    {
        ControleerDefinitie(definitie);
        var machine = VoorstelMachine.Bouw(definitie, this, null);
        var rollen = RollenVan(actor);
        return definitie.Status(Status).Overgangen
            .Where(o => !o.Automatisch && o.Rollen.Any(rollen.Contains) && machine.CanFire(o.Trigger))
            .GroupBy(o => o.Trigger).Select(g => g.First())
            .ToList();
    }

    /// <summary>The roles the actor has on this proposal now: steller, and the role of every open task they may act on.</summary>
    public HashSet<string> RollenVan(Actor actor)
    {
        var rollen = new HashSet<string>();
        if (actor.Rollen.Contains(Rollen.Systeem)) rollen.Add(Rollen.Systeem);
        if (IsVanSteller(actor)) rollen.Add(Rollen.Steller);
        foreach (var taak in _taken.Where(t => t.IsOpen && t.Status == Status && actor.MagHandelenOp(t))) rollen.Add(taak.Rol);
        return rollen;
    }

    /// <summary>
    /// Fires a trigger for the actor: checks the version they saw, their right to fire it and the input,
    /// records what the trigger carries, moves the machine, then runs any automatic transitions.
    /// </summary>
    public void Voer(string trigger, ActieInvoer invoer, Overgangscontext ctx)
    {
        ControleerDefinitie(ctx.Definitie);
        ControleerRevisie(invoer.Revisie);

        var overgangen = ctx.Definitie.Status(Status).Overgangen.Where(o => o.Trigger == trigger).ToList();
        if (overgangen.Count == 0)
            throw new VoorstelFout($"'{Triggers.Naam(trigger)}' kan niet in de status '{ctx.Definitie.StatusTitel(Status)}'.");
        var rollen = RollenVan(ctx.Actor);
        if (!overgangen.SelectMany(o => o.Rollen).Any(rollen.Contains))
            throw new GeenToegangException($"U mag '{Triggers.Naam(trigger)}' niet uitvoeren bij dit voorstel.");

        var fouten = Invoervelden.Valideer(overgangen[0].Invoer, invoer);
        if (trigger is Triggers.Indienen or Triggers.Herindienen)
            foreach (var (veld, melding) in ControleerVolledigheid()) fouten.TryAdd(veld, melding);
        if (fouten.Count > 0) throw new ActieOngeldigException(fouten);

        var van = Status;
        var taak = TaakVoor(trigger, invoer, ctx.Actor);
        _besluittekst = null;
        _vastgelegd = null;
        var omschrijving = Registreer(trigger, invoer, taak, ctx);

        var machine = VoorstelMachine.Bouw(ctx.Definitie, this, ctx);
        if (!machine.CanFire(trigger))
            throw new VoorstelFout($"'{Triggers.Naam(trigger)}' kan nu niet: niet aan alle voorwaarden is voldaan.");
        machine.Fire(trigger);
        if (trigger == Triggers.Herindienen) TeruggestuurdVanuit = null;

        Log(ctx.Nu, ctx.Actor, trigger, omschrijving, invoer.Reden, van, Status == van ? null : Status);
        if (overgangen.Any(o => o.Mail.Contains(Overgangsmails.Besluit))) Verhoog(new Besloten(trigger, omschrijving, _besluittekst));
        if (_vastgelegd is { } vastgelegd) Verhoog(vastgelegd);
        VoerAutomatischeOvergangenUit(ctx with { Actor = Actor.Systeem });
        NaBesluit(ctx with { Actor = Actor.Systeem });
        Verhoog(new StapVoltooid(trigger, van, Status, string.IsNullOrWhiteSpace(invoer.Reden) ? null : invoer.Reden.Trim()));
        Versie++;
    }

    /// <summary>
    /// A remark without a decision: the steller, or someone with an open task on the proposal (an advisor who
    /// wants to ask something before advising). It goes in the timeline; the route does not move.
    /// </summary>
    /// <summary>From submission until the end: the steller, and anyone who may act on an open task of the proposal.</summary>
    public bool MagOpmerkingPlaatsen(Actor actor, WorkflowDefinitie definitie) =>
        Registratienummer is not null && !IsBeeindigd(definitie) && (IsVanSteller(actor) || _taken.Any(actor.MagHandelenOp));

    public void PlaatsOpmerking(string? tekst, Overgangscontext ctx)
    {
        ControleerDefinitie(ctx.Definitie);
        if (!MagOpmerkingPlaatsen(ctx.Actor, ctx.Definitie))
            throw new GeenToegangException("U kunt bij dit voorstel (nu) geen opmerking plaatsen.");
        if (string.IsNullOrWhiteSpace(tekst))
            throw new ActieOngeldigException(new Dictionary<string, string> { [nameof(ActieInvoer.Opmerking)] = "Vul uw opmerking in." });
        var fouten = new Dictionary<string, string>();
        Veldlengtes.Controleer(fouten, nameof(ActieInvoer.Opmerking), tekst, Veldlengtes.Tekst);
        if (fouten.Count > 0) throw new ActieOngeldigException(fouten);
        Log(ctx.Nu, ctx.Actor, "Opmerking", $"Opmerking: {tekst.Trim()}", null, null, null);
        Verhoog(new OpmerkingGeplaatst(ctx.Actor, tekst.Trim()));
        Versie++;
    }

    // ---- Publication (Woo) ------------------------------------------------------------------------------------

    /// <summary>
    /// The proposal ended with a decision: the college or the raad took it (agreed, rejected, adopted or voted down),
    /// and nothing can change it any more. Such a decision is published when the proposal is public; a withdrawal or a
    /// decision held over is not a decision.
    /// </summary>
    public bool HeeftEindbesluit(WorkflowDefinitie definitie) =>
        IsBeeindigd(definitie)
        && (Raadsbesluit is { Uitkomst: not RaadUitkomst.Aangehouden } || Collegebesluit is { Uitkomst: not CollegeUitkomst.Aangehouden });

    /// <summary>
    /// The system publishes a decision whose embargo has passed (a timer, or the catch-up on start). A route with a
    /// publication step moves to it; an older route without one (collegevoorstel version 1) only records the day,
    /// and keeps its end state.
    /// </summary>
    public void Publiceer(Overgangscontext ctx)
    {
        ControleerDefinitie(ctx.Definitie);
        if (ctx.Actor.Id != Actor.Systeem.Id) throw new GeenToegangException("Alleen het systeem publiceert een besluit.");
        if (GepubliceerdOp is not null) throw new VoorstelFout("Dit besluit is al gepubliceerd.");
        if (!HeeftEindbesluit(ctx.Definitie)) throw new VoorstelFout("Over dit voorstel is (nog) geen besluit genomen om te publiceren.");
        if (!IsOpenbaarOp(ctx.Vandaag))
            throw new VoorstelFout(Openbaarheid == Voorstellen.Openbaarheid.Uitgesteld && OpenbaarNa is { } na
                ? $"De openbaarheid is uitgesteld tot na {Datum(na)}."
                : "Dit voorstel is niet openbaar en wordt niet gepubliceerd.");
        VoerAutomatischeOvergangenUit(ctx);
        if (GepubliceerdOp is null) NoteerPublicatie(ctx, zonderStatus: true);
        Versie++;
    }

    /// <summary>After a decision: publish it now when public, or say when a postponed publication is due.</summary>
    private void NaBesluit(Overgangscontext ctx)
    {
        if (GepubliceerdOp is not null || !HeeftEindbesluit(ctx.Definitie)) return;
        if (IsOpenbaarOp(ctx.Vandaag)) NoteerPublicatie(ctx, zonderStatus: true);
        else if (Openbaarheid == Voorstellen.Openbaarheid.Uitgesteld && OpenbaarNa is { } na) Verhoog(new PublicatieGepland(na.AddDays(1)));
    }

    private void NoteerPublicatie(Overgangscontext ctx, bool zonderStatus)
    {
        GepubliceerdOp = ctx.Vandaag;
        if (zonderStatus)
            Log(ctx.Nu, ctx.Actor, Triggers.Publiceren,
                $"Besluit gepubliceerd (workflowversie {WorkflowVersie} kent geen status Gepubliceerd; de status blijft '{ctx.Definitie.StatusTitel(Status)}')",
                null, null, null);
        Verhoog(new Gepubliceerd(ctx.Vandaag));
    }

    private void VoerAutomatischeOvergangenUit(Overgangscontext ctx)
    {
        for (var i = 0; i < 20; i++)
        {
            var machine = VoorstelMachine.Bouw(ctx.Definitie, this, ctx);
            var automatisch = ctx.Definitie.Status(Status).Overgangen
                .FirstOrDefault(o => o.Automatisch && machine.CanFire(o.Trigger));
            if (automatisch is null) return;
            var van = Status;
            machine.Fire(automatisch.Trigger);
            Log(ctx.Nu, ctx.Actor, automatisch.Trigger, Triggers.Naam(automatisch.Trigger), null, van, Status == van ? null : Status);
            if (automatisch.Trigger == Triggers.Publiceren) NoteerPublicatie(ctx, zonderStatus: false);
        }
        throw new InvalidOperationException($"Workflow '{WorkflowNaam}' v{WorkflowVersie}: automatische overgangen blijven rondgaan.");
    }

    /// <summary>Whether firing this trigger asks the routing policy which advice, OR and raad the proposal needs.</summary>
    public bool BepaaltRoute(string trigger) => trigger is Triggers.Indienen or Triggers.Herindienen;

    /// <summary>The open task of the current state that this trigger completes for this actor, if any.</summary>
    private Taak? TaakVoor(string trigger, ActieInvoer invoer, Actor actor)
    {
        var kandidaten = _taken.Where(t => t.IsOpen && t.Status == Status && actor.MagHandelenOp(t)).ToList();
        if (invoer.TaakId is { } taakId)
            return kandidaten.SingleOrDefault(t => t.Id == taakId)
                ?? throw new GeenToegangException("Deze taak staat niet (meer) open voor u.");
        return trigger switch
        {
            Triggers.Intrekken or Triggers.Indienen => null,
            _ => kandidaten.FirstOrDefault(),
        };
    }

    /// <summary>The decision text the trigger being fired recorded, for its <see cref="Besloten"/> event.</summary>
    private string? _besluittekst;

    /// <summary>What the meeting decided, when the trigger being fired recorded a meeting's decision; raised after the transition.</summary>
    private BesluitVastgelegd? _vastgelegd;

    private string Registreer(string trigger, ActieInvoer invoer, Taak? taak, Overgangscontext ctx)
    {
        var nu = ctx.Nu;
        var actor = ctx.Actor;
        switch (trigger)
        {
            case Triggers.Indienen:
                if (Registratienummer is null)
                    throw new InvalidOperationException("Een voorstel krijgt zijn registratienummer vóór het indienen.");
                IngediendOp = ctx.Vandaag;
                BepaalRoute(ctx); // see BepaaltRoute
                return $"Ingediend met registratienummer {Registratienummer}";
            case Triggers.Herindienen:
                RondAf(taak, actor, "Opnieuw ingediend", nu);
                BepaalRoute(ctx);
                return "Herzien voorstel opnieuw ingediend";
            case Triggers.Paraferen:
                RondAf(taak, actor, "Geparafeerd", nu);
                ParaafAfdelingshoofdNaam = actor.Naam;
                ParaafAfdelingshoofdOp = ctx.Vandaag;
                return "Geparafeerd door het afdelingshoofd";
            case Triggers.Terugsturen:
                RondAf(taak, actor, "Teruggestuurd", nu);
                TeruggestuurdVanuit = Status;
                return $"Teruggestuurd naar de steller vanuit '{ctx.Definitie.StatusTitel(Status)}'";
            case Triggers.AdviesUitbrengen:
            {
                if (taak?.Aspect is not { } aspectNaam)
                    throw new GeenToegangException("U heeft geen openstaand adviesverzoek bij dit voorstel.");
                var aspect = _aspecten.Single(a => a.Aspect == aspectNaam);
                aspect.RegistreerAdvies(invoer.Instemming!.Value, actor.Id, actor.Naam, invoer.Opmerking, nu, Vingerafdruk(aspect));
                RondAf(taak, actor, invoer.Instemming.Value ? "Instemming: ja" : "Instemming: nee", nu);
                return $"Advies {AspectTeksten.Naam(aspectNaam)}: {(invoer.Instemming.Value ? "kan instemmen" : "kan niet instemmen")}"
                       + (string.IsNullOrWhiteSpace(invoer.Opmerking) ? "" : $" — {invoer.Opmerking}");
            }
            case Triggers.DirectiebesluitVastleggen:
                RondAf(taak, actor, "Directiebesluit vastgelegd", nu);
                Directiebesluit = new Directiebesluit(invoer.Datum!.Value, invoer.Tekst!.Trim(), Directiebesluit?.Verwerking);
                _vastgelegd = new BesluitVastgelegd(Planningsdatums.GeplandDt, Directiebesluit.Datum, trigger, Directiebesluit.Punten, null, null);
                return $"Directiebesluit van {Datum(invoer.Datum.Value)} vastgelegd";
            case Triggers.OrAdviesVastleggen:
                RondAf(taak, actor, "Advies OR vastgelegd", nu);
                OrAdviesDatum = invoer.Datum;
                OrAdvies = invoer.Tekst!.Trim();
                return $"Advies van de ondernemingsraad van {Datum(invoer.Datum!.Value)} vastgelegd";
            case Triggers.Instemmen or Triggers.InstemmenMetWijzigingen or Triggers.Afwijzen:
            {
                var uitkomst = trigger switch
                {
                    Triggers.Instemmen => CollegeUitkomst.Ingestemd,
                    Triggers.InstemmenMetWijzigingen => CollegeUitkomst.IngestemdMetWijzigingen,
                    _ => CollegeUitkomst.Afgewezen,
                };
                RondAf(taak, actor, Triggers.Naam(trigger), nu);
                Collegebesluit = new Collegebesluit(invoer.Datum!.Value, invoer.Volgnummer,
                    string.IsNullOrWhiteSpace(invoer.BehandelendTeam) ? null : invoer.BehandelendTeam.Trim(), uitkomst, invoer.Tekst!.Trim());
                GeplandBw = invoer.Datum;
                if (uitkomst != CollegeUitkomst.Afgewezen) CollegeAkkoord = true;
                _besluittekst = Collegebesluit.Besluittekst;
                _vastgelegd = new BesluitVastgelegd(Planningsdatums.GeplandBw, Collegebesluit.Vergaderdatum, trigger, _besluittekst, Collegebesluit.Volgnummer, null);
                return $"Besluit college van {Datum(invoer.Datum.Value)}: {Triggers.Naam(trigger).ToLowerInvariant()}";
            }
            case Triggers.Aanhouden:
                // Held over in another meeting than the one it was planned on: it leaves that one's agenda.
                if (GeplandBw is { } bw && bw != invoer.Datum && bw != invoer.NieuweDatum)
                    Verhoog(new GeplandOpAndereVergadering(Planningsdatums.GeplandBw, bw, invoer.NieuweDatum,
                        $"aangehouden in de vergadering van {Datum(invoer.Datum!.Value)}"));
                Collegebesluit = new Collegebesluit(invoer.Datum!.Value, invoer.Volgnummer,
                    string.IsNullOrWhiteSpace(invoer.BehandelendTeam) ? null : invoer.BehandelendTeam.Trim(),
                    CollegeUitkomst.Aangehouden, invoer.Tekst?.Trim() ?? invoer.Reden!.Trim());
                GeplandBw = invoer.NieuweDatum;
                _besluittekst = Collegebesluit.Besluittekst;
                _vastgelegd = new BesluitVastgelegd(Planningsdatums.GeplandBw, Collegebesluit.Vergaderdatum, trigger, _besluittekst, Collegebesluit.Volgnummer, GeplandBw);
                VerzetTermijn(taak, invoer.NieuweDatum);
                return $"Aangehouden in de collegevergadering van {Datum(invoer.Datum.Value)}; opnieuw geagendeerd op {Datum(invoer.NieuweDatum!.Value)}";
            case Triggers.RaadVaststellen or Triggers.RaadVerwerpen:
            {
                var uitkomst = trigger == Triggers.RaadVaststellen ? RaadUitkomst.Vastgesteld : RaadUitkomst.Verworpen;
                RondAf(taak, actor, Triggers.Naam(trigger), nu);
                Raadsbesluit = new Raadsbesluit(invoer.Datum!.Value, uitkomst, invoer.Tekst!.Trim());
                GeplandRaad = invoer.Datum;
                _besluittekst = Raadsbesluit.Besluittekst;
                _vastgelegd = new BesluitVastgelegd(Planningsdatums.GeplandRaad, Raadsbesluit.Vergaderdatum, trigger, _besluittekst, null, null);
                return $"Besluit gemeenteraad van {Datum(invoer.Datum.Value)}: {(uitkomst == RaadUitkomst.Vastgesteld ? "vastgesteld" : "verworpen")}";
            }
            case Triggers.RaadAanhouden:
                if (GeplandRaad is { } raad && raad != invoer.Datum && raad != invoer.NieuweDatum)
                    Verhoog(new GeplandOpAndereVergadering(Planningsdatums.GeplandRaad, raad, invoer.NieuweDatum,
                        $"aangehouden in de vergadering van {Datum(invoer.Datum!.Value)}"));
                Raadsbesluit = new Raadsbesluit(invoer.Datum!.Value, RaadUitkomst.Aangehouden, invoer.Tekst?.Trim() ?? invoer.Reden!.Trim());
                GeplandRaad = invoer.NieuweDatum;
                _besluittekst = Raadsbesluit.Besluittekst;
                _vastgelegd = new BesluitVastgelegd(Planningsdatums.GeplandRaad, Raadsbesluit.Vergaderdatum, trigger, _besluittekst, null, GeplandRaad);
                VerzetTermijn(taak, invoer.NieuweDatum);
                return $"Aangehouden door de raad op {Datum(invoer.Datum.Value)}; opnieuw geagendeerd op {Datum(invoer.NieuweDatum!.Value)}";
            case Triggers.Intrekken:
                return "Ingetrokken door de steller";
            default:
            {
                // A trigger of the definition's own (a gate added as data) completes the actor's task and says so.
                var naam = Triggers.Alle.Contains(trigger) ? Triggers.Naam(trigger)
                    : ctx.Definitie.ZoekOvergang(Status, trigger)?.Titel ?? trigger;
                RondAf(taak, actor, naam, nu);
                return naam;
            }
        }
    }

    /// <summary>Each gate of the route and where this proposal stands at it (skipped once the route is determined).</summary>
    public IReadOnlyList<Routestap> Routestappen(WorkflowDefinitie definitie) => Routeplan.Stappen(definitie, this);

    /// <summary>
    /// Asks the routing policy what the content calls for, and voids advice whose subject the steller changed
    /// since it was given. Advice on unchanged aspects stays valid after a revision.
    /// </summary>
    private void BepaalRoute(Overgangscontext ctx)
    {
        var routering = ctx.Routeringsbeleid.Bepaal(this);
        foreach (var aspect in _aspecten)
        {
            aspect.ZetVereist(routering.VereisteAdviezen.Contains(aspect.Aspect));
            if (aspect.HeeftGeldigAdvies && aspect.AdviesOpInhoud != Vingerafdruk(aspect))
            {
                aspect.VervalAdvies();
                Log(ctx.Nu, ctx.Actor, "AdviesVervallen",
                    $"Advies {AspectTeksten.Naam(aspect.Aspect)} vervalt: de steller heeft dit onderdeel gewijzigd", null, null, null);
            }
        }
        OrVereist = routering.OrVereist;
        RaadVereist = routering.RaadVereist;
    }

    /// <summary>The content an advice on this aspect is about.</summary>
    private string Vingerafdruk(Bedrijfsvoeringsaspect aspect)
    {
        var c = CultureInfo.InvariantCulture;
        var specifiek = aspect.Aspect switch
        {
            Aspect.Financien => string.Join('|', BudgettaireConsequenties, Kosten?.ToString(c), KostenPerJaar, Baten?.ToString(c), Dekking),
            Aspect.Personeel => string.Join('|', FormatieveConsequenties, Fte?.ToString(c), Inhuur),
            _ => "",
        };
        return $"{aspect.Toelichting}|{specifiek}";
    }

    /// <summary>
    /// Records in the timeline what rules found at a gate: a warning, or the blocking finding that stopped an action.
    /// It changes nothing else, so it is kept even when the action itself was refused.
    /// </summary>
    public void NoteerRegelbevinding(string soort, string omschrijving, Actor actor, DateTime nu) =>
        Log(nu, actor, soort, omschrijving, null, null, null);

    // ---- Called by the machine ------------------------------------------------------------------------------

    internal void ZetStatus(string status, DateTime sinds)
    {
        if (status != Status) Revisie++;
        Status = status;
        StatusSinds = sinds;
    }

    internal void OpenTakenVan(StatusDefinitie status, Overgangscontext ctx)
    {
        var terugrekendatum = ctx.Vergaderingen is { } vergaderingen
            ? Planning(ctx.Definitie, vergaderingen, ctx.Vandaag).Van(status.Naam)?.Uiterlijk : null;
        foreach (var def in status.Taken)
        {
            if (def.Houder == Taakhouders.AdviseurPerAspect)
            {
                AdviesrondeGehouden = true;
                foreach (var aspect in _aspecten.Where(a => a.Vereist && !a.HeeftGeldigAdvies))
                {
                    if (_taken.Any(t => t.IsOpen && t.Aspect == aspect.Aspect)) continue;
                    var houder = ctx.Organisatie.Adviseur(aspect.Aspect)
                        ?? throw new VoorstelFout($"Er is geen adviseur {AspectTeksten.Naam(aspect.Aspect)} bekend. Vraag de beheerder een adviseur aan te wijzen.");
                    Open(new Taak(def.Soort, def.Rol, aspect.Aspect, status.Naam, houder.Id, houder.Naam, Deadline(def, ctx.Vandaag, terugrekendatum), ctx.Nu));
                }
                continue;
            }

            var h = def.Houder switch
            {
                Taakhouders.Afdelingshoofd => ctx.Organisatie.Afdelingshoofd(AfdelingId),
                Taakhouders.Steller => ctx.Organisatie.Gebruiker(StellerId) ?? new Taakhouder(StellerId, StellerNaam),
                _ => ctx.Organisatie.Rolhouder(def.Rol),
            };
            if (h is null)
                throw new VoorstelFout($"Er is niemand met de rol '{Rollen.Naam(def.Rol)}' voor deze stap. Vraag de beheerder de rol toe te wijzen.");
            Open(new Taak(def.Soort, def.Rol, null, status.Naam, h.Id, h.Naam, Deadline(def, ctx.Vandaag, terugrekendatum), ctx.Nu));
        }
    }

    /// <summary>
    /// A task's deadline: its planned meeting, or its term in working days, counted from <paramref name="geopend"/>, the
    /// day the task opened; the gate's terugreken date instead when that comes first.
    /// </summary>
    /// <param name="terugrekendatum">The gate's latest day by the terugrekenplanning: it wins when it comes first and is
    /// not before the day the task opened.</param>
    private DateOnly? Deadline(TaakDefinitie def, DateOnly geopend, DateOnly? terugrekendatum)
    {
        var termijn = Planningsdatums.Van(this, def.Gepland) is { } g && g >= geopend ? g
            : def.TermijnWerkdagen is { } dagen ? Werkdagen.Plus(geopend, dagen)
            : (DateOnly?)null;
        return terugrekendatum is { } t && t >= geopend && (termijn is null || t < termijn) ? t : termijn;
    }

    /// <summary>The latest day for each gate, worked back from the B&amp;W meeting (see <see cref="Terugrekenplanning"/>).</summary>
    public Terugrekenplanning Planning(WorkflowDefinitie definitie, IReadOnlyCollection<Vergadermoment> vergaderingen, DateOnly vandaag) =>
        Terugrekenplanning.Bereken(definitie, Routestappen(definitie), GeplandBw, vergaderingen, vandaag,
            veld => Planningsdatums.Van(this, veld));

    /// <summary>
    /// Whether firing this trigger may open tasks (its target state, or one an automatic transition leads to, has
    /// tasks): only then does the host read the meetings for the terugrekenplanning. An internal trigger (an advice)
    /// can only move the proposal on when it closes the state's last open task: an automatic move waits for its tasks.
    /// </summary>
    public bool KanTakenOpenen(WorkflowDefinitie definitie, string trigger)
    {
        var automatisch = (string status) => definitie.Status(status).Overgangen.Where(o => o.Automatisch && o.Naar is not null && !o.Intern)
            .Select(o => o.Naar!);
        var laatsteTaak = _taken.Count(t => t.IsOpen && t.Status == Status) <= 1;
        var rij = new Queue<string>(definitie.Status(Status).Overgangen.Where(o => o.Trigger == trigger)
            .SelectMany(o => o.Intern || o.Naar is null ? (laatsteTaak ? automatisch(Status) : []) : [o.Naar]));
        var bereikt = new HashSet<string>();
        while (rij.TryDequeue(out var naam))
        {
            if (!bereikt.Add(naam)) continue;
            foreach (var volgende in automatisch(naam)) rij.Enqueue(volgende);
        }
        return bereikt.Any(n => definitie.Status(n).Taken.Count > 0);
    }

    internal void SluitTaken(string status, string trigger, DateTime nu)
    {
        foreach (var taak in _taken.Where(t => t.IsOpen && t.Status == status))
        {
            taak.Verval($"Vervallen: {Triggers.Naam(trigger).ToLowerInvariant()}", nu);
            Verhoog(new TaakGesloten(taak));
        }
    }

    private void Open(Taak taak)
    {
        _taken.Add(taak);
        Verhoog(new TaakGeopend(taak));
    }

    private void RondAf(Taak? taak, Actor actor, string uitkomst, DateTime nu)
    {
        if (taak is null) return;
        taak.Rond(actor.Id, actor.Naam, uitkomst, nu);
        Verhoog(new TaakGesloten(taak));
    }

    private void VerzetTermijn(Taak? taak, DateOnly? deadline)
    {
        if (taak is null) return;
        var was = taak.Deadline;
        taak.VerzetDeadline(deadline);
        Verhoog(new TermijnVerschoven(taak, was));
    }

    // ---- Meetings -------------------------------------------------------------------------------------------

    /// <summary>The planned dates a moved meeting can carry along: the definition's planning dates and the OR after B&amp;W.</summary>
    private static readonly IReadOnlySet<string> Verplaatsbaar =
        new HashSet<string>(Planningsdatums.Alle) { nameof(GeplandOrNaBw) };

    /// <summary>
    /// The meeting this proposal is planned on moved, or was cancelled and the next one takes its place: the planned
    /// date follows, an open task whose definition names that planned date (<c>gepland</c>), and with the meetings in
    /// <see cref="Overgangscontext.Vergaderingen"/> every open task of a gate in the terugrekenplanning, gets its
    /// deadline derived anew (<see cref="TermijnVerschoven"/>, so its timers follow), and the steller hears why. The bestuurssecretariaat does this from the meeting calendar, for every
    /// proposal on the meeting at once; the revision goes up, so a form opened on the old date cannot put it back.
    /// </summary>
    public void VerplaatsNaarVergadering(string planningsdatum, DateOnly nieuw, string? reden, Overgangscontext ctx)
    {
        ControleerDefinitie(ctx.Definitie);
        if (!Verplaatsbaar.Contains(planningsdatum))
            throw new ArgumentException($"Onbekende planningsdatum '{planningsdatum}'.", nameof(planningsdatum));
        if (!new[] { Rollen.Bestuurssecretariaat, Rollen.Beheerder, Rollen.Systeem }.Any(ctx.Actor.HeeftRol))
            throw new GeenToegangException("Alleen het bestuurssecretariaat kan een voorstel naar een andere vergadering verplaatsen.");
        if (IsBeeindigd(ctx.Definitie))
            throw new VoorstelFout("Dit voorstel is afgehandeld en wordt niet meer naar een andere vergadering verplaatst.");
        if (string.IsNullOrWhiteSpace(reden))
            throw new ActieOngeldigException(new Dictionary<string, string> { [nameof(ActieInvoer.Reden)] = "Vul de reden van de verplaatsing in." });
        var was = Geplande(planningsdatum)
            ?? throw new VoorstelFout($"Dit voorstel staat niet gepland bij {VergaderingVerplaatst.Orgaannaam(planningsdatum)}.");
        if (was == nieuw)
            throw new VoorstelFout($"Dit voorstel staat al gepland op de vergadering van {Datum(nieuw)}.");

        switch (planningsdatum)
        {
            case Planningsdatums.GeplandDt: GeplandDt = nieuw; break;
            case Planningsdatums.GeplandOr: GeplandOr = nieuw; break;
            case Planningsdatums.GeplandBw: GeplandBw = nieuw; break;
            case Planningsdatums.GeplandRaad: GeplandRaad = nieuw; break;
            default: GeplandOrNaBw = nieuw; break;
        }
        // Every open task whose deadline the meeting or the planning determines is derived again by the rule it opened
        // with, counted from the day it opened: the deadline it would have had had the meeting been on the new date
        // then. So a later meeting gives at most the task's own term, never a term counted from today, and an earlier
        // one pulls the deadline forward, into the past when the new terugreken date has passed (the gate is late).
        var planning = ctx.Vergaderingen is { } vergaderingen ? Planning(ctx.Definitie, vergaderingen, ctx.Vandaag) : null;
        foreach (var taak in _taken.Where(t => t.IsOpen).ToList())
        {
            if (ctx.Definitie.TaakDefinitie(taak.Status, taak.Soort) is not { } def) continue;
            var terugrekendatum = planning?.Van(taak.Status)?.Uiterlijk;
            if (def.Gepland != planningsdatum && terugrekendatum is null) continue;
            if (Deadline(def, ctx.Dag(taak.AangemaaktOp), terugrekendatum) is var deadline && deadline != taak.Deadline)
                VerzetTermijn(taak, deadline);
        }
        var gebeurtenis = new VergaderingVerplaatst(planningsdatum, was, nieuw, reden.Trim());
        Log(ctx.Nu, ctx.Actor, nameof(VergaderingVerplaatst),
            $"Verplaatst van de vergadering van {gebeurtenis.Orgaan} van {Datum(was)} naar die van {Datum(nieuw)}", reden, null, null);
        Verhoog(gebeurtenis);
        Gewijzigd();
    }

    private DateOnly? Geplande(string planningsdatum) =>
        planningsdatum == nameof(GeplandOrNaBw) ? GeplandOrNaBw : Planningsdatums.Van(this, planningsdatum);

    // ---- Domain events --------------------------------------------------------------------------------------

    private void Verhoog(Domeingebeurtenis gebeurtenis) => _domeingebeurtenissen.Add(gebeurtenis);

    /// <summary>Links this proposal to the traject whose decision moment it serves (once; the link never moves).</summary>
    public void KoppelAanTraject(int trajectId)
    {
        if (TrajectId is { } al && al != trajectId)
            throw new VoorstelFout($"Dit voorstel hoort al bij traject {al}.");
        TrajectId = trajectId;
    }

    /// <summary>The domain events raised and not yet taken, in order; the aggregate keeps them (for a save that only asks).</summary>
    public Domeingebeurtenissen BekijkDomeingebeurtenissen() => new(_domeingebeurtenissen.ToList());

    /// <summary>The domain events raised since the last call, in order; the aggregate forgets them.</summary>
    public Domeingebeurtenissen NeemDomeingebeurtenissen()
    {
        var lijst = _domeingebeurtenissen.ToList();
        _domeingebeurtenissen.Clear();
        return new Domeingebeurtenissen(lijst);
    }

    // ---- Helpers --------------------------------------------------------------------------------------------

    /// <summary>Gives the registratienummer (year-sequence, like 14-10749) on first submission.</summary>
    public void KenRegistratienummerToe(string registratienummer)
    {
        if (Registratienummer is not null) throw new InvalidOperationException("Het voorstel heeft al een registratienummer.");
        Registratienummer = registratienummer;
        Verhoog(new Geregistreerd(registratienummer, ProjectId));
    }

    private void ZetInhoud(VoorstelInhoud i)
    {
        if (ControleerInhoud(i) is { Count: > 0 } fouten) throw new ActieOngeldigException(fouten);
        Onderwerp = i.Onderwerp?.Trim() ?? "";
        AfdelingId = i.AfdelingId;
        TeamId = i.TeamId;
        if (Registratienummer is not null && ProjectId != i.ProjectId) Verhoog(new ProjectGewijzigd(ProjectId, i.ProjectId));
        ProjectId = i.ProjectId;
        Programma = Leeg(i.Programma);
        Openbaarheid = i.Openbaarheid;
        OpenbaarNa = i.Openbaarheid == Voorstellen.Openbaarheid.Uitgesteld ? i.OpenbaarNa : null;
        BijlagenOpenbaar = i.BijlagenOpenbaar;
        GeplandDt = i.GeplandDt;
        GeplandOr = i.GeplandOr;
        GeplandBw = i.GeplandBw;
        GeplandOrNaBw = i.GeplandOrNaBw;
        GeplandRaad = i.GeplandRaad;
        StellerTelefoon = Leeg(i.StellerTelefoon);
        Portefeuillehouder = Leeg(i.Portefeuillehouder);
        Secretaris = Leeg(i.Secretaris);
        Behandelwijze = i.Behandelwijze;
        _dictum.Clear();
        var nr = 1;
        foreach (var punt in i.Dictum.Where(p => !string.IsNullOrWhiteSpace(p))) _dictum.Add(new DictumPunt(nr++, punt.Trim()));
        _voorbesprekingen.Clear();
        foreach (var (persoon, datum) in i.Voorbesprekingen.Where(v => !string.IsNullOrWhiteSpace(v.Persoon)))
            _voorbesprekingen.Add(new Voorbespreking(persoon.Trim(), datum));
        SamenvattingWatEnWaarom = Leeg(i.SamenvattingWatEnWaarom);
        SamenvattingHoe = Leeg(i.SamenvattingHoe);
        Aanleiding = Leeg(i.Aanleiding);
        Achtergrond = Leeg(i.Achtergrond);
        Aanpak = Leeg(i.Aanpak);
        VoorstelTekst = Leeg(i.VoorstelTekst);
        RaadsbesluitNodig = i.RaadsbesluitNodig;
        BudgettaireConsequenties = i.BudgettaireConsequenties;
        Kosten = i.Kosten;
        KostenPerJaar = i.KostenPerJaar;
        Baten = i.Baten;
        Dekking = Leeg(i.Dekking);
        FormatieveConsequenties = i.FormatieveConsequenties;
        Fte = i.Fte;
        Inhuur = Leeg(i.Inhuur);
        foreach (var aspect in _aspecten)
        {
            var (toelichting, gevraagd) = i.Aspecten.TryGetValue(aspect.Aspect, out var a) ? a : (null, false);
            aspect.WijzigToelichting(Leeg(toelichting), gevraagd);
        }
    }

    /// <summary>Everything <see cref="ZetInhoud"/> sets, as one string (a test checks that no field is left out).</summary>
    private string Inhoudsafdruk()
    {
        // Amounts as numbers, whatever their scale: 60000 and 60000.00 (after a database round trip) are the same.
        static string? Getal(decimal? d) => d?.ToString("G29", CultureInfo.InvariantCulture);
        object?[] velden =
        [
            Onderwerp, AfdelingId, TeamId, ProjectId, Programma, Openbaarheid, OpenbaarNa, BijlagenOpenbaar, GeplandDt, GeplandOr,
            GeplandBw, GeplandOrNaBw, GeplandRaad, StellerTelefoon, Portefeuillehouder, Secretaris, Behandelwijze,
            SamenvattingWatEnWaarom, SamenvattingHoe, Aanleiding, Achtergrond, Aanpak, VoorstelTekst, RaadsbesluitNodig,
            BudgettaireConsequenties, Getal(Kosten), KostenPerJaar, Getal(Baten), Dekking, FormatieveConsequenties,
            Getal(Fte), Inhuur,
            .. _dictum.Select(d => $"{d.Volgorde}:{d.Tekst}"),
            .. _voorbesprekingen.Select(v => $"{v.Persoon}@{v.Datum}"),
            .. _aspecten.OrderBy(a => a.Aspect).Select(a => $"{a.Aspect}:{a.Toelichting}:{a.AdviesGevraagd}"),
        ];
        return System.Text.Json.JsonSerializer.Serialize(velden);
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Datum(DateOnly d) => d.ToString("d MMMM yyyy", new CultureInfo("nl-NL"));

    private void ControleerRevisie(int? gezien)
    {
        if (gezien is { } r && r != Revisie) throw new VoorstelGewijzigdException();
    }

    private void Gewijzigd()
    {
        Revisie++;
        Versie++;
    }

    private void ControleerDefinitie(WorkflowDefinitie definitie)
    {
        if (definitie.Naam != WorkflowNaam || definitie.Versie != WorkflowVersie)
            throw new InvalidOperationException(
                $"Voorstel {Id} loopt op workflow '{WorkflowNaam}' v{WorkflowVersie}, niet op '{definitie.Naam}' v{definitie.Versie}.");
    }

    private void ControleerBewerkbaar(Overgangscontext ctx)
    {
        ControleerDefinitie(ctx.Definitie);
        if (!IsVanSteller(ctx.Actor))
            throw new GeenToegangException("Alleen de steller kan de inhoud van dit voorstel wijzigen.");
        if (!IsBewerkbaar(ctx.Definitie))
            throw new VoorstelFout($"In de status '{ctx.Definitie.StatusTitel(Status)}' kan de inhoud niet meer worden gewijzigd.");
    }

    private void Log(DateTime nu, Actor actor, string soort, string omschrijving, string? reden, string? van, string? naar) =>
        _gebeurtenissen.Add(new Gebeurtenis(nu, actor.Id == Actor.Systeem.Id ? null : actor.Id, actor.Naam, soort, omschrijving,
            string.IsNullOrWhiteSpace(reden) ? null : reden.Trim(), van, naar));
}
