using Besluitvorming.Web.Agendering;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Api;

/// <summary>
/// <c>/api/v1/vergaderingen</c>: the meeting calendar and, per meeting, its agenda once fixed (vastgesteld), as
/// <see cref="AgendaDienst"/> builds it for the secretary. Only what may be known outside: an item of a proposal that
/// is not public (yet) keeps its number and place but not its onderwerp; bijlagen are never part of it.
/// </summary>
public static class VergaderingenApi
{
    public const string Pad = "/api/v1/vergaderingen";

    public static void Map(RouteGroupBuilder v1)
    {
        var lezen = v1.MapGroup("").RequireAuthorization(ApiScopes.Beleid(ApiScopes.VergaderingenLezen));
        lezen.MapGet("/vergaderingen", LijstAsync).WithName("Vergaderingen").WithTags("Vergaderingen")
            .WithSummary("Vergaderingen op datum")
            .WithDescription("Filters: soort (college, directieteam, ondernemingsraad of gemeenteraad), vanaf en tot (jjjj-mm-dd); "
                             + $"pagina (vanaf 1) en paginagrootte (1 tot en met {ApiAntwoord.MaxPaginagrootte}).")
            .Produces<Vergaderingenpagina>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces(StatusCodes.Status304NotModified);
        lezen.MapGet("/vergaderingen/{id}", EenAsync).WithName("Vergadering").WithTags("Vergaderingen")
            .WithSummary("Eén vergadering met haar agenda")
            .Produces<ApiVergadering>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces(StatusCodes.Status304NotModified);
    }

    private static readonly Dictionary<string, Vergadersoort> Soorten = new()
    {
        ["college"] = Vergadersoort.College,
        ["directieteam"] = Vergadersoort.Directieteam,
        ["ondernemingsraad"] = Vergadersoort.OndernemingsRaad,
        ["gemeenteraad"] = Vergadersoort.Gemeenteraad,
    };

    private static string Soort(Vergadersoort s) => Soorten.First(kv => kv.Value == s).Key;

    private static async Task<IResult> LijstAsync(HttpContext http, BesluitvormingDbContext db, [FromQuery] string? pagina,
        [FromQuery] string? paginagrootte, [FromQuery] string? soort, [FromQuery] string? vanaf, [FromQuery] string? tot, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        var (nr, grootte) = ApiAntwoord.Paginering(pagina, paginagrootte, fouten);
        var van = ApiAntwoord.Datum(vanaf, nameof(vanaf), fouten);
        var totEnMet = ApiAntwoord.Datum(tot, nameof(tot), fouten);
        if (van is { } a && totEnMet is { } b && a > b) fouten[nameof(tot)] = ["Tot ligt voor vanaf."];
        Vergadersoort? gekozen = null;
        if (soort is not null)
        {
            if (Soorten.TryGetValue(soort, out var s)) gekozen = s;
            else fouten[nameof(soort)] = ["Soort is college, directieteam, ondernemingsraad of gemeenteraad."];
        }
        if (fouten.Count > 0)
            return TypedResults.ValidationProblem(fouten, title: "Ongeldige zoekvraag", detail: "Een of meer filters zijn ongeldig.");

        var q = db.Vergaderkalender.AsNoTracking();
        if (gekozen is { } g) q = q.Where(m => m.Soort == g);
        if (van is { } v0) q = q.Where(m => m.Datum >= v0);
        if (totEnMet is { } t0) q = q.Where(m => m.Datum <= t0);
        var totaal = await q.CountAsync(ct);
        var rijen = await q.OrderBy(m => m.Datum).ThenBy(m => m.Aanvang).ThenBy(m => m.Id)
            .Skip(ApiAntwoord.Overslaan(nr, grootte)).Take(grootte).ToListAsync(ct);
        var vastgesteld = await VastgesteldAsync(db, rijen.Select(m => m.Id).ToList(), ct);
        var (volgende, vorige) = ApiAntwoord.Paginas(http, Pad, nr, grootte, totaal,
            [new("soort", soort), new("vanaf", vanaf), new("tot", tot)]);
        return ApiAntwoord.MetEtag(http, new Vergaderingenpagina(totaal, volgende, vorige,
            rijen.Select(m => Vorm(http, m, vastgesteld.Contains(m.Id), null)).ToList()));
    }

