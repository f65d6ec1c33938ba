using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Planningsdatum = Besluitvorming.Workflows.Definities.Planningsdatums;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Kalenders;

/// <summary>
/// Moves and cancels meetings and takes along what was planned on them: every proposal still under way whose planned
/// date for that body is the meeting's date goes to the new date (a cancelled meeting: the next one of the same body)
/// through <see cref="Voorstel.VerplaatsNaarVergadering"/>, in one transaction with the meeting and the stellers' mail;
/// the deadlines of the open tasks follow the meeting and the terugrekenplanning worked out from the calendar as it now
/// is; the timer changes are queued in the same transaction, from the domain events, and applied after the commit.
/// </summary>
public sealed class Vergaderplanning(BesluitvormingDbContext db, VoorstelDienst voorstellen, WorkflowRegister workflows,
    MailOpsteller mail, MailSignaal mailSignaal, TermijnPlanner termijnen, TermijnSignaal termijnSignaal, AgendaDienst agendas)
{
    /// <summary>Who keeps the meeting calendar: the bestuurssecretariaat, and the beheerder who set it up.</summary>
    public const string Beheerders = Rollen.Bestuurssecretariaat + "," + Rollen.Beheerder;

    public sealed record GeplandVoorstel(int Id, string? Registratienummer, string Onderwerp, string StellerNaam, string Status);

    /// <summary>The proposals on a meeting: those the actor may see, and how many more there are.</summary>
    public sealed record GeplandeVoorstellen(IReadOnlyList<GeplandVoorstel> Zichtbaar, int Overig)
    {
        public int Aantal => Zichtbaar.Count + Overig;
    }

    /// <summary>The planned dates of a proposal that name a meeting of this body.</summary>
    public static IReadOnlyList<string> Planningsdatums(Vergadersoort soort) => soort switch
    {
        Vergadersoort.College => [Planningsdatum.GeplandBw],
        Vergadersoort.Directieteam => [Planningsdatum.GeplandDt],
        Vergadersoort.OndernemingsRaad => [Planningsdatum.GeplandOr, nameof(Voorstel.GeplandOrNaBw)],
        _ => [Planningsdatum.GeplandRaad],
    };

    /// <summary>The body whose meeting a planned date names (the inverse of <see cref="Planningsdatums"/>).</summary>
    public static Vergadersoort Soort(string planningsdatum) =>
        Enum.GetValues<Vergadersoort>().First(s => Planningsdatums(s).Contains(planningsdatum));

    public static string Naam(Vergadersoort soort) => soort switch
    {
        Vergadersoort.College => "College van B&W",
        Vergadersoort.Directieteam => "Directieteam",
        Vergadersoort.OndernemingsRaad => "Ondernemingsraad",
        _ => "Gemeenteraad",
    };

    /// <summary>The body as a sentence names it: "het college van B&amp;W", "de ondernemingsraad".</summary>
    public static string Orgaan(Vergadersoort soort) => VergaderingVerplaatst.Orgaannaam(Planningsdatums(soort)[0]);

    /// <summary>The proposal's date for one of <see cref="Planningsdatums"/>.</summary>
    public static DateOnly? Gepland(Voorstel v, string planningsdatum) =>
        planningsdatum == nameof(Voorstel.GeplandOrNaBw) ? v.GeplandOrNaBw : Planningsdatum.Van(v, planningsdatum);

    private async Task<List<Voorstel>> OnderwegAsync(Vergadersoort soort, DateOnly datum, CancellationToken ct)
    {
        var q = db.Voorstellen.AsNoTracking();
        q = soort switch
        {
            Vergadersoort.College => q.Where(v => v.GeplandBw == datum),
            Vergadersoort.Directieteam => q.Where(v => v.GeplandDt == datum),
            Vergadersoort.OndernemingsRaad => q.Where(v => v.GeplandOr == datum || v.GeplandOrNaBw == datum),
            _ => q.Where(v => v.GeplandRaad == datum),
        };
        var kandidaten = await q.Include(v => v.Taken.OrderBy(t => t.Id)).OrderBy(v => v.Id).AsSplitQuery().ToListAsync(ct);
        var onderweg = new List<Voorstel>();
        foreach (var v in kandidaten)
            if (!v.IsBeeindigd(await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie, ct))) onderweg.Add(v);
        return onderweg;
    }

    /// <summary>What would move with the meeting: the proposals under way planned on it (concepts too).</summary>
    public async Task<GeplandeVoorstellen> GeplandeVoorstellenAsync(Vergaderdatum vergadering, Actor actor, DateOnly vandaag,
        CancellationToken ct = default)
    {
        var zichtbaar = new List<GeplandVoorstel>();
        var overig = 0;
        foreach (var v in await OnderwegAsync(vergadering.Soort, vergadering.Datum, ct))
        {
            if (!v.MagZien(actor, vandaag))
            {
                overig++;
                continue;
            }
            var definitie = await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie, ct);
            zichtbaar.Add(new GeplandVoorstel(v.Id, v.Registratienummer, v.Onderwerp, v.StellerNaam, definitie.StatusTitel(v.Status)));
        }
        return new GeplandeVoorstellen(zichtbaar, overig);
    }

    /// <summary>Whether another meeting of the same body is on that date already (cancelled ones too: the date is taken).</summary>
    public Task<bool> BezetAsync(Vergaderdatum vergadering, DateOnly datum, CancellationToken ct = default) =>
        db.Vergaderkalender.AnyAsync(m => m.Soort == vergadering.Soort && m.Datum == datum && m.Id != vergadering.Id, ct);

    /// <summary>The next meeting of the same body that goes ahead: where a cancelled meeting's proposals go.</summary>
    public Task<Vergaderdatum?> VolgendeAsync(Vergaderdatum vergadering, CancellationToken ct = default) =>
        db.Vergaderkalender.AsNoTracking()
            .Where(m => m.Soort == vergadering.Soort && m.Datum > vergadering.Datum && m.Status != Vergaderstatus.Geannuleerd && m.Id != vergadering.Id)
            .OrderBy(m => m.Datum).FirstOrDefaultAsync(ct);

    /// <summary>Moves the meeting (or changes its time, closing date or location) and its proposals; returns how many moved.</summary>
    public Task<int> VerplaatsAsync(Vergaderdatum vergadering, DateOnly datum, TimeOnly aanvang, DateOnly sluitingsdatum, string? locatie,
        string reden, Actor actor, CancellationToken ct = default)
    {
        if (vergadering.IsGeannuleerd) throw new VoorstelFout("Deze vergadering is geannuleerd en kan niet meer worden verplaatst.");
        var verplaatst = datum != vergadering.Datum || aanvang != vergadering.Aanvang;
        return HerplanAsync(vergadering, datum, () =>
        {
            if (verplaatst) vergadering.Verplaats(datum, aanvang, sluitingsdatum, reden);
            vergadering.Sluitingsdatum = sluitingsdatum;
            vergadering.Locatie = string.IsNullOrWhiteSpace(locatie) ? null : locatie.Trim();
        }, verplaatst ? $"Vergadering verplaatst naar {Voorsteldocument.Datum(datum)} om {aanvang:HH\\:mm}: {reden.Trim()}"
            : $"Sluitingsdatum of locatie van de vergadering gewijzigd: {reden.Trim()}", reden, actor, ct);
    }

    /// <summary>Cancels the meeting; its proposals go to the next meeting of the same body. Returns how many moved, and where.</summary>
    public async Task<(int Aantal, Vergaderdatum? Naar)> AnnuleerAsync(Vergaderdatum vergadering, string reden, Actor actor,
        CancellationToken ct = default)
    {
        if (vergadering.IsGeannuleerd) throw new VoorstelFout("Deze vergadering is al geannuleerd.");
        var volgende = await VolgendeAsync(vergadering, ct);
        if (volgende is null && (await OnderwegAsync(vergadering.Soort, vergadering.Datum, ct)).Count > 0)
            throw new VoorstelFout($"Er is na deze vergadering geen volgende vergadering van {Orgaan(vergadering.Soort)} " +
                                   "om de geplande voorstellen naartoe te verplaatsen. Voeg die eerst toe.");
        var aantal = await HerplanAsync(vergadering, volgende?.Datum ?? vergadering.Datum, () => vergadering.Annuleer(reden),
            $"Vergadering geannuleerd: {reden.Trim()}", reden, actor, ct);
        return (aantal, volgende);
    }

    /// <param name="agendaregel">What the meeting's own agenda logs about the change (when that agenda is stored).</param>
    private async Task<int> HerplanAsync(Vergaderdatum vergadering, DateOnly naar, Action wijzig, string agendaregel, string reden,
        Actor actor, CancellationToken ct)
    {
        var was = vergadering.Datum;
        var gewijzigd = new List<(Voorstel Voorstel, Domeingebeurtenissen Gebeurtenissen)>();
        try
        {
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                wijzig();
                await agendas.NoteerVergaderingAsync(vergadering, agendaregel, actor, ct);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
                {
                    throw new VoorstelFout($"Er is al een vergadering van {Orgaan(vergadering.Soort)} op die datum.");
                }
                if (naar != was)
                    foreach (var id in (await OnderwegAsync(vergadering.Soort, was, ct)).Select(v => v.Id))
                    {
                        // Loaded as every other change loads it (with its timeline), through the same service.
                        var v = await voorstellen.LaadAsync(id, ct) ?? throw new VoorstelFout("Een voorstel op deze vergadering bestaat niet meer.");
                        var ctx = await voorstellen.ContextZonderRouteringAsync(v, actor, ct);
                        // The meetings as they are now (this one moved or cancelled), up to the B&W meeting the proposal
                        // will be on: the planning the open tasks' deadlines are derived from anew.
                        ctx = ctx with { Vergaderingen = await voorstellen.VergaderingenAsync(v, ct,
                            vergadering.Soort == Vergadersoort.College ? naar : null) };
                        foreach (var naam in Planningsdatums(vergadering.Soort).Where(n => Gepland(v, n) == was))
                            v.VerplaatsNaarVergadering(naam, naar, reden, ctx);
                        await voorstellen.OpslaanAsync(ct);
                        var gebeurtenissen = v.NeemDomeingebeurtenissen();
                        await agendas.NoteerVerplaatsingenAsync(v, gebeurtenissen, actor, ct);
                        await mail.SchrijfAsync(v, gebeurtenissen, ctx, ct);
                        termijnen.Noteer(db, gebeurtenissen, ctx.Definitie);
                        await db.SaveChangesAsync(ct);
                        gewijzigd.Add((v, gebeurtenissen));
                    }
                await tx.CommitAsync(ct);
            }
        }
        catch
        {
            // Rolled back: nothing the tracker holds (the meeting, the proposals) may pass for saved.
            db.ChangeTracker.Clear();
            throw;
        }
        mailSignaal.Wek();
        termijnSignaal.Wek();
        return gewijzigd.Count;
    }
}
