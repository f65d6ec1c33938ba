using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// Mail links on the embedded default (.eml folder): single use, expiring, unguessable, void once the task is
/// closed some other way, and giving access to one task only.
/// </summary>
public sealed class MaillinkTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private readonly Route _route = new(fabriek);

    private async Task<(int Id, string Onderwerp, string Pad)> InAdviesAsync(string aspectIndex = "4", string adres = "juridisch@gemeente.example")
    {
        var onderwerp = $"Link {Guid.NewGuid():N}";
        var velden = Route.VolledigVoorstel(onderwerp);
        velden[$"Invoer.Aspecten[{aspectIndex}].AdviesGevraagd"] = "true";
        var id = await _route.IndienenAsync("steller", velden);
        await _route.DoeAsync("afdelingshoofd", id, Triggers.Paraferen);
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan(adres) && (m.Subject ?? "").Contains(onderwerp) && (m.Subject ?? "").StartsWith("Advies gevraagd"));
        return (id, onderwerp, mail.LinkPad());
    }

    private async Task<Maillink> LinkAsync(string pad)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var hash = Maillinks.Hash(pad.Split('/').Last());
        return await db.Maillinks.AsNoTracking().SingleAsync(l => l.TokenHash == hash);
    }

    private static async Task MoetGeweigerdZijnAsync(TestKlant klant, string pad, string onderwerp)
    {
        var (antwoord, pagina) = await klant.GetAsync(pad);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pagina.QuerySelector("[data-link-geweigerd]").ShouldNotBeNull();
        pagina.QuerySelector("a[href='/Account/Inloggen']").ShouldNotBeNull("biedt een weg naar inloggen");
        pagina.Body!.TextContent.ShouldNotContain(onderwerp);
        pagina.QuerySelector("main form").ShouldBeNull();
    }

    [Fact]
    public async Task Token_wordt_alleen_als_hash_bewaard_en_is_minstens_128_bits()
    {
        var (_, _, pad) = await InAdviesAsync();
        var token = pad.Split('/').Last();
        token.Length.ShouldBe(43); // 32 bytes, base64url
        System.Buffers.Text.Base64Url.DecodeFromChars(token).Length.ShouldBe(32);
        var link = await LinkAsync(pad);
        link.TokenHash.ShouldBe(Maillinks.Hash(token));

        // Every column of every table, as bytes: the token occurs nowhere, neither as text nor as its raw bytes. The
        // same search does find the hash, so it is a search that finds what is there. The outbox is searched too: its
        // body holds a placeholder and the token only encrypted until it is sent (see LinktokensInRustTests).
        (await VindplaatsenAsync(Maillinks.Hash(token))).ShouldBe(["Maillinks.TokenHash"]);
        (await VindplaatsenAsync(System.Text.Encoding.ASCII.GetBytes(token))).ShouldBeEmpty();
        (await VindplaatsenAsync(System.Buffers.Text.Base64Url.DecodeFromChars(token))).ShouldBeEmpty();
    }

    /// <summary>The table.column places in the SQLite database whose stored bytes contain <paramref name="gezocht"/>.</summary>
    private async Task<List<string>> VindplaatsenAsync(byte[] gezocht)
    {
        using var scope = fabriek.Services.CreateScope();
        var conn = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Database.GetDbConnection();
        await conn.OpenAsync();
        var kolommen = new List<(string Tabel, string Kolom)>();
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p " +
                              "WHERE m.type = 'table'";
            await using var lezer = await cmd.ExecuteReaderAsync();
            while (await lezer.ReadAsync()) kolommen.Add((lezer.GetString(0), lezer.GetString(1)));
        }
        var gevonden = new List<string>();
        foreach (var (tabel, kolom) in kolommen)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\" WHERE instr(CAST(\"{kolom}\" AS BLOB), $gezocht) > 0";
            var p = cmd.CreateParameter();
            p.ParameterName = "$gezocht";
            p.Value = gezocht;
            cmd.Parameters.Add(p);
            if ((long)(await cmd.ExecuteScalarAsync())! > 0) gevonden.Add($"{tabel}.{kolom}");
        }
        return gevonden;
    }

    [Fact]
    public async Task Alleen_openen_verandert_niets()
    {
        var (id, onderwerp, pad) = await InAdviesAsync();
        var voor = await _route.LaadAsync(id);
        var klant = fabriek.Klant();
        for (var i = 0; i < 2; i++)
        {
            var pagina = await klant.PaginaAsync(pad);
            pagina.Body!.TextContent.ShouldContain(onderwerp);
        }
        var na = await _route.LaadAsync(id);
        na.Versie.ShouldBe(voor.Versie);
        na.Gebeurtenissen.Count.ShouldBe(voor.Gebeurtenissen.Count);
        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();
    }

    [Fact]
    public async Task Gebruikte_link_wordt_geweigerd()
    {
        var (_, onderwerp, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        var post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "ja" });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        (await LinkAsync(pad)).GebruiktOp.ShouldNotBeNull();
        await MoetGeweigerdZijnAsync(klant, pad, onderwerp);
    }

    [Fact]
    public async Task Verlopen_link_wordt_geweigerd()
    {
        var (id, onderwerp, pad) = await InAdviesAsync();
        var link = await LinkAsync(pad);
        (link.VerlooptOp - link.AangemaaktOp).ShouldBe(TimeSpan.FromDays(14));
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            await db.Maillinks.Where(l => l.Id == link.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.VerlooptOp, fabriek.Klok.GetUtcNow().UtcDateTime.AddMinutes(-1)));
        }
        await MoetGeweigerdZijnAsync(fabriek.Klant(), pad, onderwerp);
        (await _route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies").IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Gewijzigde_of_onbekende_link_wordt_geweigerd_zonder_iets_te_verraden()
    {
        var (_, onderwerp, pad) = await InAdviesAsync();
        var token = pad.Split('/').Last();
        var gewijzigd = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        var klant = fabriek.Klant();
        await MoetGeweigerdZijnAsync(klant, $"/Link/{gewijzigd}", onderwerp);
        await MoetGeweigerdZijnAsync(klant, "/Link/" + new string('x', 43), onderwerp);
        await MoetGeweigerdZijnAsync(klant, "/Link/kort", onderwerp);
        var post = await klant.Http.PostAsync($"/Link/{gewijzigd}", new FormUrlEncodedContent([new("Invoer.Keuze", "ja")]));
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound);
        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();
    }

    [Fact]
    public async Task Post_zonder_antiforgery_wordt_geweigerd()
    {
        var (id, _, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        var post = await klant.Http.PostAsync(pad, new FormUrlEncodedContent([new("Invoer.Keuze", "ja")]));
        post.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _route.LaadAsync(id)).Taken.Single(t => t.Soort == "Advies").IsOpen.ShouldBeTrue();
        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();
    }

    [Fact]
    public async Task Ongeldige_invoer_geeft_melding_bij_het_veld_houdt_tekst_en_verbruikt_de_link_niet()
    {
        var (id, _, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        var post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "nee", ["Invoer.Toelichting"] = "   " });
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(post);
        pagina.QuerySelector("[data-valmsg-for='Invoer.Toelichting']")!.TextContent.ShouldContain("Licht toe waarom u niet kunt instemmen");
        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();

        post = await klant.VerstuurAsync(pad, new() { ["Invoer.Toelichting"] = "Mijn halve tekst" });
        pagina = await TestKlant.LeesAsync(post);
        pagina.QuerySelector("[data-valmsg-for='Invoer.Keuze']")!.TextContent.ShouldContain("Kies");
        pagina.QuerySelector("textarea[name='Invoer.Toelichting']")!.TextContent.ShouldBe("Mijn halve tekst");

        post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "nee", ["Invoer.Toelichting"] = "Strijdig met de APV." });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        var v = await _route.LaadAsync(id);
        v.Aspecten.Single(a => a.Aspect == Aspect.Juridisch).Instemming.ShouldBe(false);
        v.Aspecten.Single(a => a.Aspect == Aspect.Juridisch).Opmerking.ShouldBe("Strijdig met de APV.");
    }

    [Fact]
    public async Task Link_vervalt_als_de_taak_in_de_app_wordt_afgerond()
    {
        var (id, onderwerp, pad) = await InAdviesAsync();
        await _route.DoeAsync("juridisch", id, Triggers.AdviesUitbrengen, new() { ["Invoer.Instemming"] = "true" });
        (await LinkAsync(pad)).Ingetrokken.ShouldBeTrue();
        await MoetGeweigerdZijnAsync(fabriek.Klant(), pad, onderwerp);
    }

    [Fact]
    public async Task Link_vervalt_als_het_voorstel_wordt_teruggestuurd()
    {
        var (id, onderwerp, pad) = await InAdviesAsync();
        await _route.DoeAsync("juridisch", id, Triggers.Terugsturen, new() { ["Invoer.Reden"] = "Eerst de APV checken." });
        await MoetGeweigerdZijnAsync(fabriek.Klant(), pad, onderwerp);
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("steller@gemeente.example") && (m.Subject ?? "").StartsWith("Teruggestuurd") && (m.Subject ?? "").Contains(onderwerp));
        mail.TextBody!.ShouldContain("Eerst de APV checken.");
    }

    [Fact]
    public async Task Link_geeft_alleen_toegang_tot_die_ene_taak()
    {
        var (id, _, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        await klant.PaginaAsync(pad);
        var details = await klant.Http.GetAsync($"/Voorstellen/{id}");
        details.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        details.Headers.Location!.OriginalString.ShouldContain("/Account/Inloggen");
        (await klant.Http.GetAsync("/Taken")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var actie = await klant.Http.GetAsync($"/Voorstellen/{id}/Actie/{Triggers.AdviesUitbrengen}");
        actie.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Opmerking_via_link_staat_in_de_tijdlijn_mailt_de_steller_en_laat_de_link_heel()
    {
        var (id, onderwerp, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        var post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "opmerking", ["Invoer.Toelichting"] = "Is de APV-toets gedaan?" });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        post.Headers.Location!.OriginalString.ShouldBe(pad);

        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("InAdvies");
        v.Gebeurtenissen.ShouldContain(g => g.Soort == "Opmerking" && g.Omschrijving.Contains("Is de APV-toets gedaan?") && g.ActorNaam == "F. Maessen");
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("steller@gemeente.example") && (m.Subject ?? "").StartsWith("Opmerking") && (m.Subject ?? "").Contains(onderwerp));
        mail.TextBody!.ShouldContain("Is de APV-toets gedaan?");
        var steller = await _route.AlsAsync("steller");
        (await steller.PaginaAsync($"/Voorstellen/{id}")).QuerySelector(".tijdlijn")!.TextContent.ShouldContain("Is de APV-toets gedaan?");

        (await LinkAsync(pad)).GebruiktOp.ShouldBeNull();
        (await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "ja" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _route.LaadAsync(id)).Aspecten.Single(a => a.Aspect == Aspect.Juridisch).Instemming.ShouldBe(true);
    }

    [Fact]
    public async Task Paraaf_via_link_akkoord_en_terugsturen_met_reden()
    {
        var onderwerp = $"Paraaf {Guid.NewGuid():N}";
        var id = await _route.IndienenAsync("steller", Route.VolledigVoorstel(onderwerp));
        var mail = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("afdelingshoofd@gemeente.example") && (m.Subject ?? "").Contains(onderwerp));
        mail.Subject.ShouldStartWith("Paraaf gevraagd");
        var klant = fabriek.Klant();
        var pad = mail.LinkPad();

        var post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "terugsturen" });
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TestKlant.LeesAsync(post)).QuerySelector("[data-valmsg-for='Invoer.Toelichting']")!.TextContent.ShouldContain("waarom");
        post = await klant.VerstuurAsync(pad, new() { ["Invoer.Keuze"] = "terugsturen", ["Invoer.Toelichting"] = "Dekking ontbreekt." });
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await Route.Fouten(post));
        var v = await _route.LaadAsync(id);
        v.Status.ShouldBe("Teruggestuurd");
        v.Gebeurtenissen.ShouldContain(g => g.Soort == Triggers.Terugsturen && g.Reden == "Dekking ontbreekt." && g.ActorNaam == "M. Verbeek");

        var steller = await _route.AlsAsync("steller");
        (await steller.VerstuurAsync($"/Voorstellen/Bewerken/{id}", new(), knop: "Opslaan en indienen")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tweede = await Mailmap.WachtOpAsync(fabriek, m => m.Aan("afdelingshoofd@gemeente.example") && (m.Subject ?? "").Contains(onderwerp) && m.LinkPad() != pad);
        (await klant.VerstuurAsync(tweede.LinkPad(), new() { ["Invoer.Keuze"] = "akkoord" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        v = await _route.LaadAsync(id);
        v.ParaafAfdelingshoofdNaam.ShouldBe("M. Verbeek");
        v.Status.ShouldNotBe("ParaafAfdelingshoofd");
    }

    [Fact]
    public async Task Bijlage_via_link_alleen_van_dat_voorstel()
    {
        var (id, _, pad) = await InAdviesAsync();
        var klant = fabriek.Klant();
        // An attachment id of another proposal (or none) is refused.
        (await klant.Http.GetAsync($"{pad}/Bijlagen/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await klant.Http.GetAsync($"/Link/{new string('x', 43)}/Bijlagen/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _route.LaadAsync(id)).Bijlagen.Count.ShouldBe(0);
    }
}