    private static async Task<HashSet<int>> VastgesteldAsync(BesluitvormingDbContext db, List<int> ids, CancellationToken ct) =>
        (await db.Agendas.Where(a => ids.Contains(a.VergaderingId) && a.VastgesteldOp != null).Select(a => a.VergaderingId)
            .ToListAsync(ct)).ToHashSet();

    private static async Task<IResult> EenAsync(HttpContext http, BesluitvormingDbContext db, AgendaDienst agendas, TimeProvider klok,
        string id, CancellationToken ct)
    {
        var m = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nr)
            ? await db.Vergaderkalender.AsNoTracking().SingleOrDefaultAsync(x => x.Id == nr, ct)
            : null;
        if (m is null)
            return ApiFouten.Probleem(StatusCodes.Status404NotFound, "Niet gevonden", $"Er is geen vergadering met id {id}.");
        var beeld = await agendas.LaadAsync(m.Id, ct: ct);
        ApiAgenda? agenda = null;
        if (beeld is { IsVastgesteld: true })
        {
            var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
            var ids = beeld.Punten.Select(p => p.Voorstel.Id).ToList();
            var openbaar = (await db.Voorstellen.AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(ct))
                .Where(v => v.IsOpenbaarOp(vandaag)).Select(v => v.Id).ToHashSet();
            agenda = new ApiAgenda(true, DateTime.SpecifyKind(beeld.Agenda!.VastgesteldOp!.Value, DateTimeKind.Utc), beeld.Aanvang,
                beeld.Punten.Select(p => new ApiAgendapunt(p.Volgnummer, p.Hamerstuk ? "hamerstuk" : "bespreekstuk",
                    p.Voorstel.Registratienummer, openbaar.Contains(p.Voorstel.Id) ? p.Voorstel.Onderwerp : null,
                    openbaar.Contains(p.Voorstel.Id),
                    p.BeslotenInVergadering && openbaar.Contains(p.Voorstel.Id) ? p.Voorstel.Uitkomst : null)).ToList());
        }
        else if (beeld is not null) agenda = new ApiAgenda(false, null, null, []);
        return ApiAntwoord.MetEtag(http, Vorm(http, m, beeld?.IsVastgesteld == true, agenda));
    }

    private static ApiVergadering Vorm(HttpContext http, Vergaderdatum m, bool vastgesteld, ApiAgenda? agenda) => new(
        ApiAntwoord.Adres(http, $"{Pad}/{m.Id}"), m.Id, Soort(m.Soort), Vergaderplanning.Naam(m.Soort), m.Datum,
        m.Aanvang == TimeOnly.MinValue ? null : m.Aanvang, m.Sluitingsdatum, m.Locatie, m.Status.ToString().ToLowerInvariant(),
        m.OorspronkelijkeDatum, vastgesteld, agenda);
}

/// <summary>One page of meetings (count, next, previous, results).</summary>
public sealed record Vergaderingenpagina(int Count, string? Next, string? Previous, IReadOnlyList<ApiVergadering> Results);

/// <summary>
/// A meeting. <c>status</c> is gepland, verplaatst or geannuleerd; <c>agendaVastgesteld</c> whether its agenda is
/// fixed; <c>agenda</c> only on the single resource, and null for a body without agendas here (the OR).
/// </summary>
public sealed record ApiVergadering(string Url, int Id, string Soort, string Orgaan, DateOnly Datum, TimeOnly? Aanvang,
    DateOnly Sluitingsdatum, string? Locatie, string Status, DateOnly? OorspronkelijkeDatum, bool AgendaVastgesteld, ApiAgenda? Agenda);

/// <summary>The agenda: its items only once it is fixed (vastgesteld); before that it is the secretary's working copy.</summary>
public sealed record ApiAgenda(bool Vastgesteld, DateTime? VastgesteldOp, TimeOnly? Aanvang, IReadOnlyList<ApiAgendapunt> Punten);

/// <summary>
/// An item: <c>behandeling</c> hamerstuk or bespreekstuk; <c>onderwerp</c> null while the proposal is not public;
/// <c>uitkomst</c> once the meeting decided on it, for a public proposal only.
/// </summary>
public sealed record ApiAgendapunt(int Volgnummer, string Behandeling, string? Registratienummer, string? Onderwerp, bool Openbaar,
    string? Uitkomst);
