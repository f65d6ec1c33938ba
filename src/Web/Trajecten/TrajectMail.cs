using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// The mails of a traject, written as outbox rows (with the personal links they carry) into the caller's unit of
/// work: the step for its owner, a completed step or a remark for the projectleider, the reminder and the escalation.
/// Sends nothing; rendering, link tokens and the outbox are the collegevoorstel's (<see cref="MailOpmaak"/>,
/// <see cref="Maillinks"/>, <see cref="Linktokenkluis"/>, <see cref="UitgaandeMail"/>).
/// </summary>
public sealed class TrajectMail(BesluitvormingDbContext db, Maillinks links, Linktokenkluis kluis, IOptions<MailOptions> opties,
    TimeProvider klok)
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private readonly Dictionary<string, (string? Email, string Naam)> _adressen = [];
    private MailOptions O => opties.Value;

    /// <summary>Loads the addresses of these people once (inactive accounts and people without an address get no mail).</summary>
    public async Task AdressenAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var nieuw = ids.Where(id => !_adressen.ContainsKey(id)).Distinct().ToList();
        if (nieuw.Count == 0) return;
        foreach (var u in await db.Users.AsNoTracking().Where(u => nieuw.Contains(u.Id) && u.Actief)
                     .Select(u => new { u.Id, u.Email, u.Naam }).ToListAsync(ct))
            _adressen[u.Id] = (u.Email, u.Naam);
    }

    /// <summary>
    /// The step for its owner: what it is, its deadline, the evidence it needs and a personal link to record it. A
    /// decision moment is started from the traject page (it makes a collegevoorstel), so its mail links there.
    /// </summary>
    public bool StapGeopend(Traject t, WorkflowDefinitie d, TrajectStap stap, string? sleutel = null, string soort = MailSoorten.TrajectStap,
        string? onderwerp = null, string? alinea = null)
    {
        if (!HeeftAdres(stap.EigenaarId)) return false;
        var status = d.Status(stap.Stap);
        var bewijs = Bewijs(status);
        onderwerp ??= $"Stap voor u: {status.Titel} – {t.Naam}";
        (string, string)[] gegevens =
        [
            .. Basis(t, d, stap), ("Wat", status.Omschrijving ?? status.Titel), ("Uiterlijk", Datum(stap.Deadline)),
            ("Bewijs", bewijs ?? "geen bewijs vereist"), ("Projectleider", t.ProjectleiderNaam), ("Traject bekijken", TrajectUrl(t)),
        ];
        if (status.Besluitmoment is not null)
            return Schrijf(stap.EigenaarId, t, soort, new MailInhoud(onderwerp, Aanhef(stap.EigenaarId, stap.EigenaarNaam),
                [alinea ?? $"Het traject {t.Naam} is bij het besluitmoment '{status.Titel}'. Start het besluitmoment in het traject: " +
                 "dat maakt een collegevoorstel aan, waarvan het besluit het traject verder brengt."],
                gegevens, "Traject openen", TrajectUrl(t)), sleutel);
        var (token, url, verloopt) = links.MaakVoorStap(stap.Id, t.Id, stap.EigenaarId);
        return Schrijf(stap.EigenaarId, t, soort, new MailInhoud(onderwerp, Aanhef(stap.EigenaarId, stap.EigenaarNaam),
            [alinea ?? $"U bent eigenaar van de stap '{status.Titel}' in het traject {t.Naam}. " +
             $"Is de stap gehouden of klaar? Leg dat vast met uw persoonlijke link onderaan{(bewijs is null ? "" : $" en voeg het {bewijs} als bijlage toe")}."],
            gegevens, "Stap vastleggen", url,
            $"Deze link is persoonlijk: stuur de mail niet door. Hij werkt één keer en is geldig tot {verloopt.ToLocalTime().ToString("d MMMM yyyy", Nl)}. " +
            $"U kunt ook inloggen en het traject openen: {TrajectUrl(t)}"), sleutel, token);
    }

    /// <summary>The projectleider hears that a step moved on (completed, skipped, sent back, decided) and by whom.</summary>
    public bool StapAfgerond(Traject t, WorkflowDefinitie d, TrajectStapVoltooid e, Actor? actor)
    {
        var wat = e.Trigger switch
        {
            TrajectTriggers.Voltooien => "afgerond",
            TrajectTriggers.Overslaan => "overgeslagen",
            TrajectTriggers.Terugsturen => "teruggestuurd",
            TrajectTriggers.Ingestemd => "besloten: ingestemd",
            TrajectTriggers.Afgewezen => "besloten: afgewezen",
            _ => "heropend",
        };
        var naar = d.ZoekStatus(e.Naar);
        var afgesloten = t.Stappen.LastOrDefault(s => s.Stap == e.Van && !s.IsOpen);
        return Schrijf(t.ProjectleiderId, t, MailSoorten.TrajectStapAfgerond, new MailInhoud(
            $"Stap {wat}: {d.StatusTitel(e.Van)} – {t.Naam}",
            Aanhef(t.ProjectleiderId, t.ProjectleiderNaam),
            [$"De stap '{d.StatusTitel(e.Van)}' in het traject {t.Naam} is {wat}" + (actor is null ? "." : $" door {actor.Naam}.")],
            [("Traject", t.Naam), ("Stap", d.StatusTitel(e.Van)), ("Reden", e.Reden ?? "–"),
             ("Bewijs", afgesloten is null || afgesloten.Bewijs.Count == 0 ? "geen" : string.Join("\n", afgesloten.Bewijs.Select(b => $"{b.Naam} ({Bewijssoorten.Naam(b.Soort)})"))),
             ("Volgende stap", naar is null ? e.Naar : naar.Eind ? "traject afgerond" : naar.Titel)],
            "Traject bekijken", TrajectUrl(t)));
    }

    /// <summary>A remark on a step, for the other side (the owner wrote: the projectleider; the projectleider wrote: the owner).</summary>
    public bool Opmerking(Traject t, WorkflowDefinitie d, TrajectOpmerkingGeplaatst e, string aanId, string aanNaam) =>
        Schrijf(aanId, t, MailSoorten.Opmerking, new MailInhoud(
            $"Opmerking van {e.Auteur.Naam}: {d.StatusTitel(e.Stap.Stap)} – {t.Naam}",
            Aanhef(aanId, aanNaam),
            [$"{e.Auteur.Naam} heeft een opmerking geplaatst bij de stap '{d.StatusTitel(e.Stap.Stap)}'. U vindt deze ook in de tijdlijn van het traject."],
            [.. Basis(t, d, e.Stap), ("Opmerking", e.Tekst)],
            "Traject bekijken", TrajectUrl(t)));

    /// <summary>A decision moment linked a collegevoorstel: the projectleider follows it from there.</summary>
    public bool Besluitmoment(Traject t, WorkflowDefinitie d, BesluitmomentGestart e, Actor? actor) =>
        Schrijf(t.ProjectleiderId, t, MailSoorten.Besluitmoment, new MailInhoud(
            $"Besluitmoment gestart: {d.StatusTitel(e.Stap.Stap)} – {t.Naam}",
            Aanhef(t.ProjectleiderId, t.ProjectleiderNaam),
            [$"Voor de stap '{d.StatusTitel(e.Stap.Stap)}' is collegevoorstel {e.VoorstelId} gestart" + (actor is null ? "" : $" door {actor.Naam}") +
             $". Het traject wacht op het besluit van het college{(e.Raad ? " en de raad" : "")}."],
            [.. Basis(t, d, e.Stap), ("Collegevoorstel", $"{O.BasisUrl.TrimEnd('/')}/Voorstellen/{e.VoorstelId}")],
            "Traject bekijken", TrajectUrl(t)));

    /// <summary>A reminder before the step's deadline, with a fresh personal link; false when already written.</summary>
    public async Task<bool> HerinneringAsync(Traject t, WorkflowDefinitie d, TrajectStap stap, CancellationToken ct = default)
    {
        var sleutel = HerinneringSleutel(stap);
        if (await db.UitgaandeMails.AnyAsync(m => m.Sleutel == sleutel, ct)) return false;
        await AdressenAsync([stap.EigenaarId], ct);
        var titel = d.StatusTitel(stap.Stap);
        return StapGeopend(t, d, stap, sleutel, MailSoorten.Herinnering,
            $"Herinnering: {titel} vóór {Datum(stap.Deadline)} – {t.Naam}",
            $"De stap '{titel}' in het traject {t.Naam} staat nog open; de termijn loopt af op {Datum(stap.Deadline)}. " +
            (d.Status(stap.Stap).Besluitmoment is not null ? "Start het besluitmoment in het traject."
                : "Met uw persoonlijke link onderaan legt u de stap vast" + (Bewijs(d.Status(stap.Stap)) is { } b ? $", met het {b} als bijlage." : ".")));
    }

    /// <summary>The step's deadline passed: the projectleider hears of it, once per deadline.</summary>
    public async Task<bool> EscalatieAsync(Traject t, WorkflowDefinitie d, TrajectStap stap, CancellationToken ct = default)
    {
        var sleutel = EscalatieSleutel(stap);
        if (await db.UitgaandeMails.AnyAsync(m => m.Sleutel == sleutel, ct)) return false;
        await AdressenAsync([t.ProjectleiderId], ct);
        var titel = d.StatusTitel(stap.Stap);
        return Schrijf(t.ProjectleiderId, t, MailSoorten.Escalatie, new MailInhoud(
            $"Termijn verstreken: {titel} – {t.Naam}",
            Aanhef(t.ProjectleiderId, t.ProjectleiderNaam),
            [$"De stap '{titel}' van {stap.EigenaarNaam} had uiterlijk {Datum(stap.Deadline)} afgerond moeten zijn en staat nog open. " +
             "U kunt de termijn verzetten, de stap overdragen of de eigenaar aanspreken."],
            [.. Basis(t, d, stap), ("Eigenaar", stap.EigenaarNaam), ("Uiterlijk was", Datum(stap.Deadline))],
            "Traject openen", TrajectUrl(t)), sleutel);
    }

    /// <summary>The outbox key of a step's reminder and escalation: one mail each per step and deadline.</summary>
    public static string HerinneringSleutel(TrajectStap stap) => $"traject-herinnering-{stap.Id}-{stap.Deadline:yyyyMMdd}";

    public static string EscalatieSleutel(TrajectStap stap) => $"traject-escalatie-{stap.Id}-{stap.Deadline:yyyyMMdd}";

    public bool HeeftAdres(string id) => _adressen.TryGetValue(id, out var a) && !string.IsNullOrWhiteSpace(a.Email);

    /// <summary>The traject page (the URL contract: /Projecten/{project}/Trajecten/{traject}).</summary>
    public string TrajectUrl(Traject t) =>
        $"{O.BasisUrl.TrimEnd('/')}/Projecten" + (t.ProjectId is { } p ? $"/{p}/Trajecten/{t.Id}" : "");

    private bool Schrijf(string gebruikerId, Traject t, string soort, MailInhoud inhoud, string? sleutel = null, string? token = null)
    {
        if (!_adressen.TryGetValue(gebruikerId, out var a) || string.IsNullOrWhiteSpace(a.Email)) return false;
        // The body holds the link's placeholder; the token itself is stored only encrypted, until the mail is sent.
        db.UitgaandeMails.Add(new UitgaandeMail(O.Afzender.Split('@').Last(), a.Email, a.Naam, inhoud.Onderwerp, MailOpmaak.Html(inhoud),
            MailOpmaak.Tekst(inhoud), null, soort, klok.GetUtcNow().UtcDateTime, sleutel,
            token is null ? null : kluis.Versleutel(token)).OverTraject(t.Id));
        return true;
    }

    private string Aanhef(string id, string anders) => $"Beste {(_adressen.TryGetValue(id, out var a) ? a.Naam : anders)},";

    private static (string, string)[] Basis(Traject t, WorkflowDefinitie d, TrajectStap stap) =>
    [
        ("Traject", t.Naam + (t.Kern is null ? "" : $" ({t.Kern})")),
        ("Stap", d.StatusTitel(stap.Stap)),
    ];

    private static string? Bewijs(StatusDefinitie status) =>
        status.VereistBewijs.Count == 0 ? null : string.Join(" en ", status.VereistBewijs.Select(Bewijssoorten.Naam));

    private static string Datum(DateOnly? d) => d?.ToString("d MMMM yyyy", Nl) ?? "geen termijn";
}
