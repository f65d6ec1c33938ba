using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Openbaar;

/// <summary>
/// The one door to what the public area (/Openbaar) may show: published decisions (<see cref="Voorstel.GepubliceerdOp"/>)
/// of public proposals, with their public bijlagen. Every public page and feed reads through here, so nothing that is
/// not published can be reached by any of their URLs. Staff data (names of stellers and advisors, remarks, the timeline)
/// is never selected.
/// </summary>
public static class OpenbareBesluiten
{
    public const string College = "college";
    public const string Raad = "raad";

    /// <summary>Published, public, and published on or before today (a publication is never dated ahead, but never trust a date).</summary>
    public static IQueryable<Voorstel> Gepubliceerd(BesluitvormingDbContext db, DateOnly vandaag) =>
        db.Voorstellen.AsNoTracking().Where(v => v.GepubliceerdOp != null && v.GepubliceerdOp <= vandaag
            && v.Registratienummer != null && v.Collegebesluit != null
            && (v.Openbaarheid == Openbaarheid.Ja || v.Openbaarheid == Openbaarheid.Uitgesteld));

    /// <summary>A public bijlage: its own flag and the proposal's "bijlagen openbaar" both say ja.</summary>
    public static IQueryable<Bijlage> PubliekeBijlagen(BesluitvormingDbContext db, IQueryable<Voorstel> voorstellen) =>
        db.Bijlagen.AsNoTracking().Where(b => b.Openbaar == true
            && voorstellen.Any(v => v.Id == b.VoorstelId && v.BijlagenOpenbaar == true));

    public static async Task<(IReadOnlyList<OpenbaarBesluit> Besluiten, int Totaal)> ZoekAsync(BesluitvormingDbContext db,
        DateOnly vandaag, Zoekvraag vraag, int overslaan, int aantal, CancellationToken ct = default, bool nieuwstePublicatieEerst = false)
    {
        var q = Gepubliceerd(db, vandaag);
        if (vraag.Tekst is { Length: > 0 } tekst)
        {
            var t = tekst.ToLower();
            q = q.Where(v => v.Onderwerp.ToLower().Contains(t) || v.Registratienummer!.ToLower().Contains(t)
                             || v.Collegebesluit!.Besluittekst.ToLower().Contains(t)
                             || (v.Raadsbesluit != null && v.Raadsbesluit.Besluittekst.ToLower().Contains(t)));
        }
        if (vraag.Bestuursorgaan == Raad)
            q = q.Where(v => v.Raadsbesluit != null && v.Raadsbesluit.Uitkomst != RaadUitkomst.Aangehouden);
        else if (vraag.Bestuursorgaan == College)
            q = q.Where(v => v.Raadsbesluit == null || v.Raadsbesluit.Uitkomst == RaadUitkomst.Aangehouden);
        // The date of the decision: the raad's when it decided, else the college's meeting.
        if (vraag.Van is { } van)
            q = q.Where(v => (v.Raadsbesluit != null && v.Raadsbesluit.Uitkomst != RaadUitkomst.Aangehouden
                ? v.Raadsbesluit.Vergaderdatum : v.Collegebesluit!.Vergaderdatum) >= van);
        if (vraag.Tot is { } tot)
            q = q.Where(v => (v.Raadsbesluit != null && v.Raadsbesluit.Uitkomst != RaadUitkomst.Aangehouden
                ? v.Raadsbesluit.Vergaderdatum : v.Collegebesluit!.Vergaderdatum) <= tot);
        if (vraag.Id is { } id) q = q.Where(v => v.Id == id);
        if (vraag.Vergadering is { } vergadering) q = q.Where(v => v.Collegebesluit!.Vergaderdatum == vergadering);

        var totaal = await q.CountAsync(ct);
        var geordend = nieuwstePublicatieEerst
            ? q.OrderByDescending(v => v.GepubliceerdOp).ThenByDescending(v => v.Id)
            : q.OrderByDescending(v => v.Collegebesluit!.Vergaderdatum).ThenBy(v => v.Collegebesluit!.Volgnummer).ThenBy(v => v.Id);
        var rijen = await geordend
            .Skip(overslaan).Take(aantal)
            .Select(v => new Rij(v.Id, v.Registratienummer!, v.Onderwerp, v.Portefeuillehouder, v.GepubliceerdOp!.Value,
                v.Collegebesluit!.Vergaderdatum, v.Collegebesluit.Volgnummer, v.Collegebesluit.Uitkomst, v.Collegebesluit.Besluittekst,
                v.Raadsbesluit == null ? null : v.Raadsbesluit.Vergaderdatum,
                v.Raadsbesluit == null ? null : v.Raadsbesluit.Uitkomst,
                v.Raadsbesluit == null ? null : v.Raadsbesluit.Besluittekst))
            .ToListAsync(ct);
        var ids = rijen.Select(r => r.Id).ToList();
        var bijlagen = (await PubliekeBijlagen(db, Gepubliceerd(db, vandaag)).Where(b => ids.Contains(b.VoorstelId))
                .Select(b => new OpenbareBijlage(b.Id, b.VoorstelId, b.Nr, b.Naam, b.Datum, b.ContentType, b.Grootte))
                .ToListAsync(ct))
            .OrderBy(b => b.Nr).ToLookup(b => b.VoorstelId);
        return (rijen.Select(r => r.Besluit(bijlagen[r.Id].ToList())).ToList(), totaal);
    }

