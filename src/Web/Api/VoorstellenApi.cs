using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Api;

/// <summary>
/// <c>/api/v1/voorstellen</c>: proposals with their status, step, holders of the open tasks, planned meetings and
/// timeline, only those the caller may see (<see cref="ZichtbaarAsync"/>: <see cref="Voorstel.MagZien"/>, the UI's rule);
/// and POST, by which a system creates a draft for a steller through <see cref="VoorstelDienst.MaakConceptAsync"/>.
/// </summary>
public static class VoorstellenApi
{
    public const string Pad = "/api/v1/voorstellen";
    public const string IdempotentieKop = "Idempotency-Key";

    public static void Map(RouteGroupBuilder v1)
    {
        var lezen = v1.MapGroup("").RequireAuthorization(ApiScopes.Beleid(ApiScopes.VoorstellenLezen));
        lezen.MapGet("/voorstellen", LijstAsync).WithName("Voorstellen").WithTags("Voorstellen")
            .WithSummary("Voorstellen die deze client of gebruiker mag zien, laatst gewijzigd eerst")
            .WithDescription("Filters: status (de stap, bijvoorbeeld CollegeVanBW), project en afdeling (id), gewijzigdSinds "
                             + $"(jjjj-mm-ddTuu:mm:ssZ); pagina (vanaf 1) en paginagrootte (1 tot en met {ApiAntwoord.MaxPaginagrootte}).")
            .Produces<Voorstellenpagina>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces(StatusCodes.Status304NotModified);
        lezen.MapGet("/voorstellen/{sleutel}", EenAsync).WithName("Voorstel").WithTags("Voorstellen")
            .WithSummary("Eén voorstel met zijn tijdlijn, op registratienummer of id")
            .Produces<ApiVoorstel>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces(StatusCodes.Status304NotModified);
        v1.MapPost("/voorstellen", MaakAsync).RequireAuthorization(ApiScopes.Beleid(ApiScopes.VoorstellenSchrijven))
            .WithName("VoorstelAanmaken").WithTags("Voorstellen")
            .WithSummary("Een conceptvoorstel aanmaken voor een steller")
            .WithDescription($"Het concept staat daarna bij de steller onder Mijn voorstellen. Met een {IdempotentieKop}-kop geeft "
                             + "hetzelfde verzoek met dezelfde sleutel hetzelfde voorstel terug in plaats van een tweede.")
            .Accepts<NieuwVoorstel>("application/json")
            .Produces<ApiVoorstel>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static DateOnly Vandaag(TimeProvider klok) => DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

    /// <summary>
    /// The proposals <paramref name="aanroeper"/> may see among <paramref name="q"/>: those <see cref="Voorstel.MagZien"/>
    /// allows, and for a client-credentials token also the drafts this client created. The database narrows to the
    /// candidates (submitted, the actor's own or deputised drafts, the client's drafts); the domain decides.
    /// </summary>
    public static async Task<List<Voorstel>> ZichtbaarAsync(BesluitvormingDbContext db, IQueryable<Voorstel> q, ApiAanroeper aanroeper,
        DateOnly vandaag, CancellationToken ct = default)
    {
        var eigen = aanroeper.Actor.VervangtVoor.Append(aanroeper.Actor.Id).ToList();
        var client = aanroeper.ClientId;
        var vanClient = client is null ? [] : await db.ApiAuditregels
            .Where(r => r.ClientId == client && r.Soort == ApiAuditsoort.ApiSchrijfactie && r.VoorstelId != null)
            .Select(r => r.VoorstelId!.Value).Distinct().ToListAsync(ct);
        var kandidaten = await q.Where(v => v.Registratienummer != null || eigen.Contains(v.StellerId) || vanClient.Contains(v.Id))
            .Include(v => v.Taken).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        return kandidaten.Where(v => v.MagZien(aanroeper.Actor, vandaag) || vanClient.Contains(v.Id)).ToList();
    }

    private static async Task<IResult> LijstAsync(HttpContext http, BesluitvormingDbContext db, WorkflowRegister workflows,
        TimeProvider klok, [FromQuery] string? pagina, [FromQuery] string? paginagrootte, [FromQuery] string? status,
        [FromQuery] string? project, [FromQuery] string? afdeling, [FromQuery] string? gewijzigdSinds, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        var (nr, grootte) = ApiAntwoord.Paginering(pagina, paginagrootte, fouten);
        var projectId = ApiAntwoord.Getal(project, 0, 1, int.MaxValue, nameof(project), "Project is het id van een project (een geheel getal).", fouten);
        var afdelingId = ApiAntwoord.Getal(afdeling, 0, 1, int.MaxValue, nameof(afdeling), "Afdeling is het id van een afdeling (een geheel getal).", fouten);
        DateTime? sinds = null;
        if (gewijzigdSinds is not null)
        {
            if (DateTimeOffset.TryParse(gewijzigdSinds, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
                sinds = t.UtcDateTime;
            else fouten[nameof(gewijzigdSinds)] = ["GewijzigdSinds is een tijdstip als 2026-01-31T09:00:00Z."];
        }
        var definitie = await workflows.NieuwsteAsync(VoorstelDienst.Workflow, ct);
        if (status is not null && definitie.Statussen.All(s => s.Naam != status))
            fouten[nameof(status)] = [$"Status is een van: {string.Join(", ", definitie.Statussen.Select(s => s.Naam))}."];
        if (fouten.Count > 0)
            return TypedResults.ValidationProblem(fouten, title: "Ongeldige zoekvraag", detail: "Een of meer filters zijn ongeldig.");

        var q = db.Voorstellen.AsQueryable();
        if (status is not null) q = q.Where(v => v.Status == status);
        if (project is not null) q = q.Where(v => v.ProjectId == projectId);
        if (afdeling is not null) q = q.Where(v => v.AfdelingId == afdelingId);
        if (sinds is { } s0) q = q.Where(v => v.Gebeurtenissen.Any(g => g.Tijdstip >= s0));
        var aanroeper = await ApiAanroeper.VanAsync(db, http.User, ct);
        var zichtbaar = await ZichtbaarAsync(db, q, aanroeper, Vandaag(klok), ct);
        var gewijzigd = await LaatstGewijzigdAsync(db, zichtbaar.Select(v => v.Id).ToList(), ct);
        var pagina1 = zichtbaar.OrderByDescending(v => gewijzigd.GetValueOrDefault(v.Id)).ThenByDescending(v => v.Id)
            .Skip(ApiAntwoord.Overslaan(nr, grootte)).Take(grootte).ToList();
        var (volgende, vorige) = ApiAntwoord.Paginas(http, Pad, nr, grootte, zichtbaar.Count,
            [new("status", status), new("project", project), new("afdeling", afdeling), new("gewijzigdSinds", gewijzigdSinds)]);
        var vormen = await VormAsync(http, db, workflows, pagina1, gewijzigd, metTijdlijn: false, ct);
        return ApiAntwoord.MetEtag(http, new Voorstellenpagina(zichtbaar.Count, volgende, vorige, vormen));
    }

    private static async Task<IResult> EenAsync(HttpContext http, BesluitvormingDbContext db, WorkflowRegister workflows,
        TimeProvider klok, string sleutel, CancellationToken ct)
    {
        var q = int.TryParse(sleutel, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? db.Voorstellen.Where(v => v.Id == id)
            : db.Voorstellen.Where(v => v.Registratienummer == sleutel);
        var gevonden = await ZichtbaarAsync(db, q, await ApiAanroeper.VanAsync(db, http.User, ct), Vandaag(klok), ct);
        if (gevonden.Count == 0)
            return ApiFouten.Probleem(StatusCodes.Status404NotFound, "Niet gevonden",
                $"Er is geen voorstel '{sleutel}' dat deze client mag zien.");
        return ApiAntwoord.MetEtag(http, await EenVormAsync(http, db, workflows, gevonden[0], ct));
    }

    private static async Task<ApiVoorstel> EenVormAsync(HttpContext http, BesluitvormingDbContext db, WorkflowRegister workflows,
        Voorstel v, CancellationToken ct)
    {
        var gewijzigd = await LaatstGewijzigdAsync(db, [v.Id], ct);
        return (await VormAsync(http, db, workflows, [v], gewijzigd, metTijdlijn: true, ct))[0];
    }

    private static async Task<Dictionary<int, DateTime>> LaatstGewijzigdAsync(BesluitvormingDbContext db, List<int> ids, CancellationToken ct) =>
        (await db.Gebeurtenissen.Where(g => ids.Contains(g.VoorstelId)).GroupBy(g => g.VoorstelId)
            .Select(g => new { g.Key, Laatst = g.Max(x => x.Tijdstip) }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Laatst);

    private static async Task<List<ApiVoorstel>> VormAsync(HttpContext http, BesluitvormingDbContext db, WorkflowRegister workflows,
        List<Voorstel> voorstellen, Dictionary<int, DateTime> gewijzigd, bool metTijdlijn, CancellationToken ct)
    {
        var projectIds = voorstellen.Select(v => v.ProjectId).OfType<int>().Distinct().ToList();
        var afdelingIds = voorstellen.Select(v => v.AfdelingId).Distinct().ToList();
        var projecten = await db.Projecten.Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Naam, ct);
        var afdelingen = await db.Afdelingen.Where(a => afdelingIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Naam, ct);
        var ids = voorstellen.Select(v => v.Id).ToList();
        var tijdlijnen = metTijdlijn
            ? (await db.Gebeurtenissen.AsNoTracking().Where(g => ids.Contains(g.VoorstelId)).OrderBy(g => g.Tijdstip).ThenBy(g => g.Id)
                .ToListAsync(ct)).ToLookup(g => g.VoorstelId)
            : null;
        var uit = new List<ApiVoorstel>(voorstellen.Count);
        foreach (var v in voorstellen)
        {
            var definitie = await workflows.VersieAsync(v.WorkflowNaam, v.WorkflowVersie, ct);
            uit.Add(new ApiVoorstel(
                ApiAntwoord.Adres(http, $"{Pad}/{v.Id}"), v.Id, v.Registratienummer, v.Onderwerp, v.Registratienummer is null,
                v.Status, definitie.StatusTitel(v.Status), Utc(v.StatusSinds),
                v.ProjectId, v.ProjectId is { } p ? projecten.GetValueOrDefault(p) : null, v.AfdelingId, afdelingen.GetValueOrDefault(v.AfdelingId),
                v.StellerNaam, v.Openbaarheid?.ToString().ToLowerInvariant(),
                v.Taken.Where(t => t.IsOpen).OrderBy(t => t.Id)
                    .Select(t => new ApiTaak(t.Soort, t.Status, definitie.StatusTitel(t.Status), t.HouderNaam, t.Deadline)).ToList(),
                new ApiGeplandeVergaderingen(v.GeplandDt, v.GeplandOr, v.GeplandBw, v.GeplandOrNaBw, v.GeplandRaad),
                Utc(gewijzigd.TryGetValue(v.Id, out var w) ? w : v.AangemaaktOp),
                tijdlijnen?[v.Id].Select(g => new ApiGebeurtenis(Utc(g.Tijdstip), g.Soort, g.Omschrijving, g.ActorNaam,
                    g.VanStatus, g.NaarStatus, g.Reden)).ToList()));
        }
        return uit;
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    // ---- Creating a draft -----------------------------------------------------------------------------------

    private static async Task<IResult> MaakAsync(HttpContext http, BesluitvormingDbContext db, VoorstelDienst dienst,
        WorkflowRegister workflows, [FromBody] NieuwVoorstel? invoer, CancellationToken ct)
    {
        var client = ApiAanroeper.Client(http.User);
        var sleutelTekst = http.Request.Headers[IdempotentieKop].ToString();
        var fouten = new Dictionary<string, string[]>();
        if (sleutelTekst.Length > 200) fouten[IdempotentieKop] = [$"De {IdempotentieKop} is ten hoogste 200 tekens."];
        // Same client and same key: the same proposal, whoever it is for. Another client's key never reaches it.
        var sleutel = sleutelTekst.Length is > 0 and <= 200 ? Sleutel(client, sleutelTekst) : Guid.Empty;
        if (sleutel != Guid.Empty && await db.Voorstellen.Where(v => v.AanmaakSleutel == sleutel).Select(v => (int?)v.Id)
                .SingleOrDefaultAsync(ct) is { } bestaand)
            return await GemaaktAsync(http, db, dienst, workflows, bestaand, ct);

        if (invoer is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Stuur het voorstel als JSON-object mee."] },
                title: "Ongeldig voorstel", detail: "Het voorstel is niet aangemaakt.");
        var steller = await StellerAsync(db, invoer.Steller, fouten, ct);
        // A token that acts for a user writes only that user's own drafts; a system may write for any steller.
        if (steller is not null && (await ApiAanroeper.VanAsync(db, http.User, ct)) is { ClientId: null } gebruiker && gebruiker.Actor.Id != steller.Id)
            fouten["steller"] = ["Met een token namens een gebruiker maakt u alleen een concept voor uzelf."];
        if (string.IsNullOrWhiteSpace(invoer.Onderwerp)) fouten["onderwerp"] = ["Vul het onderwerp in."];
        if (invoer.Afdeling is not { } afdeling) fouten["afdeling"] = ["Vul de afdeling in (het id van de afdeling waar het voorstel vandaan komt)."];
        else if (!await db.Afdelingen.AnyAsync(a => a.Id == afdeling, ct)) fouten["afdeling"] = [$"Er is geen afdeling met id {afdeling}."];
        if (invoer.Project is { } project && !await db.Projecten.AnyAsync(p => p.Id == project, ct))
            fouten["project"] = [$"Er is geen project met id {project}."];
        var inhoud = new VoorstelInhoud
        {
            Onderwerp = invoer.Onderwerp?.Trim(), AfdelingId = invoer.Afdeling ?? 0, ProjectId = invoer.Project,
            Programma = invoer.Programma?.Trim(), Portefeuillehouder = invoer.Portefeuillehouder?.Trim(),
            SamenvattingWatEnWaarom = invoer.Samenvatting, Aanleiding = invoer.Aanleiding, GeplandBw = invoer.GeplandCollege,
            Dictum = invoer.Dictum ?? [],
        };
        // The domain's own checks (lengths), field by field, as the form shows them.
        foreach (var (veld, melding) in Voorstel.ControleerInhoud(inhoud)) fouten.TryAdd(Veldnaam(veld), [melding]);
        if (fouten.Count > 0)
            return TypedResults.ValidationProblem(fouten, title: "Ongeldig voorstel", detail: "Het voorstel is niet aangemaakt. Verbeter de genoemde velden.");

        var (voorstel, _) = await dienst.MaakConceptAsync(sleutel, inhoud, steller, ct);
        return await GemaaktAsync(http, db, dienst, workflows, voorstel.Id, ct);
    }

    private static async Task<IResult> GemaaktAsync(HttpContext http, BesluitvormingDbContext db, VoorstelDienst dienst,
        WorkflowRegister workflows, int id, CancellationToken ct)
    {
        http.Items[ApiAudit.VoorstelSleutel] = id;
        var voorstel = await dienst.LaadAsync(id, ct) ?? throw new InvalidOperationException("Het voorstel is net aangemaakt.");
        var vorm = await EenVormAsync(http, db, workflows, voorstel, ct);
        return TypedResults.Created(vorm.Url, vorm);
    }

    private static async Task<Actor?> StellerAsync(BesluitvormingDbContext db, string? wie, Dictionary<string, string[]> fouten, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(wie))
        {
            fouten["steller"] = ["Vul de steller in (e-mailadres of gebruikersnaam)."];
            return null;
        }
        var gezocht = wie.Trim().ToUpperInvariant();
        var id = await db.Users.Where(u => u.NormalizedEmail == gezocht || u.NormalizedUserName == gezocht).Select(u => u.Id)
            .FirstOrDefaultAsync(ct);
        var actor = id is null ? null : await Organisatie.ActorLader.LaadAsync(db, id, ct);
        if (actor is null) fouten["steller"] = [$"Er is geen gebruiker '{wie.Trim()}'."];
        else if (!actor.HeeftRol(Rollen.Steller)) fouten["steller"] = [$"{actor.Naam} is geen (actieve) steller en kan geen voorstel opstellen."];
        return actor is not null && actor.HeeftRol(Rollen.Steller) ? actor : null;
    }

    /// <summary>The domain's field names (Onderwerp) as the API's JSON members (onderwerp).</summary>
    private static string Veldnaam(string veld) => veld switch
    {
        nameof(VoorstelInhoud.SamenvattingWatEnWaarom) => "samenvatting",
        nameof(VoorstelInhoud.GeplandBw) => "geplandCollege",
        _ => char.ToLowerInvariant(veld[0]) + veld[1..],
    };

    /// <summary>The draft's AanmaakSleutel for this client's Idempotency-Key: the form's own double-submit guard does the rest.</summary>
    private static Guid Sleutel(string client, string sleutel) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"api\n{client}\n{sleutel}"))[..16]);
}

/// <summary>One page of proposals (count, next, previous, results).</summary>
public sealed record Voorstellenpagina(int Count, string? Next, string? Previous, IReadOnlyList<ApiVoorstel> Results);

/// <summary>
/// A proposal as the API shows it. <c>status</c> is the step's code (the filter's value), <c>stap</c> its title;
/// <c>concept</c> true while it has no registratienummer; <c>tijdlijn</c> only on the single resource.
/// </summary>
public sealed record ApiVoorstel(string Url, int Id, string? Registratienummer, string Onderwerp, bool Concept, string Status,
    string Stap, DateTime StatusSinds, int? ProjectId, string? Project, int AfdelingId, string? Afdeling, string Steller,
    string? Openbaarheid, IReadOnlyList<ApiTaak> OpenTaken, ApiGeplandeVergaderingen GeplandeVergaderingen, DateTime GewijzigdOp,
    IReadOnlyList<ApiGebeurtenis>? Tijdlijn);

/// <summary>An open task: what (soort), in which step, who holds it and by when.</summary>
public sealed record ApiTaak(string Soort, string Status, string Stap, string Houder, DateOnly? Deadline);

/// <summary>The meetings the proposal is planned for (the header's DT | OR | B&amp;W | OR | Raad row).</summary>
public sealed record ApiGeplandeVergaderingen(DateOnly? Directieteam, DateOnly? Ondernemingsraad, DateOnly? College,
    DateOnly? OndernemingsraadNaCollege, DateOnly? Gemeenteraad);

/// <summary>One line of the timeline.</summary>
public sealed record ApiGebeurtenis(DateTime Tijdstip, string Soort, string Omschrijving, string Door, string? VanStatus,
    string? NaarStatus, string? Reden);

/// <summary>
/// A draft a system creates for a steller: <c>steller</c> (e-mail address or username of a steller), <c>onderwerp</c>,
/// <c>afdeling</c> (id) required; the rest optional.
/// </summary>
public sealed record NieuwVoorstel(string? Steller, string? Onderwerp, int? Afdeling, int? Project, string? Programma,
    string? Portefeuillehouder, string? Samenvatting, string? Aanleiding, DateOnly? GeplandCollege, IReadOnlyList<string>? Dictum);
