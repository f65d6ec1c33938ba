namespace Besluitvorming.Web.Tests.Toegankelijkheid;

/// <summary>Huisstijl:Merkkleur sets the one brand colour of every page, and start-up refuses one that is not a colour or carries white text badly.</summary>
public sealed class HuisstijlTests
{
    [Fact]
    public async Task De_merkkleur_uit_de_instellingen_staat_als_css_variabele_op_elke_pagina()
    {
        using var fabriek = new BesluitvormingFabriek { ExtraInstellingen = { ["Huisstijl:Merkkleur"] = "#7a1f5c" } };
        var html = await (await fabriek.Klant().Http.GetAsync("/Account/Inloggen")).Content.ReadAsStringAsync();

        html.ShouldContain("--bv-merkkleur: #7a1f5c;");
    }

    [Fact]
    public async Task Zonder_instelling_geldt_de_standaardkleur()
    {
        using var fabriek = new BesluitvormingFabriek();
        var html = await (await fabriek.Klant().Http.GetAsync("/Account/Inloggen")).Content.ReadAsStringAsync();

        html.ShouldContain("--bv-merkkleur: #154273;");
    }

    [Theory]
    [InlineData("rood", "moet een kleur zijn als #154273")]
    [InlineData("#12345", "moet een kleur zijn als #154273")]
    [InlineData("#154273; } body { display: none", "moet een kleur zijn als #154273")]
    [InlineData("#ffcc00", "geeft met witte tekst een contrast van 1,5:1; nodig is ten minste 4,5:1")]
    public void Een_merkkleur_die_geen_kleur_is_of_witte_tekst_onleesbaar_maakt_houdt_het_starten_tegen(string kleur, string melding)
    {
        using var fabriek = new BesluitvormingFabriek { ExtraInstellingen = { ["Huisstijl:Merkkleur"] = kleur } };

        Should.Throw<Exception>(() => fabriek.CreateClient()).ToString().ShouldContain(melding);
    }
}