    /// <summary>
    /// What a B&amp;W meeting held over (<see cref="Agendering.Vergaderbesluit"/>), of proposals whose decision is published
    /// since: a held-over item is not a besluit and is never published on its own, so it shows on its meeting's public list
    /// only once the proposal it belongs to is public through <see cref="Gepubliceerd"/>. An item the same meeting decided
    /// on again afterwards is left out.
    /// </summary>
    public static async Task<IReadOnlyList<OpenbaarAangehouden>> AangehoudenAsync(BesluitvormingDbContext db, DateOnly vandaag,
        DateOnly vergadering, CancellationToken ct = default) =>
        await db.Vergaderbesluiten.AsNoTracking()
            .Where(b => b.Soort == Vergadersoort.College && b.Vergaderdatum == vergadering && b.Trigger == Triggers.Aanhouden
                && !db.Vergaderbesluiten.Any(x => x.VoorstelId == b.VoorstelId && x.Soort == b.Soort && x.Vergaderdatum == b.Vergaderdatum && x.Id > b.Id))
            .Join(Gepubliceerd(db, vandaag), b => b.VoorstelId, v => v.Id, (b, v) => new { b, v })
            .OrderBy(x => x.b.Volgnummer).ThenBy(x => x.v.Id)
            .Select(x => new OpenbaarAangehouden(x.v.Id, x.v.Registratienummer!, x.v.Onderwerp, x.b.Volgnummer, x.b.AangehoudenTot))
            .ToListAsync(ct);

    /// <summary>One published decision with its dictum and summary, or null when there is none by that id.</summary>
    public static async Task<(OpenbaarBesluit Besluit, IReadOnlyList<string> Dictum, string? Wat, string? Hoe)?> VindAsync(
        BesluitvormingDbContext db, DateOnly vandaag, int id, CancellationToken ct = default)
    {
        var (lijst, _) = await ZoekAsync(db, vandaag, new Zoekvraag(null, null, null, null) with { Id = id }, 0, 1, ct);
        if (lijst.Count == 0) return null;
        var inhoud = await Gepubliceerd(db, vandaag).Where(v => v.Id == id)
            .Select(v => new { v.Dictum, v.SamenvattingWatEnWaarom, v.SamenvattingHoe }).SingleAsync(ct);
        return (lijst[0], inhoud.Dictum.OrderBy(d => d.Volgorde).Select(d => d.Tekst).ToList(), inhoud.SamenvattingWatEnWaarom,
            inhoud.SamenvattingHoe);
    }

    private sealed record Rij(int Id, string Identificatie, string Onderwerp, string? Portefeuillehouder, DateOnly Publicatiedatum,
        DateOnly Collegevergadering, int? Volgnummer, CollegeUitkomst CollegeUitkomst, string Collegebesluit,
        DateOnly? Raadsvergadering, RaadUitkomst? RaadUitkomst, string? Raadsbesluit)
    {
        public OpenbaarBesluit Besluit(IReadOnlyList<OpenbareBijlage> bijlagen)
        {
            var doorRaad = RaadUitkomst is Besluitvorming.Workflows.Voorstellen.RaadUitkomst.Vastgesteld or Besluitvorming.Workflows.Voorstellen.RaadUitkomst.Verworpen;
            return new OpenbaarBesluit(Id, Identificatie, Onderwerp, Portefeuillehouder,
                doorRaad ? Raad : College,
                doorRaad ? Raadsvergadering!.Value : Collegevergadering,
                Collegevergadering, Volgnummer, Publicatiedatum,
                doorRaad ? RaadUitkomst == Besluitvorming.Workflows.Voorstellen.RaadUitkomst.Vastgesteld ? "vastgesteld" : "verworpen"
                    : CollegeUitkomst switch
                    {
                        Besluitvorming.Workflows.Voorstellen.CollegeUitkomst.Ingestemd => "ingestemd",
                        Besluitvorming.Workflows.Voorstellen.CollegeUitkomst.IngestemdMetWijzigingen => "ingestemd met wijzigingen",
                        _ => "afgewezen",
                    },
                doorRaad ? Raadsbesluit! : Collegebesluit,
                doorRaad ? Collegebesluit : null,
                bijlagen);
        }
    }
}
