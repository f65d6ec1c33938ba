namespace Besluitvorming.Web.Tests.Identiteit.Sso;

/// <summary>
/// The test provider (<see cref="TestProvider"/>) and the app on a real port, configured for single sign-on by settings
/// alone: members of group "besluitvorming-beheer" are Beheerder, of "griffie" Griffie; other roles are the app's.
/// </summary>
public class SsoOmgeving : IAsyncLifetime
{
    public const string Weergavenaam = "Testgemeente-ID";

    public TestProvider Provider { get; } = new();
    public BesluitvormingFabriek App { get; } = new();
    public Uri Adres { get; private set; } = null!;

    protected virtual void Instellen(Dictionary<string, string?> instellingen) { }

    public async ValueTask InitializeAsync()
    {
        await Provider.StartAsync();
        var i = App.ExtraInstellingen;
        i["Sso:Ingeschakeld"] = "true";
        i["Sso:Authority"] = Provider.Issuer.ToString();
        i["Sso:ClientId"] = TestProvider.ClientId;
        i["Sso:ClientSecret"] = TestProvider.ClientSecret;
        i["Sso:Weergavenaam"] = Weergavenaam;
        i["Sso:Groepclaim"] = "groups";
        i["Sso:Groepen:0:Groep"] = "besluitvorming-beheer";
        i["Sso:Groepen:0:Rol"] = "Beheerder";
        i["Sso:Groepen:1:Groep"] = "griffie";
        i["Sso:Groepen:1:Rol"] = "Griffie";
        Instellen(i);
        Adres = App.StartOpEchtePoort();
        await Provider.RegistreerAppAsync(Adres);
    }

    public SsoBrowser Browser() => new(Adres);

    /// <summary>A new person at the provider, who signs in at the next authorization request.</summary>
    public TestGebruiker NieuwePersoon(params string[] groepen)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var persoon = new TestGebruiker("sub-" + id, $"p{id}@gemeente.example", $"Medewerker {id}", $"medewerker.{id}", groepen);
        Provider.Gebruiker = persoon;
        return persoon;
    }

    /// <summary>A new person at the provider who already has an account here with the same e-mail address, not yet linked.</summary>
    public async Task<TestGebruiker> PersoonMetAccountAsync(string[]? rollen = null, string[]? groepen = null)
    {
        var persoon = NieuwePersoon(groepen ?? []);
        await SsoAccounts.MaakAsync(App, "account." + persoon.Subject[4..], persoon.Email, rollen ?? []);
        return persoon;
    }

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await Provider.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
