using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Besluitvorming.Web.Tests.Fuzz;

/// <summary>
/// Finds every form of the app by browsing as the demo users, then posts seeded bad input to each: every field
/// once, random combinations, everything at once, nothing at all. It records what it saw and what went wrong:
/// a server error, a re-rendered form whose proposal changed anyway, or a save that stored something else than
/// what was posted.
/// </summary>
public sealed partial class Formulierfuzzer(BesluitvormingFabriek fabriek, int zaad)
{
    /// <summary>A form as discovered: who posts it, where, and what a browser would send.</summary>
    public sealed record Formulier(string Gebruiker, string Pagina, string Methode, bool Multipart, string Actie, string Sleutel,
        List<(string Naam, string Waarde)> Velden, List<string> Namen, HashSet<string> Tekstvelden, int? VoorstelId);

    private readonly Random _toeval = new(zaad);
    private readonly Dictionary<string, TestKlant> _klanten = [];
    private readonly Foutlogger _log = Foutlogger.Op(fabriek);
    private readonly HashSet<string> _tekstenGehad = [];

    public int Aantal { get; private set; }
    /// <summary>The answers to the fuzzed posts (and GETs of the GET forms).</summary>
    public SortedDictionary<int, int> Statussen { get; } = [];
    /// <summary>The answers to the pages fetched to discover forms and to check what was stored.</summary>
    public SortedDictionary<int, int> NakijkStatussen { get; } = [];
    public List<string> Fouten { get; } = [];
    public Dictionary<string, SortedDictionary<int, int>> PerFormulier { get; } = [];
    public List<string> Bezocht { get; } = [];
    public Dictionary<string, long> Tijden { get; } = [];

    public async Task<TestKlant> KlantAsync(string? gebruiker)
    {
        var sleutel = gebruiker ?? "(anoniem)";
        if (!_klanten.TryGetValue(sleutel, out var klant))
            _klanten[sleutel] = klant = gebruiker is null ? fabriek.Klant() : await fabriek.IngelogdAlsAsync(gebruiker);
        return klant;
    }

    // ---- Discovery ---------------------------------------------------------------------------------------------

