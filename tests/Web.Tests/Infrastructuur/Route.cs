using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>Drives proposals through the UI as the demo accounts would, one HTTP form at a time.</summary>
public sealed class Route(BesluitvormingFabriek fabriek)
{
    private readonly Dictionary<string, TestKlant> _klanten = [];

    public async Task<TestKlant> AlsAsync(string gebruikersnaam)
    {
        if (!_klanten.TryGetValue(gebruikersnaam, out var klant))
            _klanten[gebruikersnaam] = klant = await fabriek.IngelogdAlsAsync(gebruikersnaam);
        return klant;
    }

    /// <summary>The fields of a complete proposal; tests override what they care about.</summary>
    public static Dictionary<string, string?> VolledigVoorstel(string onderwerp) => new()
    {
        ["Invoer.Onderwerp"] = onderwerp,
        ["Invoer.Portefeuillehouder"] = "H. Brauer",
        ["Invoer.Openbaarheid"] = "Ja",
        ["Invoer.BijlagenOpenbaar"] = "true",
        ["Invoer.GeplandBw"] = Datum(20), // Tuesday 30 June 2026: a collegevergadering in the generated calendar
        ["Invoer.Dictum"] = "Instemmen met de aanpak;\nDe raad voorstellen het kader vast te stellen.",
        ["Invoer.SamenvattingWatEnWaarom"] = "Omdat het nodig is.",
        ["Invoer.SamenvattingHoe"] = "Stap voor stap.",
        ["Invoer.Aanleiding"] = "Een aanleiding.",
        ["Invoer.BudgettaireConsequenties"] = "false",
        ["Invoer.FormatieveConsequenties"] = "false",
    };

    /// <summary>Submits a new proposal through the form and returns its id.</summary>
    public async Task<int> IndienenAsync(string steller, Dictionary<string, string?> velden,
        IEnumerable<(string Veld, string Bestandsnaam, byte[] Inhoud)>? bestanden = null)
    {
        var klant = await AlsAsync(steller);
        var antwoord = await klant.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen", bestanden: bestanden);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Fouten(antwoord));
        var pad = antwoord.Headers.Location!.OriginalString;
        pad.ShouldStartWith("/Voorstellen/");
        return int.Parse(pad.Split('/')[2]);
    }

    /// <summary>A minimal PDF, for attachments such as a begrotingswijziging.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n%test\n"u8.ToArray();

    /// <summary>Form fields and file that attach a begrotingswijziging on submission (rules require it with budget impact).</summary>
    public static (Dictionary<string, string?> Velden, (string, string, byte[])[] Bestanden) Begrotingswijziging() =>
        (new() { ["Invoer.NieuweBijlagen[0].Naam"] = "Begrotingswijziging", ["Invoer.NieuweBijlagen[0].Soort"] = "Begrotingswijziging", ["Invoer.NieuweBijlagen[0].Openbaar"] = "true" },
         [("Invoer.NieuweBijlagen[0].Bestand", "begrotingswijziging.pdf", Pdf)]);

    public async Task<HttpResponseMessage> ActieAsync(string wie, int id, string trigger, Dictionary<string, string?>? velden = null)
    {
        var klant = await AlsAsync(wie);
        return await klant.VerstuurAsync($"/Voorstellen/{id}/Actie/{trigger}", velden ?? []);
    }

    /// <summary>Fires the action and insists that it succeeded.</summary>
    public async Task DoeAsync(string wie, int id, string trigger, Dictionary<string, string?>? velden = null)
    {
        var antwoord = await ActieAsync(wie, id, trigger, velden);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{wie} {trigger}: {await Fouten(antwoord)}");
        antwoord.Headers.Location!.OriginalString.ShouldBe($"/Voorstellen/{id}");
    }

    public async Task<Voorstel> LaadAsync(int id)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Voorstellen.AsNoTracking()
            .Include(v => v.Taken).Include(v => v.Gebeurtenissen).Include(v => v.Bijlagen)
            .AsSplitQuery().SingleAsync(v => v.Id == id);
    }

    public static async Task<string> Fouten(HttpResponseMessage antwoord)
    {
        if (antwoord.StatusCode != HttpStatusCode.OK) return $"HTTP {(int)antwoord.StatusCode} {antwoord.Headers.Location}";
        var pagina = await TestKlant.LeesAsync(antwoord);
        var meldingen = pagina.QuerySelectorAll(".veld-fout, .melding--fout, .validation-summary-errors")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
        return "fouten op de pagina: " + string.Join(" | ", meldingen);
    }

    /// <summary>A date counted from the day every test app's clock starts on (<see cref="Mail.VerstelbareKlok.Begin"/>).</summary>
    public static string Datum(int dagenVanafVandaag) =>
        Mail.VerstelbareKlok.Begindatum.AddDays(dagenVanafVandaag).ToString("yyyy-MM-dd");
}
