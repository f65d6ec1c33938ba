using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Decides who gets which mail for a change and writes the outbox rows (and the links they carry) into the
/// caller's unit of work, so they commit or roll back with the change itself. Sends nothing.
/// Deputies get no copy: they see the task in "Mijn taken" and can act there; a link is personal to the holder.
/// </summary>
public sealed class MailOpsteller(BesluitvormingDbContext db, Maillinks links, Linktokenkluis kluis, IOptions<MailOptions> opties,
    TimeProvider klok)
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private MailOptions O => opties.Value;

    /// <summary>
    /// Writes the mail for a change that has been applied and saved (so new tasks have their ids), from the domain
    /// events it raised: the step taken, the tasks it opened and closed, a decision, a remark.
    /// </summary>
    public async Task SchrijfAsync(Voorstel v, Domeingebeurtenissen gebeurtenissen, Overgangscontext ctx, CancellationToken ct = default)
    {
        await StelOpAsync(v, gebeurtenissen, ctx, ct);
        await TrekLinksInAsync(gebeurtenissen, ct);
    }

    /// <summary>Voids the unused links to the tasks the change closed: one statement, to run in the change's transaction.</summary>
    public Task TrekLinksInAsync(Domeingebeurtenissen gebeurtenissen, CancellationToken ct = default) =>
        links.TrekInAsync(gebeurtenissen.Gesloten.Select(t => t.Id).ToList(), ct);

    /// <summary>
    /// As <see cref="SchrijfAsync"/> without voiding links: only adds the outbox rows and links to the unit of work, so
    /// a caller can do this before it opens its write transaction (and void the links in it, <see cref="TrekLinksInAsync"/>).
    /// New tasks may still have temporary keys (the tracker has seen them): their links point to those.
    /// </summary>
    public async Task StelOpAsync(Voorstel v, Domeingebeurtenissen gebeurtenissen, Overgangscontext ctx, CancellationToken ct = default)
    {
        var stap = gebeurtenissen.Stap;
        var opmerkingen = gebeurtenissen.Opmerkingen.Where(o => o.Auteur.Id != v.StellerId).ToList();
        var verplaatsingen = gebeurtenissen.Verplaatsingen.ToList();
        if (stap is null && opmerkingen.Count == 0 && verplaatsingen.Count == 0) return;
        var geopend = gebeurtenissen.Geopend;
        var gesloten = gebeurtenissen.Gesloten;
        // The addresses of everyone a mail below may go to: every task holder only for a decision (Betrokkenen).
        var adressen = await AdressenAsync(
            geopend.Select(t => t.HouderId).Concat(gesloten.Select(t => t.HouderId))
                .Concat(gebeurtenissen.Besluit is null ? [] : Betrokkenen(v)).Append(v.StellerId), ct, ctx.Organisatie);
        var mails = new List<(string GebruikerId, string Soort, MailInhoud Inhoud, string? Token)>();
        void Mail(string gebruikerId, string soort, MailInhoud inhoud, string? token = null) => mails.Add((gebruikerId, soort, inhoud, token));
        var steller = Naam(adressen, v.StellerId, v.StellerNaam);
        // Which mails the step sends is the definition's word, on the transition and on each task it opened.
        var stapmails = stap is null ? [] : ctx.Definitie.ZoekOvergang(stap.Van, stap.Trigger)?.Mail ?? [];

        if (stap is not null && stapmails.Contains(Overgangsmails.Ingediend))
        {
            var bij = geopend.FirstOrDefault()?.HouderNaam;
            var eerste = stap.Van == ctx.Definitie.Beginstatus;
            Mail(v.StellerId, MailSoorten.Ingediend, new MailInhoud(
                $"{(eerste ? "Ingediend" : "Opnieuw ingediend")}: {Kop(v)}",
                $"Beste {steller},",
                [$"Uw collegevoorstel is {(eerste ? "ingediend" : "opnieuw ingediend")}" +
                 (bij is null ? "." : $" en ligt nu bij {bij} ({ctx.Definitie.StatusTitel(v.Status).ToLowerInvariant()}).")],
                [.. Basis(v, ctx), ("Ingediend door", ctx.Actor.Naam)],
                "Voorstel bekijken", VoorstelUrl(v)));
        }

        foreach (var taak in geopend)
        {
            var houder = Naam(adressen, taak.HouderId, taak.HouderNaam);
            switch (ctx.Definitie.TaakDefinitie(taak.Status, taak.Soort)?.Mail ?? Taakmails.Taak)
            {
                case Taakmails.Geen:
                    break;
                case Taakmails.Paraaf:
                {
                    var (token, url, verloopt) = links.Maak(taak, v.Id);
                    Mail(taak.HouderId, MailSoorten.ParaafGevraagd, new MailInhoud(
                        $"Paraaf gevraagd: {Kop(v)}",
                        $"Beste {houder},",
                        [$"{v.StellerNaam} heeft een collegevoorstel ingediend. U wordt gevraagd het te paraferen (akkoord) of met een reden terug te sturen naar de steller. " +
                         "Wat u nodig heeft om te beslissen staat in deze e-mail; met uw persoonlijke link onderaan legt u uw besluit vast."],
                        [.. Basis(v, ctx), ("Gevraagd", "Paraaf afdelingshoofd: akkoord of terugsturen"), ("Uiterlijk", Datum(taak.Deadline)), ("Steller", v.StellerNaam),
                         .. Voorsteldetails(v, null)],
                        "Paraaf geven", url, LinkVoetnoot(verloopt, v)), token);
                    break;
                }
                case Taakmails.Advies when taak.Aspect is { } aspect:
                {
                    var (token, url, verloopt) = links.Maak(taak, v.Id);
                    Mail(taak.HouderId, MailSoorten.AdviesGevraagd, new MailInhoud(
                        $"Advies gevraagd ({AspectTeksten.Naam(aspect).ToLowerInvariant()}): {Kop(v)}",
                        $"Beste {houder},",
                        [$"Uw advies {AspectTeksten.Naam(aspect).ToLowerInvariant()} wordt gevraagd over het volgende collegevoorstel. Wat u nodig heeft om te beslissen staat in deze e-mail. " +
                         "Met uw persoonlijke link onderaan kunt u direct instemmen (ja of nee, met een toelichting) of eerst alleen een opmerking plaatsen."],
                        [.. Basis(v, ctx), .. Adviesvraag(v, taak, aspect)],
                        "Advies geven", url, LinkVoetnoot(verloopt, v)), token);
                    break;
                }
                case Taakmails.Teruggestuurd:
                    Mail(taak.HouderId, MailSoorten.Teruggestuurd, new MailInhoud(
                        $"Teruggestuurd: {Kop(v)}",
                        $"Beste {houder},",
                        [$"{ctx.Actor.Naam} heeft uw voorstel teruggestuurd vanuit '{ctx.Definitie.StatusTitel(stap!.Van)}'. Herzie het voorstel en dien het opnieuw in."],
                        [.. Basis(v, ctx), ("Reden", stap.Reden ?? "–"), ("Gevraagd", "Voorstel herzien en opnieuw indienen"), ("Uiterlijk", Datum(taak.Deadline))],
                        "Voorstel herzien", VoorstelUrl(v)));
                    break;
                case Taakmails.GeagendeerdDt or Taakmails.GeagendeerdCollege:
                {
                    var dt = ctx.Definitie.TaakDefinitie(taak.Status, taak.Soort)!.Mail == Taakmails.GeagendeerdDt;
                    var orgaan = dt ? "het directieteam" : "het college van B&W";
                    var gepland = dt ? v.GeplandDt : v.GeplandBw;
                    Mail(taak.HouderId, MailSoorten.Geagendeerd, new MailInhoud(
                        $"Voor de agenda van {(dt ? "het DT" : "B&W")}: {Kop(v)}",
                        $"Beste {houder},",
                        [$"Dit voorstel is klaar voor {orgaan}. Plaats het op de agenda en leg na de vergadering het besluit vast."],
                        [.. Basis(v, ctx), ("Gevraagd", ctx.Definitie.TaakTitel(taak.Status, taak.Soort)), (dt ? "DT d.d." : "B&W d.d.", Datum(gepland)), ("Uiterlijk", Datum(taak.Deadline))],
                        "Voorstel openen", VoorstelUrl(v)));
                    if (taak.HouderId != v.StellerId)
                        Mail(v.StellerId, MailSoorten.Geagendeerd, new MailInhoud(
                            $"Geagendeerd voor {(dt ? "het DT" : "B&W")}: {Kop(v)}",
                            $"Beste {steller},",
                            [$"Uw voorstel gaat naar {orgaan}{(gepland is { } g ? $" (gepland {Datum(g)})" : "")}."],
                            [.. Basis(v, ctx), (dt ? "DT d.d." : "B&W d.d.", Datum(gepland))],
                            "Voorstel bekijken", VoorstelUrl(v)));
                    break;
                }
                default:
                    Mail(taak.HouderId, MailSoorten.TaakGeopend, new MailInhoud(
                        $"{ctx.Definitie.TaakTitel(taak.Status, taak.Soort)}: {Kop(v)}",
                        $"Beste {houder},",
                        ["Er staat een taak voor u klaar bij het volgende collegevoorstel."],
                        [.. Basis(v, ctx), ("Gevraagd", ctx.Definitie.TaakTitel(taak.Status, taak.Soort)), ("Uiterlijk", Datum(taak.Deadline))],
                        "Voorstel openen", VoorstelUrl(v)));
                    break;
            }
        }

        if (gebeurtenissen.Besluit is { } besloten)
        {
            var besluit = besloten.Omschrijving;
            var tekst = besloten.Besluittekst;
            foreach (var id in Betrokkenen(v).Where(id => id != ctx.Actor.Id))
                Mail(id, MailSoorten.Besluit, new MailInhoud(
                    $"Besluit: {Kop(v)}",
                    $"Beste {Naam(adressen, id, "")},".Replace(" ,", ","),
                    [$"Over dit voorstel is besloten: {besluit}."],
                    [.. Basis(v, ctx), ("Besluit", tekst ?? besluit), ("Vastgelegd door", ctx.Actor.Naam)],
                    "Voorstel bekijken", VoorstelUrl(v)));
        }

        if (stapmails.Contains(Overgangsmails.Ingetrokken))
            foreach (var taak in gesloten.Where(t => t.HouderId != ctx.Actor.Id))
                Mail(taak.HouderId, MailSoorten.Ingetrokken, new MailInhoud(
                    $"Ingetrokken: {Kop(v)}",
                    $"Beste {Naam(adressen, taak.HouderId, taak.HouderNaam)},",
                    ["De steller heeft dit voorstel ingetrokken. Uw taak is vervallen; u hoeft niets meer te doen."],
                    [.. Basis(v, ctx), ("Reden", stap!.Reden ?? "–")],
                    "Voorstel bekijken", VoorstelUrl(v)));

        foreach (var o in opmerkingen)
            Mail(v.StellerId, MailSoorten.Opmerking, new MailInhoud(
                $"Opmerking van {o.Auteur.Naam}: {Kop(v)}",
                $"Beste {steller},",
                [$"{o.Auteur.Naam} heeft een opmerking geplaatst bij uw voorstel. U vindt deze ook in de tijdlijn."],
                [.. Basis(v, ctx), ("Opmerking", o.Tekst)],
                "Voorstel bekijken", VoorstelUrl(v)));

        foreach (var verplaatst in verplaatsingen)
            Mail(v.StellerId, MailSoorten.Verplaatst, new MailInhoud(
                $"Verplaatst naar {Datum(verplaatst.Nieuw)}: {Kop(v)}",
                $"Beste {steller},",
                [$"Uw voorstel {Kop(v)} is verplaatst naar de vergadering van {verplaatst.Orgaan} van {Datum(verplaatst.Nieuw)}. " +
                 $"Het stond gepland op {Datum(verplaatst.Was)}."],
                [.. Basis(v, ctx), ("Vergadering", $"{verplaatst.Orgaan} van {Datum(verplaatst.Nieuw)}"), ("Was gepland", Datum(verplaatst.Was)),
                 ("Reden", verplaatst.Reden), ("Verplaatst door", ctx.Actor.Naam)],
                "Voorstel bekijken", VoorstelUrl(v)));

        foreach (var (id, soort, inhoud, token) in mails) Schrijf(adressen, id, v.Id, soort, inhoud, token: token);
    }

    /// <summary>A reminder before the advice deadline, with a fresh personal link. Returns false when already sent.</summary>
    public async Task<bool> HerinneringAsync(Voorstel v, Taak taak, Overgangscontext ctx, CancellationToken ct = default)
    {
        var sleutel = $"herinnering-{taak.Id}-{taak.Deadline:yyyyMMdd}";
        if (await db.UitgaandeMails.AnyAsync(m => m.Sleutel == sleutel, ct)) return false;
        var adressen = await AdressenAsync([taak.HouderId], ct);
        var (token, url, verloopt) = links.Maak(taak, v.Id);
        var vraag = taak.Aspect is { } a
            ? Adviesvraag(v, taak, a)
            : [("Gevraagd", ctx.Definitie.TaakTitel(taak.Status, taak.Soort)), ("Uiterlijk", Datum(taak.Deadline)), .. Voorsteldetails(v, null)];
        Schrijf(adressen, taak.HouderId, v.Id, MailSoorten.Herinnering, new MailInhoud(
            $"Herinnering: advies gevraagd vóór {Datum(taak.Deadline)}: {Kop(v)}",
            $"Beste {Naam(adressen, taak.HouderId, taak.HouderNaam)},",
            [$"Uw advies over dit voorstel is nog niet binnen. De termijn loopt af op {Datum(taak.Deadline)}. Met uw persoonlijke link onderaan kunt u direct adviseren."],
            [.. Basis(v, ctx), .. vraag],
            "Advies geven", url, LinkVoetnoot(verloopt, v)), sleutel, token);
        return true;
    }

    /// <summary>The advice deadline passed: the afdelingshoofd and the bestuurssecretariaat hear of it.</summary>
    public async Task<bool> EscalatieAsync(Voorstel v, Taak taak, Overgangscontext ctx, CancellationToken ct = default)
    {
        var ontvangers = new List<string>();
        if (ctx.Organisatie.Afdelingshoofd(v.AfdelingId) is { } hoofd) ontvangers.Add(hoofd.Id);
        if (ctx.Organisatie.Rolhouder(Rollen.Bestuurssecretariaat) is { } secretariaat) ontvangers.Add(secretariaat.Id);
        var adressen = await AdressenAsync(ontvangers, ct);
        var geschreven = false;
        foreach (var id in ontvangers.Distinct())
        {
            var sleutel = $"escalatie-{taak.Id}-{taak.Deadline:yyyyMMdd}-{id}";
            if (await db.UitgaandeMails.AnyAsync(m => m.Sleutel == sleutel, ct)) continue;
            var aspect = taak.Aspect is { } a ? AspectTeksten.Naam(a).ToLowerInvariant() : ctx.Definitie.TaakTitel(taak.Status, taak.Soort);
            Schrijf(adressen, id, v.Id, MailSoorten.Escalatie, new MailInhoud(
                $"Termijn verstreken: advies {aspect} ontbreekt: {Kop(v)}",
                $"Beste {Naam(adressen, id, "")},".Replace(" ,", ","),
                [$"Het advies {aspect} van {taak.HouderNaam} bij dit voorstel had uiterlijk {Datum(taak.Deadline)} binnen moeten zijn en ontbreekt nog."],
                [.. Basis(v, ctx), ("Adviseur", taak.HouderNaam), ("Uiterlijk was", Datum(taak.Deadline))],
                "Voorstel openen", VoorstelUrl(v)), sleutel);
            geschreven = true;
        }
        return geschreven;
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private void Schrijf(Dictionary<string, (string? Email, string Naam)> adressen, string gebruikerId, int voorstelId,
        string soort, MailInhoud inhoud, string? sleutel = null, string? token = null)
    {
        if (!adressen.TryGetValue(gebruikerId, out var a) || string.IsNullOrWhiteSpace(a.Email)) return;
        var domein = O.Afzender.Split('@').Last();
        // The body holds the link's placeholder; the token itself is stored only encrypted, until the mail is sent.
        db.UitgaandeMails.Add(new UitgaandeMail(domein, a.Email, a.Naam, inhoud.Onderwerp, MailOpmaak.Html(inhoud),
            MailOpmaak.Tekst(inhoud), voorstelId, soort, klok.GetUtcNow().UtcDateTime, sleutel,
            token is null ? null : kluis.Versleutel(token)));
    }

    private async Task<Dictionary<string, (string? Email, string Naam)>> AdressenAsync(IEnumerable<string> ids, CancellationToken ct,
        IOrganisatie? organisatie = null)
    {
        var lijst = ids.Distinct().ToList();
        // The transition's organisation snapshot read the role holders and the steller already: no query when it knows them all.
        if (organisatie is Organisatie.OrganisatieSnapshot bekend && lijst.All(bekend.Adressen.ContainsKey))
            return lijst.ToDictionary(id => id, id => bekend.Adressen[id]);
        return (await db.Users.AsNoTracking().Where(u => lijst.Contains(u.Id) && u.Actief)
                .Select(u => new { u.Id, u.Email, u.Naam }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => (u.Email, u.Naam));
    }

    private static string Naam(Dictionary<string, (string? Email, string Naam)> adressen, string id, string anders) =>
        adressen.TryGetValue(id, out var a) ? a.Naam : anders;

    /// <summary>The steller and everyone who held a task on the proposal.</summary>
    private static IEnumerable<string> Betrokkenen(Voorstel v) => v.Taken.Select(t => t.HouderId).Prepend(v.StellerId).Distinct();

    private static string Kop(Voorstel v) => $"{v.Registratienummer ?? "concept"} {v.Onderwerp}";

    private static (string, string)[] Basis(Voorstel v, Overgangscontext ctx) =>
    [
        ("Registratienummer", v.Registratienummer ?? "–"),
        ("Onderwerp", v.Onderwerp),
        ("Status", ctx.Definitie.StatusTitel(v.Status)),
    ];

    /// <summary>What an advisor needs to decide without signing in: the question, the deadline and the proposal's details for this aspect.</summary>
    private static List<(string, string)> Adviesvraag(Voorstel v, Taak taak, Aspect aspect) =>
    [
        ("Gevraagd", $"Advies {AspectTeksten.Naam(aspect).ToLowerInvariant()}: kunt u instemmen met het voorstel (ja of nee)?"),
        ("Uiterlijk", Datum(taak.Deadline)),
        ("Steller", v.StellerNaam),
        .. Voorsteldetails(v, aspect),
    ];

    /// <summary>
    /// The proposal as someone deciding from the mail needs it: B&amp;W date, dictum, summary, the facts of the aspect
    /// asked about, and the attachments by name (downloads only through the link page, which checks who may see them).
    /// </summary>
    private static List<(string, string)> Voorsteldetails(Voorstel v, Aspect? aspect)
    {
        var details = new List<(string, string)>
        {
            ("B&W d.d.", v.GeplandBw is { } bw ? Datum(bw) : "nog niet gepland"),
            ("Dictum", v.Dictum.Count == 0 ? "–" : string.Join("\n", v.Dictum.OrderBy(d => d.Volgorde).Select((d, i) => $"{i + 1}. {d.Tekst}"))),
            ("Samenvatting: wat en waarom", v.SamenvattingWatEnWaarom ?? "–"),
            ("Samenvatting: hoe", v.SamenvattingHoe ?? "–"),
        };
        if (aspect is { } a)
        {
            var naam = AspectTeksten.Naam(a).ToLowerInvariant();
            if (a == Aspect.Financien)
            {
                details.Add(("Budgettaire consequenties", JaNee(v.BudgettaireConsequenties)));
                if (v.Kosten is { } kosten) details.Add(("Kosten", $"{Bedrag(kosten)} {(v.KostenPerJaar ? "per jaar" : "eenmalig")}"));
                if (v.Baten is { } baten) details.Add(("Baten", Bedrag(baten)));
                if (!string.IsNullOrWhiteSpace(v.Dekking)) details.Add(("Dekking", v.Dekking));
            }
            if (a == Aspect.Personeel)
            {
                details.Add(("Formatieve consequenties", JaNee(v.FormatieveConsequenties)));
                if (v.Fte is { } fte) details.Add(("Formatie", $"{fte.ToString("0.##", Nl)} fte"));
                if (!string.IsNullOrWhiteSpace(v.Inhuur)) details.Add(("Inhuur", v.Inhuur));
            }
            details.Add(($"Toelichting {naam} (steller)",
                v.Aspecten.SingleOrDefault(x => x.Aspect == a)?.Toelichting is { Length: > 0 } t ? t : "De steller heeft bij dit aspect niets toegelicht."));
        }
        details.Add(("Bijlagen", v.Bijlagen.Count == 0
            ? "geen"
            : string.Join("\n", v.Bijlagen.OrderBy(b => b.Nr).Select(b => $"{b.Nr}. {b.Naam} ({(b.Openbaar == true && v.BijlagenOpenbaar == true ? "openbaar" : "niet openbaar")})"))));
        return details;
    }

    private static string JaNee(bool? waarde) => waarde switch { true => "ja", false => "nee", _ => "niet ingevuld" };

    private static string Bedrag(decimal bedrag) => $"EUR {bedrag.ToString("#,##0.##", Nl)}";

    private string VoorstelUrl(Voorstel v) => $"{O.BasisUrl.TrimEnd('/')}/Voorstellen/{v.Id}";

    private string LinkVoetnoot(DateTime verloopt, Voorstel v) =>
        $"Deze link is persoonlijk: stuur de mail niet door. Hij werkt één keer en is geldig tot {verloopt.ToLocalTime().ToString("d MMMM yyyy", Nl)}. " +
        $"U kunt ook inloggen en het voorstel openen: {VoorstelUrl(v)}";

    private static string Datum(DateOnly? d) => d?.ToString("d MMMM yyyy", Nl) ?? "geen termijn";
}
