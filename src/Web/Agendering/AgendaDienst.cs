using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Agendering;

/// <summary>
/// Builds a meeting's agenda from the proposals planned on it and applies the secretary's changes (order, hamerstuk or
/// bespreekstuk, taking off, admitting a late item, fixing). The first change stores the whole agenda as it was shown,
/// so what the secretary saw is what they changed; every change is logged with who and when.
/// <para>
/// <b>Na sluitingsdatum</b>: a ready proposal is late when the day (municipal time) it entered the body's gate, its
/// <see cref="Besluitvorming.Workflows.Voorstellen.Voorstel.StatusSinds"/>, is after the meeting's <see cref="Vergaderdatum.Sluitingsdatum"/>.
/// Holding a proposal over keeps its status and so its arrival date: it is not late at the meeting it moves to.
/// </para>
/// </summary>
public sealed class AgendaDienst(BesluitvormingDbContext db, ActorLader actors, TimeProvider klok)
{
    public async Task<Agendabeeld?> LaadAsync(int vergaderingId, bool volgen = false, CancellationToken ct = default)
    {
        var vergadering = await db.Vergaderkalender.AsNoTracking().SingleOrDefaultAsync(m => m.Id == vergaderingId, ct);
        if (vergadering is null || Agendasoort.Van(vergadering.Soort) is not { } soort) return null;
        var agendas = volgen ? db.Agendas : db.Agendas.AsNoTracking();
        var agenda = await agendas.Include(a => a.Punten).Include(a => a.Wijzigingen).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.VergaderingId == vergaderingId, ct);
        var kandidaten = await KandidatenAsync(soort, vergadering.Datum, agenda?.Punten.Select(p => p.VoorstelId).ToList() ?? [], ct);
        return Bouw(vergadering, soort, agenda, kandidaten);
    }

    private Agendabeeld Bouw(Vergaderdatum m, Agendasoort soort, Agenda? agenda, List<Agendabeeld.Voorstelregel> kandidaten)
    {
        var opgeslagen = agenda?.Punten.ToDictionary(p => p.VoorstelId) ?? [];
        var vastgesteld = agenda?.VastgesteldOp is not null;
        var punten = new List<(Agendabeeld.Voorstelregel V, bool Hamerstuk, int Volgorde, bool Gereed, bool Besloten)>();
        var buiten = new List<Agendabeeld.Buiten>();
        var nietGereed = new List<Agendabeeld.Voorstelregel>();
        foreach (var v in kandidaten.OrderBy(v => v.Registratienummer, StringComparer.Ordinal))
        {
            var gereed = v.Status == soort.Status;
            var besloten = v.Besloten == m.Datum;
            var gepland = v.Gepland == m.Datum;
            var teLaat = gereed && LokaleDatum(v.StatusSinds) > m.Sluitingsdatum;
            if (opgeslagen.TryGetValue(v.Id, out var punt))
            {
                if (punt.Opgenomen && (gepland || besloten)) punten.Add((v, punt.Hamerstuk, punt.Volgnummer, gereed, besloten));
                else if (!punt.Opgenomen && gereed && gepland) buiten.Add(new(v, teLaat ? "Na sluitingsdatum; niet toegelaten" : "Van de agenda afgevoerd", teLaat));
                else if (gepland && !besloten) nietGereed.Add(v);
                // It was on this agenda and is now planned elsewhere: it stays in sight, as moved (the change is logged).
                else if (!besloten) buiten.Add(new(v, v.Gepland is { } elders ? $"Verplaatst naar de vergadering van {Datum(elders)}"
                    : "Niet meer op deze vergadering gepland", false, Verplaatst: true));
            }
            else if (besloten) punten.Add((v, Standaard(v), int.MaxValue, gereed, true));
            else if (gereed && gepland)
            {
                if (teLaat) buiten.Add(new(v, $"Na sluitingsdatum: gereed op {Datum(LokaleDatum(v.StatusSinds))}", true));
                else if (vastgesteld) buiten.Add(new(v, "Gereed gekomen na vaststelling van de agenda", false));
                else punten.Add((v, Standaard(v), int.MaxValue, true, false));
            }
            else if (gepland) nietGereed.Add(v);
        }
        // Stored items in their stored order, new ones after them in registratienummer order (the sort is stable).
        var geordend = punten.OrderByDescending(p => p.Hamerstuk).ThenBy(p => p.Volgorde).ToList();
        return new Agendabeeld(m, soort, agenda,
            geordend.Select((p, i) => new Agendabeeld.Punt(p.V, i + 1, p.Hamerstuk, p.Gereed, p.Besloten)).ToList(),
            buiten, nietGereed);
    }

    /// <summary>The default for a new item: a hamerstuk when the steller asked "Akkoord", else a bespreekstuk.</summary>
    private static bool Standaard(Agendabeeld.Voorstelregel v) => v.Behandelwijze == Behandelwijze.Akkoord;

    private DateOnly LokaleDatum(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), klok.LocalTimeZone));

    private static string Datum(DateOnly d) => Voorsteldocument.Datum(d);

    /// <summary>
    /// Proposals planned on the meeting, decided in it, or already on its stored agenda, in one query. What the meeting
    /// decided is its <see cref="Vergaderbesluit"/>, written with the decision: a proposal held over here and decided at a
    /// later meeting still shows as held over here. A decision recorded before those rows existed is read from the
    /// proposal, when its date is this meeting's.
    /// </summary>
    private async Task<List<Agendabeeld.Voorstelregel>> KandidatenAsync(Agendasoort soort, DateOnly d, List<int> opAgenda, CancellationToken ct)
    {
        var s = soort.Soort;
        var besluiten = db.Vergaderbesluiten.Where(b => b.Soort == s && b.Vergaderdatum == d);
        var q = db.Voorstellen.AsNoTracking().Where(v => v.Registratienummer != null);
        q = soort.Soort switch
        {
            Vergadersoort.College => q.Where(v => v.GeplandBw == d || v.Collegebesluit!.Vergaderdatum == d || opAgenda.Contains(v.Id)
                || besluiten.Any(b => b.VoorstelId == v.Id)),
            Vergadersoort.Directieteam => q.Where(v => v.GeplandDt == d || v.Directiebesluit!.Datum == d || opAgenda.Contains(v.Id)
                || besluiten.Any(b => b.VoorstelId == v.Id)),
            _ => q.Where(v => v.GeplandRaad == d || v.Raadsbesluit!.Vergaderdatum == d || opAgenda.Contains(v.Id)
                || besluiten.Any(b => b.VoorstelId == v.Id)),
        };
        var rijen = await q.Select(v => new
        {
            Hier = besluiten.Where(b => b.VoorstelId == v.Id).OrderByDescending(b => b.Id)
                .Select(b => new { b.Trigger, b.Besluittekst, b.Volgnummer, b.AangehoudenTot }).FirstOrDefault(),
            v.Id, v.Registratienummer, v.Onderwerp, v.Portefeuillehouder, v.Behandelwijze, v.Status, v.StatusSinds, v.Revisie,
            v.GeplandBw, v.GeplandDt, v.GeplandRaad,
            Team = db.Teams.Where(t => t.Id == v.TeamId).Select(t => t.Code).FirstOrDefault(),
            CbDatum = (DateOnly?)v.Collegebesluit!.Vergaderdatum, CbUitkomst = (CollegeUitkomst?)v.Collegebesluit!.Uitkomst,
            CbTekst = v.Collegebesluit!.Besluittekst, CbVolgnummer = v.Collegebesluit!.Volgnummer,
            DtDatum = (DateOnly?)v.Directiebesluit!.Datum, DtPunten = v.Directiebesluit!.Punten,
            RbDatum = (DateOnly?)v.Raadsbesluit!.Vergaderdatum, RbUitkomst = (RaadUitkomst?)v.Raadsbesluit!.Uitkomst,
            RbTekst = v.Raadsbesluit!.Besluittekst,
        }).ToListAsync(ct);
        return rijen.Select(r => r.Hier is { } h
            ? new Agendabeeld.Voorstelregel(r.Id, r.Registratienummer, r.Onderwerp, r.Portefeuillehouder, r.Behandelwijze, r.Status,
                r.StatusSinds, r.Team, r.Revisie,
                s switch { Vergadersoort.College => r.GeplandBw, Vergadersoort.Directieteam => r.GeplandDt, _ => r.GeplandRaad }, d,
                soort.Uitkomst(h.Trigger)?.Label ?? h.Trigger, h.Besluittekst, h.Volgnummer, h.AangehoudenTot)
            : soort.Soort switch
        {
            Vergadersoort.College => new Agendabeeld.Voorstelregel(r.Id, r.Registratienummer, r.Onderwerp, r.Portefeuillehouder,
                r.Behandelwijze, r.Status, r.StatusSinds, r.Team, r.Revisie, r.GeplandBw, r.CbDatum,
                r.CbUitkomst is { } u ? Voorsteldocument.Uitkomst(u) : null, r.CbTekst, r.CbVolgnummer,
                r.CbUitkomst == CollegeUitkomst.Aangehouden ? r.GeplandBw : null),
            Vergadersoort.Directieteam => new Agendabeeld.Voorstelregel(r.Id, r.Registratienummer, r.Onderwerp, r.Portefeuillehouder,
                r.Behandelwijze, r.Status, r.StatusSinds, r.Team, r.Revisie, r.GeplandDt, r.DtDatum,
                r.DtDatum is null ? null : "Directiebesluit vastgesteld", r.DtPunten, null),
            _ => new Agendabeeld.Voorstelregel(r.Id, r.Registratienummer, r.Onderwerp, r.Portefeuillehouder,
                r.Behandelwijze, r.Status, r.StatusSinds, r.Team, r.Revisie, r.GeplandRaad, r.RbDatum,
                r.RbUitkomst switch
                {
                    RaadUitkomst.Vastgesteld => "Vastgesteld",
                    RaadUitkomst.Verworpen => "Verworpen",
                    RaadUitkomst.Aangehouden => "Aangehouden",
                    _ => null,
                }, r.RbTekst, null, r.RbUitkomst == RaadUitkomst.Aangehouden ? r.GeplandRaad : null),
        }).ToList();
    }

    /// <summary>The next meeting of the same body: where a held-over item goes unless the secretary says otherwise.</summary>
    public Task<DateOnly?> VolgendeVergaderingAsync(Vergaderdatum m, CancellationToken ct = default) =>
        db.Vergaderkalender.AsNoTracking().Where(x => x.Soort == m.Soort && x.Datum > m.Datum && x.Status != Vergaderstatus.Geannuleerd)
            .OrderBy(x => x.Datum).Select(x => (DateOnly?)x.Datum).FirstOrDefaultAsync(ct);

    // ---- Changes ---------------------------------------------------------------------------------------------

    public Task VerplaatsAsync(int vergaderingId, int voorstelId, int richting, CancellationToken ct = default) =>
        WijzigAsync(vergaderingId, (beeld, agenda) =>
        {
            var lijst = Opgenomen(agenda);
            var punt = Punt(agenda, voorstelId);
            var sectie = lijst.Where(p => p.Hamerstuk == punt.Hamerstuk).ToList();
            var i = sectie.IndexOf(punt);
            var j = i + Math.Sign(richting);
            if (j < 0 || j >= sectie.Count)
                throw new AgendaFout(richting < 0 ? "Dit punt staat al bovenaan zijn lijst." : "Dit punt staat al onderaan zijn lijst.");
            (punt.Volgnummer, sectie[j].Volgnummer) = (sectie[j].Volgnummer, punt.Volgnummer);
            return $"{Naam(beeld, voorstelId)} {(richting < 0 ? "omhoog" : "omlaag")} verplaatst";
        }, ct);

    public Task WisselBehandelingAsync(int vergaderingId, int voorstelId, CancellationToken ct = default) =>
        WijzigAsync(vergaderingId, (beeld, agenda) =>
        {
            var punt = Punt(agenda, voorstelId);
            punt.Hamerstuk = !punt.Hamerstuk;
            punt.Volgnummer = int.MaxValue; // last of its new list
            return $"{Naam(beeld, voorstelId)} is nu een {(punt.Hamerstuk ? "hamerstuk" : "bespreekstuk")}";
        }, ct);

    public Task AfvoerenAsync(int vergaderingId, int voorstelId, CancellationToken ct = default) =>
        WijzigAsync(vergaderingId, (beeld, agenda) =>
        {
            if (beeld.Punten.FirstOrDefault(p => p.Voorstel.Id == voorstelId) is { BeslotenInVergadering: true })
                throw new AgendaFout("Over dit voorstel is in deze vergadering al besloten; het blijft op de agenda.");
            Punt(agenda, voorstelId).Opgenomen = false;
            return $"{Naam(beeld, voorstelId)} van de agenda afgevoerd";
        }, ct);

    /// <summary>Puts a proposal that is not on the agenda on it (a late one admitted, or one taken off put back), last of its list.</summary>
    public Task OpnemenAsync(int vergaderingId, int voorstelId, CancellationToken ct = default) =>
        WijzigAsync(vergaderingId, (beeld, agenda) =>
        {
            var buiten = beeld.NietOpAgenda.FirstOrDefault(b => b.Voorstel.Id == voorstelId && !b.Verplaatst)
                ?? throw new AgendaFout("Dit voorstel kan niet op deze agenda: het is niet (meer) gereed voor deze vergadering of staat er al op.");
            var punt = agenda.Punten.FirstOrDefault(p => p.VoorstelId == voorstelId);
            if (punt is null) agenda.Punten.Add(punt = new Agendapunt { VoorstelId = voorstelId, Hamerstuk = Standaard(buiten.Voorstel) });
            punt.Opgenomen = true;
            punt.Volgnummer = int.MaxValue;
            return $"{Naam(beeld, voorstelId)} op de agenda geplaatst{(buiten.TeLaat ? " (toegelaten na sluitingsdatum)" : "")}";
        }, ct);

    public Task VaststellenAsync(int vergaderingId, TimeOnly? aanvang, Actor? actor = null, CancellationToken ct = default) =>
        WijzigAsync(vergaderingId, (beeld, agenda) =>
        {
            if (agenda.VastgesteldOp is not null) throw new AgendaFout("Deze agenda is al vastgesteld.");
            if (beeld.Punten.Count == 0) throw new AgendaFout("Een lege agenda kan niet worden vastgesteld.");
            agenda.Aanvang = aanvang;
            return "Agenda vastgesteld" + (aanvang is { } a ? $" (aanvang {a:HH\\:mm})" : "");
        }, ct, actor, vaststellen: true);

    // ---- Meetings that move ------------------------------------------------------------------------------------

    /// <summary>
    /// Logs on a meeting's agenda that the meeting itself moved or was cancelled (one line; its items follow the
    /// proposals, see <see cref="NoteerVerplaatsingenAsync"/>). Adds to the caller's unit of work: it saves in the
    /// transaction of the move. Nothing when the agenda was never stored (the default agenda records no history).
    /// </summary>
    public async Task NoteerVergaderingAsync(Vergaderdatum vergadering, string omschrijving, Actor actor, CancellationToken ct = default)
    {
        if (await db.Agendas.SingleOrDefaultAsync(a => a.VergaderingId == vergadering.Id, ct) is { } agenda)
            Log(agenda, omschrijving, actor);
    }

    /// <summary>
    /// A proposal left a meeting (<see cref="Domeingebeurtenissen.AndereVergaderingen"/>: the meeting moved or was
    /// cancelled, the steller changed the date, or it was held over elsewhere): on the stored agenda of the meeting it
    /// was planned on, its item comes off and the change is logged with who, when and where it went ("na vaststelling"
    /// when the agenda was fixed); the agenda shows it as moved. Adds to the caller's unit of work, so it commits with
    /// the move. The agenda of a meeting that moved with its proposals is not at the old date, and is left alone.
    /// </summary>
    public async Task NoteerVerplaatsingenAsync(Voorstel voorstel, Domeingebeurtenissen gebeurtenissen, Actor actor,
        CancellationToken ct = default)
    {
        foreach (var e in gebeurtenissen.AndereVergaderingen)
        {
            if (Agendasoort.VanPlanningsdatum(e.Planningsdatum)?.Soort is not { } soort) continue;
            var agenda = await db.Agendas.Include(a => a.Punten)
                .Where(a => db.Vergaderkalender.Any(m => m.Id == a.VergaderingId && m.Soort == soort && m.Datum == e.Was))
                .SingleOrDefaultAsync(ct);
            if (agenda?.Punten.FirstOrDefault(p => p.VoorstelId == voorstel.Id && p.Opgenomen) is not { } punt) continue;
            punt.Opgenomen = false;
            Log(agenda, $"{voorstel.Registratienummer} '{voorstel.Onderwerp}' " + (e.Nieuw is { } nieuw
                ? $"verplaatst naar de vergadering van {Datum(nieuw)}" : "niet meer op deze vergadering gepland") + $": {e.Toelichting}", actor);
        }
    }

    private void Log(Agenda agenda, string omschrijving, Actor actor)
    {
        agenda.Wijzigingen.Add(new Agendawijziging
        {
            Tijdstip = klok.GetUtcNow().UtcDateTime, Door = actor.Naam, NaVaststelling = agenda.VastgesteldOp is not null,
            Omschrijving = omschrijving.Length > AgendaModel.Omschrijving ? omschrijving[..AgendaModel.Omschrijving] : omschrijving,
        });
        agenda.Versie++;
    }

    private static List<Agendapunt> Opgenomen(Agenda agenda) =>
        agenda.Punten.Where(p => p.Opgenomen).OrderByDescending(p => p.Hamerstuk).ThenBy(p => p.Volgnummer).ToList();

    private static Agendapunt Punt(Agenda agenda, int voorstelId) =>
        agenda.Punten.FirstOrDefault(p => p.VoorstelId == voorstelId && p.Opgenomen)
        ?? throw new AgendaFout("Dit voorstel staat niet op de agenda.");

    private static string Naam(Agendabeeld beeld, int voorstelId) =>
        beeld.Punten.Select(p => p.Voorstel).Concat(beeld.NietOpAgenda.Select(b => b.Voorstel)).FirstOrDefault(v => v.Id == voorstelId)
            is { } v ? $"{v.Registratienummer} '{v.Onderwerp}'" : $"Voorstel {voorstelId}";

    /// <summary>
    /// Stores the agenda as shown (creating it on the first change), applies the change, renumbers, logs and saves.
    /// Only the body's secretary may; a change that lost a race to another one is refused with a message.
    /// </summary>
    private async Task WijzigAsync(int vergaderingId, Func<Agendabeeld, Agenda, string> wijziging, CancellationToken ct,
        Actor? actor = null, bool vaststellen = false)
    {
        actor ??= await actors.HuidigeAsync(ct);
        var beeld = await LaadAsync(vergaderingId, volgen: true, ct) ?? throw new AgendaFout("Deze vergadering bestaat niet (meer).");
        if (!beeld.Soort.MagBeheren(actor)) throw new GeenToegangException("Alleen het secretariaat van dit orgaan beheert deze agenda.");
        var agenda = beeld.Agenda;
        if (agenda is null) db.Agendas.Add(agenda = new Agenda { VergaderingId = vergaderingId });
        foreach (var p in beeld.Punten)
        {
            var punt = agenda.Punten.FirstOrDefault(x => x.VoorstelId == p.Voorstel.Id);
            if (punt is null) agenda.Punten.Add(punt = new Agendapunt { VoorstelId = p.Voorstel.Id });
            punt.Opgenomen = true;
            punt.Hamerstuk = p.Hamerstuk;
            punt.Volgnummer = p.Volgnummer;
        }
        var naVaststelling = agenda.VastgesteldOp is not null;
        var omschrijving = wijziging(beeld, agenda);
        var nu = klok.GetUtcNow().UtcDateTime;
        if (vaststellen)
        {
            agenda.VastgesteldOp = nu;
            agenda.VastgesteldDoor = actor.Naam;
        }
        var volgnummer = 1;
        foreach (var p in Opgenomen(agenda)) p.Volgnummer = volgnummer++;
        agenda.Wijzigingen.Add(new Agendawijziging
        {
            Tijdstip = nu, Door = actor.Naam, NaVaststelling = naVaststelling,
            Omschrijving = omschrijving.Length > AgendaModel.Omschrijving ? omschrijving[..AgendaModel.Omschrijving] : omschrijving,
        });
        agenda.Versie++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another secretary changed (or first stored) this agenda meanwhile: nothing of this change is kept.
            db.ChangeTracker.Clear();
            throw new AgendaFout("De agenda is intussen door iemand anders gewijzigd. Bekijk de agenda opnieuw en probeer het nog eens.");
        }
    }
}
