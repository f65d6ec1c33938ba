namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>Wrong single sign-on settings stop the start with a Dutch message per key (see Productie/ConfiguratieTests).</summary>
public sealed class SsoInstellingenTests
{
    private const string Geheim = "s3cr3t-van-de-client";

    public static TheoryData<string, string[], string[]> Gevallen => new()
    {
        { "Testing", ["Sso:Ingeschakeld=true"], ["Sso:Authority: vul het adres", "Sso:ClientId: vul de client-id", "Sso:ClientSecret: vul het clientgeheim"] },
        { "Testing", ["Sso:LokaleWachtwoorden=false"], ["Sso:LokaleWachtwoorden: staat uit terwijl Sso:Ingeschakeld ook uit staat"] },
        {
            "Testing",
            ["Sso:Ingeschakeld=true", "Sso:Authority=https://sso.gemeente.example/realms/g", "Sso:ClientId=b", "Sso:ClientSecret=" + Geheim,
             "Sso:Groepen:0:Groep=raad", "Sso:Groepen:0:Rol=Koning", "Sso:Groepen:1:Rol=Griffie"],
            ["Sso:Groepclaim: vul de claim met groepen in", "Sso:Groepen:0:Rol: 'Koning' is geen rol", "Sso:Groepen:1:Groep: vul de naam of id van de groep in"]
        },
        {
            "Production",
            ["Sso:Ingeschakeld=true", "Sso:Authority=http://sso.gemeente.example/", "Sso:ClientId=b", "Sso:ClientSecret=" + Geheim],
            ["Sso:Authority: het adres van de identity provider moet met https:// beginnen"]
        },
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Een_verkeerde_sso_instelling_houdt_de_start_tegen_en_noemt_de_instelling(string omgeving, string[] instellingen, string[] berichten)
    {
        using var fabriek = new BesluitvormingFabriek { Omgeving = omgeving };
        foreach (var i in instellingen) fabriek.ExtraInstellingen[i[..i.IndexOf('=')]] = i[(i.IndexOf('=') + 1)..];

        var fout = Should.Throw<Exception>(() => fabriek.CreateClient()).Message;

        fout.ShouldStartWith("De configuratie is ongeldig; de app start niet.");
        foreach (var bericht in berichten) fout.ShouldContain(bericht);
        fout.ShouldNotContain(Geheim);
    }
}
