using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Account;

public sealed class InloggenTests
{
    /// <summary>The one answer to every failed login: it must not tell an unknown name from a wrong password or a lock.</summary>
    private const string Mislukt = "Inloggen is niet gelukt.";

    [Fact]
    public async Task Demo_accounts_staan_alleen_in_Development_op_de_inlogpagina()
    {
        using var productie = new BesluitvormingFabriek();
        var zonder = await productie.Klant().PaginaAsync("/Account/Inloggen");
        zonder.QuerySelector(".demo").ShouldBeNull();
        zonder.Body!.TextContent.ShouldNotContain(TestKlant.Wachtwoord);

        using var ontwikkeling = new BesluitvormingFabriek { Omgeving = "Development" };
        var met = await ontwikkeling.Klant().PaginaAsync("/Account/Inloggen");
        met.QuerySelector(".demo")!.TextContent.ShouldContain(TestKlant.Wachtwoord);
        met.QuerySelectorAll(".demo tbody tr").Length.ShouldBe(24);
    }

    [Fact]
    public async Task Verkeerd_wachtwoord_geeft_een_nederlandse_melding_en_houdt_de_gebruikersnaam()
    {
        using var fabriek = new BesluitvormingFabriek();
        var poging = await PogingAsync(fabriek.Klant(), "steller", "fout");
        poging.Status.ShouldBe(HttpStatusCode.OK);
        poging.Melding.ShouldStartWith(Mislukt);
        poging.Gebruikersnaam.ShouldBe("steller");
    }

    [Fact]
    public async Task Onbekende_naam_fout_wachtwoord_en_geblokkeerd_account_krijgen_hetzelfde_antwoord()
    {
        using var fabriek = new BesluitvormingFabriek();
        using (var scope = fabriek.Services.CreateScope())
        {
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var steller = (await gebruikers.FindByNameAsync("steller"))!;
            (await gebruikers.SetLockoutEndDateAsync(steller, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }

        var onbekend = await PogingAsync(fabriek.Klant(), "bestaat.niet", "Welkom-2026?");
        var fout = await PogingAsync(fabriek.Klant(), "financien", "Welkom-2026?");
        // Even the right password for a locked account gets the same answer: no one learns that it is locked.
        var geblokkeerd = await PogingAsync(fabriek.Klant(), "steller", TestKlant.Wachtwoord);

        foreach (var (naam, poging) in new[] { ("onbekende naam", onbekend), ("fout wachtwoord", fout), ("geblokkeerd", geblokkeerd) })
        {
            poging.Status.ShouldBe(HttpStatusCode.OK, naam);
            poging.Melding.ShouldBe(onbekend.Melding, naam);
            poging.Tekst.ShouldBe(onbekend.Tekst, naam);
        }
        onbekend.Melding.ShouldStartWith(Mislukt);
        geblokkeerd.Gebruikersnaam.ShouldBe("steller");
    }

    [Fact]
    public async Task Een_vreemde_blokkeert_het_account_van_de_beheerder_niet_met_tien_pogingen()
    {
        using var fabriek = new BesluitvormingFabriek();
        var vreemde = fabriek.Klant();
        for (var i = 0; i < 10; i++)
            (await PogingAsync(vreemde, "beheerder", $"geraden-{i}")).Melding.ShouldStartWith(Mislukt);

        var antwoord = await fabriek.Klant().VerstuurAsync("/Account/Inloggen",
            new() { ["Gebruikersnaam"] = "beheerder", ["Wachtwoord"] = TestKlant.Wachtwoord });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.Redirect, "de beheerder logt gewoon in");
    }

    [Fact]
    public async Task Een_inactief_account_logt_niet_in_en_verliest_zijn_sessie()
    {
        using var fabriek = new BesluitvormingFabriek();
        var ingelogd = await fabriek.IngelogdAlsAsync("steller");
        await ingelogd.PaginaAsync("/Voorstellen");
        using (var scope = fabriek.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
            var steller = db.Users.Single(u => u.UserName == "steller");
            steller.Actief = false;
            await db.SaveChangesAsync();
        }

        var poging = await PogingAsync(fabriek.Klant(), "steller", TestKlant.Wachtwoord);
        poging.Melding.ShouldStartWith(Mislukt);
        var oud = await ingelogd.Http.GetAsync("/Voorstellen");
        oud.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        oud.Headers.Location!.ToString().ShouldContain("/Account/Inloggen");
    }

    [Fact]
    public async Task Na_te_veel_pogingen_van_een_client_antwoordt_de_inlogpagina_met_429_en_houdt_de_gebruikersnaam()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Inloggen:PogingenPerClient"] = "3";
        fabriek.ExtraInstellingen["Inloggen:Venster"] = "01:00:00";
        var klant = fabriek.Klant();
        for (var i = 0; i < 3; i++)
        {
            var poging = await PogingAsync(klant, "wethouder", $"geraden-{i}");
            poging.Status.ShouldBe(HttpStatusCode.OK, $"poging {i + 1} valt binnen de grens");
            poging.Melding.ShouldStartWith(Mislukt);
        }

        // The fourth try is refused before any password is checked, the right one included.
        var geremd = await PogingAsync(klant, "wethouder", TestKlant.Wachtwoord);
        geremd.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        geremd.Melding.ShouldContain("te vaak");
        geremd.Gebruikersnaam.ShouldBe("wethouder");
        geremd.Antwoord.Headers.RetryAfter.ShouldNotBeNull();
        (await klant.Http.GetAsync("/Account/Inloggen")).StatusCode.ShouldBe(HttpStatusCode.OK, "de pagina zelf blijft bereikbaar");
    }

    internal sealed record Poging(HttpStatusCode Status, string Melding, string? Gebruikersnaam, string Tekst, HttpResponseMessage Antwoord);

    internal static async Task<Poging> PogingAsync(TestKlant klant, string gebruikersnaam, string wachtwoord)
    {
        var antwoord = await klant.VerstuurAsync("/Account/Inloggen", new() { ["Gebruikersnaam"] = gebruikersnaam, ["Wachtwoord"] = wachtwoord });
        var pagina = await TestKlant.LeesAsync(antwoord);
        return new Poging(antwoord.StatusCode,
            (pagina.QuerySelector(".foutsamenvatting p") ?? pagina.QuerySelector(".melding--fout"))?.TextContent.Trim() ?? "",
            pagina.QuerySelector<IHtmlInputElement>("input[name=Gebruikersnaam]")?.Value,
            pagina.QuerySelector("main")?.TextContent.Trim() ?? "",
            antwoord);
    }
}
