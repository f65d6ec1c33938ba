using System.Net;
using AngleSharp.Dom;

namespace Besluitvorming.Web.Tests.Account;

public sealed class InloggenTests
{
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
        var klant = fabriek.Klant();
        var antwoord = await klant.VerstuurAsync("/Account/Inloggen", new() { ["Gebruikersnaam"] = "steller", ["Wachtwoord"] = "fout" });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await TestKlant.LeesAsync(antwoord);
        pagina.QuerySelector(".melding--fout")!.TextContent.ShouldContain("De combinatie van gebruikersnaam en wachtwoord is onjuist.");
        pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Gebruikersnaam]")!.Value.ShouldBe("steller");
    }
}