    /// <summary>Browses from the start pages, following links the predicate allows, and returns the forms found.</summary>
    public async Task<List<Formulier>> OntdekAsync(string? gebruiker, IEnumerable<string> start, Func<string, string, bool> volgen,
        Func<string, int?> voorstelVan, int maxPaginas = 40)
    {
        var klant = await KlantAsync(gebruiker);
        var wachtrij = new Queue<string>(start);
        var bezocht = new HashSet<string>();
        var formulieren = new List<Formulier>();
        while (wachtrij.Count > 0 && bezocht.Count < maxPaginas)
        {
            var url = wachtrij.Dequeue();
            // Every proposal, link and rule-set version counts (each offers other actions); elsewhere one page per pattern.
            var perPagina = new[] { "/Voorstellen/", "/Link/", "/Beheer/Regels/" }.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            if (!bezocht.Add(perPagina ? url : Patroon(url))) continue;
            Bezocht.Add($"{gebruiker ?? "anoniem"} {url}");
            var (antwoord, pagina) = await klant.GetAsync(url);
            TelGet((int)antwoord.StatusCode);
            if ((int)antwoord.StatusCode >= 500) Fouten.Add($"GET {url} als {gebruiker ?? "anoniem"}: HTTP {(int)antwoord.StatusCode} {_log.Laatste()}");
            if (antwoord.StatusCode != HttpStatusCode.OK) continue;
            foreach (var form in pagina.QuerySelectorAll<IHtmlFormElement>("form"))
                formulieren.AddRange(Lees(form, url, gebruiker ?? "(anoniem)", voorstelVan, Vandaag()));
            foreach (var a in pagina.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
            {
                var href = WebUtility.HtmlDecode(a.GetAttribute("href")!).Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//") && volgen(url, href)) wachtrij.Enqueue(href);
            }
        }
        return formulieren;
    }

    private DateOnly Vandaag() => DateOnly.FromDateTime(fabriek.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    private static IEnumerable<Formulier> Lees(IHtmlFormElement form, string pagina, string gebruiker, Func<string, int?> voorstelVan,
        DateOnly vandaag)
    {
        var methode = (form.GetAttribute("method") ?? "get").ToLowerInvariant();
        var actie = WebUtility.HtmlDecode(form.GetAttribute("action") is { Length: > 0 } a ? a : pagina);
        if (methode == "post") VulIn(form, vandaag);
        var velden = TestKlant.Velden(form);
        var namen = new List<string>();
        var tekstvelden = new HashSet<string>();
        foreach (var e in form.Elements)
        {
            var naam = e.GetAttribute("name");
            if (string.IsNullOrEmpty(naam) || e is IHtmlButtonElement || naam == Antiforgery) continue;
            if (e is IHtmlInputElement { Type: "file" or "submit" }) continue;
            if (!namen.Contains(naam)) namen.Add(naam);
            if (e is IHtmlTextAreaElement || (e is IHtmlInputElement { Type: "text" or "tel" or "search" or "password" } i && i.GetAttribute("inputmode") is null))
                tekstvelden.Add(naam);
        }
        var multipart = form.GetAttribute("enctype") == "multipart/form-data";
        var knoppen = form.QuerySelectorAll("button[type=submit], input[type=submit]")
            .Select(k => k.GetAttribute("formaction") is { Length: > 0 } fa ? WebUtility.HtmlDecode(fa) : actie)
            .DefaultIfEmpty(actie).Distinct();
        foreach (var doel in knoppen)
        {
            var voorstel = voorstelVan(doel) ?? voorstelVan(pagina);
            var sleutel = $"{methode.ToUpperInvariant()} {Patroon(doel)}";
            // The mail-link page differs per task (paraaf or advice), not per URL pattern.
            if (sleutel.Contains("/link/")) sleutel += $" (voorstel {voorstel})";
            yield return new Formulier(gebruiker, pagina, methode, multipart, doel, sleutel, velden.ToList(), namen, tekstvelden, voorstel);
        }
    }

    public const string Antiforgery = "__RequestVerificationToken";

    /// <summary>
    /// Fills what the user left empty the way a careful user would, so that one bad field is all that stands
    /// between a post and the database.
    /// </summary>
    private static void VulIn(IHtmlFormElement form, DateOnly vandaag)
    {
        foreach (var e in form.Elements)
        {
            var naam = e.GetAttribute("name") ?? "";
            switch (e)
            {
                case IHtmlTextAreaElement t when t.Value.Length == 0:
                    t.Value = "Ingevuld door de fuzzer.";
                    break;
                case IHtmlInputElement { Type: "radio" } r when form.Elements.OfType<IHtmlInputElement>().All(x => x.Name != naam || !x.IsChecked):
                    r.IsChecked = true;
                    break;
                case IHtmlInputElement i when i.Value.Length == 0:
                    i.Value = i.Type switch
                    {
                        "date" => (naam.EndsWith("Sluitingsdatum") ? vandaag.AddDays(10) : naam.EndsWith("NieuweDatum") ? vandaag.AddDays(21) : vandaag.AddDays(14)).ToString("yyyy-MM-dd"),
                        "number" => naam.EndsWith("Jaar") ? "2040" : "1",
                        "tel" => "06-12345678",
                        "text" when i.GetAttribute("inputmode") == "decimal" => "1",
                        "text" or "password" => "Fuzz",
                        _ => "",
                    };
                    break;
            }
        }
    }

    /// <summary>A URL with its ids, years, dates and rule-set names taken out: one form per pattern is enough.</summary>
    public static string Patroon(string url) =>
        Cijfers().Replace(Regelset().Replace(Link().Replace(url.ToLowerInvariant(), "/link/{token}"), "/beheer/regels/{naam}"), "{n}");

    [GeneratedRegex(@"/link/[^/?]+")] private static partial Regex Link();

    [GeneratedRegex(@"\d+")] private static partial Regex Cijfers();
    [GeneratedRegex(@"/beheer/regels/(?!nieuw)[a-z\-]+")] private static partial Regex Regelset();

    // ---- Fuzzing -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Posts a series of bad inputs to one form and checks each answer: every field (one of each shape:
    /// Aspecten[3].Toelichting stands for all aspects), a text field with a NUL byte and with 10,000 characters;
    /// random combinations; everything at once; nothing at all. A second button of a form already fuzzed
    /// (<paramref name="volledig"/> false) gets the random combinations only.
    /// </summary>
    public async Task FuzzAsync(Formulier f, bool volledig = true)
    {
        var klant = await KlantAsync(f.Gebruiker == "(anoniem)" ? null : f.Gebruiker);
        var waarden = Fuzzwaarden.Alle.OrderBy(_ => _toeval.Next()).ToList();
        var cursor = 0;
        string Volgende() => waarden[cursor++ % waarden.Count];

        // Refusals first, then what may be accepted: a successful action moves the proposal on, and later posts
        // to the same form then meet a proposal that has moved (which must not fail either).
        var varianten = new List<List<(string, string)>>();
        List<(string Naam, string Waarde)> Basis() => [.. f.Velden];
        if (volledig && f.Methode == "post") varianten.Add(Basis().Where(v => v.Naam != Antiforgery).ToList());
        varianten.Add(Basis().Where(v => v.Naam == Antiforgery).ToList());
        var alles = Basis();
        foreach (var naam in f.Namen) alles = Vervang(alles, naam, Volgende());
        varianten.Add(alles);
        var vormen = f.Namen.GroupBy(n => Cijfers().Replace(n, "*")).Select(v => v.ElementAt(_toeval.Next(v.Count()))).Where(_ => volledig).ToList();
        foreach (var naam in vormen.Where(n => !f.Tekstvelden.Contains(n))) varianten.Add(Vervang(Basis(), naam, Volgende()));
        // NUL and 10,000 characters once per text field of a kind of form: the existing proposal's form repeats the new one's.
        var teksten = vormen.Where(n => f.Tekstvelden.Contains(n) && _tekstenGehad.Add($"{Patroon(f.Actie).Replace("/{n}", "")} {Cijfers().Replace(n, "*")}")).ToList();
        foreach (var naam in teksten) varianten.Add(Vervang(Basis(), naam, Fuzzwaarden.Lang));
        for (var i = volledig ? Math.Clamp(f.Namen.Count / 2, 4, 10) : 6; i > 0 && f.Namen.Count > 0; i--)
        {
            var velden = Basis();
            for (var j = 1 + _toeval.Next(3); j > 0; j--) velden = Vervang(velden, f.Namen[_toeval.Next(f.Namen.Count)], Volgende());
            varianten.Add(velden);
        }
        if (volledig && f.Namen.Count > 0)
        {
            // A field twice, a row index the form never had, a name that is no field.
            var vreemd = Basis();
            vreemd.Add((f.Namen[_toeval.Next(f.Namen.Count)], Volgende()));
            var rij = f.Namen.FirstOrDefault(n => n.Contains('[')) ?? "Invoer.Onbekend[0].Veld";
            vreemd.Add((Rij().Replace(rij, "[" + (_toeval.Next(2) == 0 ? "-1" : "100000") + "]"), Volgende()));
            vreemd.Add(("Invoer", Volgende()));
            varianten.Add(vreemd);
        }
        foreach (var naam in teksten) varianten.Add(Vervang(Basis(), naam, Fuzzwaarden.MetNul));

        var tijd = System.Diagnostics.Stopwatch.StartNew();
        var toestand = await ToestandAsync(f);
        foreach (var velden in varianten)
        {
            Ververs(f, velden, toestand);
            toestand = await VerstuurEnControleerAsync(klant, f, velden, toestand);
        }
        Tijden[f.Sleutel] = tijd.ElapsedMilliseconds;
    }

    [GeneratedRegex(@"\[\d+\]")] private static partial Regex Rij();

    private static List<(string Naam, string Waarde)> Vervang(List<(string Naam, string Waarde)> velden, string naam, string waarde)
    {
        var nieuw = velden.Where(v => v.Naam != naam).ToList();
        nieuw.Add((naam, waarde));
        return nieuw;
    }

    /// <summary>
    /// Like a user who reloads: the proposal's current revision, and a fresh key for a new proposal form (the key's
    /// own idempotency is specified elsewhere).
    /// </summary>
    private void Ververs(Formulier f, List<(string Naam, string Waarde)> velden, Toestand toestand)
    {
        string? Oorspronkelijk(string naam) => f.Velden.FirstOrDefault(v => v.Naam == naam).Waarde;
        for (var i = 0; i < velden.Count; i++)
        {
            if (velden[i].Naam == "Invoer.AanmaakSleutel" && velden[i].Waarde == Oorspronkelijk("Invoer.AanmaakSleutel"))
                velden[i] = (velden[i].Naam, NieuweGuid().ToString());
            if (velden[i].Naam == "Invoer.Revisie" && toestand.Revisie is { } revisie && velden[i].Waarde == Oorspronkelijk("Invoer.Revisie"))
                velden[i] = (velden[i].Naam, revisie.ToString());
        }
    }

    private Guid NieuweGuid()
    {
        var bytes = new byte[16];
        _toeval.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Posts, checks the answer against the state before, and returns the state after.</summary>
    private async Task<Toestand> VerstuurEnControleerAsync(TestKlant klant, Formulier f, List<(string Naam, string Waarde)> velden, Toestand voor)
    {
        HttpResponseMessage antwoord;
        var omschrijving = $"{f.Sleutel} als {f.Gebruiker} [{Beschrijf(f, velden)}]";
        Aantal++;
        try
        {
            antwoord = f.Methode == "post"
                ? await klant.Http.PostAsync(f.Actie, Inhoud(f, velden))
                : await klant.Http.GetAsync(f.Actie.Split('?')[0] + "?" + string.Join("&", velden.Select(v => $"{Uri.EscapeDataString(v.Naam)}={Uri.EscapeDataString(v.Waarde)}")));
        }
        catch (Exception e)
        {
            Fouten.Add($"{omschrijving}: {e.GetType().Name} {e.Message}");
            return await ToestandAsync(f);
        }
        var status = (int)antwoord.StatusCode;
        Tel(status);
        var perStatus = PerFormulier.TryGetValue(f.Sleutel, out var p) ? p : PerFormulier[f.Sleutel] = [];
        perStatus[status] = perStatus.GetValueOrDefault(status) + 1;
        if (status >= 500)
        {
            Fouten.Add($"{omschrijving}: HTTP {status} {_log.Laatste()}");
            return await ToestandAsync(f);
        }

        var na = await ToestandAsync(f);
        var html = await antwoord.Content.ReadAsStringAsync();
        var bewerken = f.Actie.Contains("/Voorstellen/Bewerken", StringComparison.OrdinalIgnoreCase);
        var opgeslagenMaarNietIngediend = status == 200 && html.Contains("Het concept is opgeslagen");
        int? nieuwVoorstel = bewerken && na.NieuwsteVoorstel != voor.NieuwsteVoorstel ? na.NieuwsteVoorstel : null;
        var omgeleid = status is 301 or 302 or 303;

        if (!omgeleid && !opgeslagenMaarNietIngediend && (na.Tekst != voor.Tekst || nieuwVoorstel is not null))
            Fouten.Add($"{omschrijving}: HTTP {status} zonder opslaan-melding, maar er is toch iets opgeslagen:\n{Verschil(voor.Tekst, na.Tekst)}");

        var gewijzigd = nieuwVoorstel ?? (na.Tekst != voor.Tekst ? f.VoorstelId : null);
        if (gewijzigd is { } id)
        {
            // What was stored shows again, and (for the proposal form) equals what was posted.
            var (toon, _) = await (await KlantAsync("steller")).GetAsync($"/Voorstellen/{id}");
            TelGet((int)toon.StatusCode);
            if ((int)toon.StatusCode >= 500) Fouten.Add($"{omschrijving}: daarna GET /Voorstellen/{id}: HTTP {(int)toon.StatusCode} {_log.Laatste()}");
            if (bewerken)
                foreach (var verschil in await VergelijkAsync(id, velden.Where(v => f.Namen.Contains(v.Naam)).ToList()))
                    Fouten.Add($"{omschrijving}: opgeslagen is niet wat verstuurd werd: {verschil}");
        }
        else if (omgeleid && antwoord.Headers.Location is { } waarheen && waarheen.OriginalString.StartsWith('/'))
        {
            var (volgende, _) = await klant.GetAsync(waarheen.OriginalString);
            TelGet((int)volgende.StatusCode);
            if ((int)volgende.StatusCode >= 500) Fouten.Add($"{omschrijving}: daarna GET {waarheen}: HTTP {(int)volgende.StatusCode} {_log.Laatste()}");
        }
        return na;
    }

    private static HttpContent Inhoud(Formulier f, List<(string Naam, string Waarde)> velden)
    {
        if (!f.Multipart)
            return new FormUrlEncodedContent(velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde)));
        var multipart = new MultipartFormDataContent();
        foreach (var (naam, waarde) in velden) multipart.Add(new StringContent(waarde, Encoding.UTF8), naam);
        return multipart;
    }

    private static string Beschrijf(Formulier f, List<(string Naam, string Waarde)> velden)
    {
        var anders = velden.Where(v => v.Naam != Antiforgery && !f.Velden.Contains(v))
            .Select(v => $"{v.Naam}={Kort(v.Waarde)}").ToList();
        var weg = f.Velden.Where(v => v.Naam != Antiforgery && velden.All(x => x.Naam != v.Naam)).Select(v => v.Naam).ToList();
        if (velden.All(v => v.Naam != Antiforgery)) weg.Add("antiforgery");
        return string.Join(", ", anders) + (weg.Count > 0 ? $"; zonder {(weg.Count > 5 ? $"{weg.Count} velden" : string.Join(", ", weg))}" : "");
    }

    public static string Kort(string? s)
    {
        if (s is null) return "null";
        var zichtbaar = string.Concat(s.Take(30).Select(c => c < ' ' ? $"\\x{(int)c:x2}" : c.ToString()));
        return s.Length > 30 ? $"\"{zichtbaar}…\"({s.Length})" : $"\"{zichtbaar}\"";
    }

    private void Tel(int status) => Statussen[status] = Statussen.GetValueOrDefault(status) + 1;

    private void TelGet(int status) => NakijkStatussen[status] = NakijkStatussen.GetValueOrDefault(status) + 1;

    // ---- What is stored ------------------------------------------------------------------------------------------

    internal sealed record Toestand(string Tekst, int NieuwsteVoorstel, int? Revisie);

    private static readonly JsonSerializerOptions Json = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true, Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string[] Regelbevindingen = [RegelDienst.Geblokkeerd, RegelDienst.Waarschuwing];

    /// <summary>
    /// What the form can change: its proposal as stored, or the beheer table it edits; and how many timeline entries
    /// there are in all (those of rule findings aside: a refusal records them by design) and which proposal is newest.
    /// </summary>
    internal async Task<Toestand> ToestandAsync(Formulier f)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var tekst = new StringBuilder();
        int? revisie = null;
        // Ordered includes: without them PostgreSQL returns the rows in whatever order its plan and the rows' physical
        // place give (a reorder is no change, and must not read as one).
        if (f.VoorstelId is { } id && await db.Voorstellen.AsNoTracking().Include(x => x.Bijlagen.OrderBy(b => b.Id))
                .Include(x => x.Taken.OrderBy(t => t.Id)).SingleOrDefaultAsync(x => x.Id == id) is { } v)
        {
            tekst.AppendLine(JsonSerializer.Serialize(v, Json));
            revisie = v.Revisie;
        }
        var pad = f.Actie.ToLowerInvariant();
        if (pad.StartsWith("/beheer/begrotingskalender"))
            tekst.AppendLine(JsonSerializer.Serialize(await db.Begrotingskalender.AsNoTracking().OrderBy(b => b.Jaar).ToListAsync(), Json));
        if (pad.StartsWith("/vergaderingen"))
            tekst.AppendLine(JsonSerializer.Serialize(await db.Vergaderkalender.AsNoTracking().OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.Soort, m.Datum, m.Aanvang, m.Sluitingsdatum, m.Locatie, m.Status, m.Reden }).ToListAsync(), Json));
        if (pad.StartsWith("/beheer/regels"))
            tekst.AppendLine(JsonSerializer.Serialize(await db.RegelsetVersies.AsNoTracking().OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Status, r.Toelichting, r.Json }).ToListAsync(), Json));
        tekst.AppendLine($"tijdlijn: {await db.Gebeurtenissen.CountAsync(g => !Regelbevindingen.Contains(g.Soort))}");
        var nieuwste = await db.Voorstellen.MaxAsync(x => (int?)x.Id) ?? 0;
        return new Toestand(tekst.ToString(), nieuwste, revisie);
    }

    private static Task<Voorstel?> LaadAsync(BesluitvormingDbContext db, int id) =>
        db.Voorstellen.AsNoTracking().Include(x => x.Bijlagen).Include(x => x.Taken).Include(x => x.Gebeurtenissen)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id);

    private static string Verschil(string voor, string na)
    {
        var a = voor.Split('\n');
        var b = na.Split('\n');
        var regels = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && regels.Count < 6; i++)
        {
            var x = i < a.Length ? a[i] : "";
            var y = i < b.Length ? b[i] : "";
            if (x != y) regels.Add($"  - {Kort(x.Trim())}\n  + {Kort(y.Trim())}");
        }
        return string.Join("\n", regels);
    }

    private static readonly string[] Teksten =
    [
        nameof(Voorstel.Onderwerp), nameof(Voorstel.Programma), nameof(Voorstel.StellerTelefoon), nameof(Voorstel.Portefeuillehouder),
        nameof(Voorstel.Secretaris), nameof(Voorstel.SamenvattingWatEnWaarom), nameof(Voorstel.SamenvattingHoe), nameof(Voorstel.Aanleiding),
        nameof(Voorstel.Achtergrond), nameof(Voorstel.Aanpak), nameof(Voorstel.VoorstelTekst), nameof(Voorstel.Dekking), nameof(Voorstel.Inhuur),
    ];

    /// <summary>Compares what the proposal form posted (in the fields it has) with what the database holds now.</summary>
    private async Task<List<string>> VergelijkAsync(int id, List<(string Naam, string Waarde)> velden)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var v = (await LaadAsync(db, id))!;
        var verstuurd = velden.GroupBy(x => x.Naam).ToDictionary(g => g.Key, g => g.First().Waarde);
        var verschillen = new List<string>();
        void Eis(bool gelijk, string veld, string? gepost, object? opgeslagen)
        {
            if (!gelijk) verschillen.Add($"{veld}: verstuurd {Kort(gepost)}, opgeslagen {Kort(opgeslagen?.ToString())}");
        }

        foreach (var naam in Teksten)
            if (verstuurd.TryGetValue($"Invoer.{naam}", out var w))
            {
                var opgeslagen = (string?)typeof(Voorstel).GetProperty(naam)!.GetValue(v);
                Eis(Fuzzwaarden.Norm(w) == Fuzzwaarden.Norm(opgeslagen), naam, w, opgeslagen);
            }
        foreach (var (naam, bedrag, opgeslagen) in new[] { ("Kosten", true, v.Kosten), ("Baten", true, v.Baten), ("Fte", false, v.Fte) })
            if (verstuurd.TryGetValue($"Invoer.{naam}", out var w))
            {
                var (geldig, waarde) = Fuzzwaarden.Getal(w, bedrag);
                Eis(geldig && waarde == opgeslagen, naam, w, opgeslagen);
            }
        foreach (var naam in new[] { "GeplandDt", "GeplandOr", "GeplandBw", "GeplandOrNaBw", "GeplandRaad" })
            if (verstuurd.TryGetValue($"Invoer.{naam}", out var w))
            {
                var opgeslagen = (DateOnly?)typeof(Voorstel).GetProperty(naam)!.GetValue(v);
                var geldig = w.Trim().Length == 0 || DateOnly.TryParseExact(w.Trim(), "yyyy-MM-dd", out _);
                Eis(geldig && (w.Trim().Length == 0 ? opgeslagen is null : opgeslagen == DateOnly.ParseExact(w.Trim(), "yyyy-MM-dd")), naam, w, opgeslagen);
            }
        foreach (var naam in new[] { "RaadsbesluitNodig", "KostenPerJaar", "BijlagenOpenbaar", "BudgettaireConsequenties", "FormatieveConsequenties" })
            if (verstuurd.TryGetValue($"Invoer.{naam}", out var w))
            {
                var opgeslagen = (bool?)typeof(Voorstel).GetProperty(naam)!.GetValue(v);
                // A choice that may stay open (a nullable ja/nee): empty means not chosen yet.
                var leegMag = naam is "BudgettaireConsequenties" or "FormatieveConsequenties" or "BijlagenOpenbaar";
                Eis(Fuzzwaarden.JaNee(w) is { } b ? b == opgeslagen : leegMag && w.Trim().Length == 0 && opgeslagen is null, naam, w, opgeslagen);
            }
        if (verstuurd.TryGetValue("Invoer.Dictum", out var dictum))
        {
            var verwacht = dictum.Split('\n').Select(Fuzzwaarden.Norm).Where(r => r.Length > 0);
            var opgeslagen = v.Dictum.OrderBy(d => d.Volgorde).Select(d => Fuzzwaarden.Norm(d.Tekst));
            Eis(verwacht.SequenceEqual(opgeslagen), "Dictum", dictum, string.Join(" | ", opgeslagen));
        }
        // A field sent twice binds its first value, as for every other field.
        var personen = velden.Where(x => Regex.IsMatch(x.Naam, @"^Invoer\.Voorbesprekingen\[\d+\]\.Persoon$"))
            .DistinctBy(x => x.Naam).OrderBy(x => int.Parse(Regex.Match(x.Naam, @"\d+").Value)).Select(x => Fuzzwaarden.Norm(x.Waarde)).Where(p => p.Length > 0).ToList();
        var opgeslagenPersonen = v.Voorbesprekingen.Select(b => Fuzzwaarden.Norm(b.Persoon)).ToList();
        Eis(personen.SequenceEqual(opgeslagenPersonen), "Voorbesprekingen", string.Join(" | ", personen), string.Join(" | ", opgeslagenPersonen));
        foreach (var (naam, waarde) in verstuurd.Where(x => Regex.IsMatch(x.Key, @"^Invoer\.Aspecten\[\d+\]\.Toelichting$")))
        {
            var aspectVeld = naam.Replace(".Toelichting", ".Aspect");
            if (!verstuurd.TryGetValue(aspectVeld, out var a) || !Enum.TryParse<Aspect>(a, out var aspect) || !Enum.IsDefined(aspect)) continue;
            var opgeslagen = v.Aspecten.Single(x => x.Aspect == aspect).Toelichting;
            Eis(Fuzzwaarden.Norm(waarde) == Fuzzwaarden.Norm(opgeslagen), naam, waarde, opgeslagen);
        }
        foreach (var (naam, waarde) in verstuurd.Where(x => Regex.IsMatch(x.Key, @"^Invoer\.BestaandeBijlagen\[\d+\]\.Naam$")))
        {
            if (!int.TryParse(verstuurd.GetValueOrDefault(naam.Replace(".Naam", ".Id")), out var bijlageId)) continue;
            if (v.Bijlagen.SingleOrDefault(b => b.Id == bijlageId) is not { } bijlage) continue;
            Eis(Fuzzwaarden.Norm(waarde) == Fuzzwaarden.Norm(bijlage.Naam), naam, waarde, bijlage.Naam);
        }
        return verschillen;
    }

    /// <summary>Keeps the last error the app logged, so a 500 in the report names its exception.</summary>
    private sealed class Foutlogger : ILoggerProvider, ILogger
    {
        private string? _laatste;

        public static Foutlogger Op(BesluitvormingFabriek fabriek)
        {
            var logger = new Foutlogger();
            fabriek.Services.GetRequiredService<ILoggerFactory>().AddProvider(logger);
            return logger;
        }

        public string Laatste()
        {
            var l = _laatste ?? "";
            _laatste = null;
            return l;
        }

        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Error) return;
            var e = exception;
            while (e?.InnerException is not null && e is not Npgsql.PostgresException) e = e.InnerException;
            _laatste = e is null ? formatter(state, exception) : $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        }
    }
}
