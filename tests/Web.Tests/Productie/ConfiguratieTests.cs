namespace Besluitvorming.Web.Tests.Productie;

/// <summary>
/// A wrong setting stops the app before it touches the database, with one message that names each wrong setting by
/// its configuration key and says what it should be; a secret in a setting is never repeated.
/// </summary>
public sealed class ConfiguratieTests
{
    private const string Kop = "De configuratie is ongeldig; de app start niet.";

    private static string StartFout(BesluitvormingFabriek fabriek)
    {
        var fout = Should.Throw<Exception>(() => fabriek.CreateClient());
        File.Exists(fabriek.DatabasePad).ShouldBeFalse("de database is niet aangeraakt");
        return fout.Message;
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider: moet 'Sqlite', 'PostgreSQL' of 'SqlServer' zijn.")]
    [InlineData("Database:ConnectionString", "Bestand=test.db", "Database:ConnectionString: is geen geldige verbindingsreeks")]
    [InlineData("Database:ConnectionString", "Cache=Shared", "Database:ConnectionString: noemt geen bestand (Data Source=...)")]
    [InlineData("Mail:BasisUrl", "besluitvorming.gemeente.nl", "Mail:BasisUrl: moet een volledig http(s)-adres")]
    [InlineData("Mail:BasisUrl", "ftp://besluitvorming.gemeente.nl", "Mail:BasisUrl: moet een volledig http(s)-adres")]
    [InlineData("Mail:Afzender", "secretariaat", "Mail:Afzender: is geen e-mailadres.")]
    [InlineData("Mail:SmtpPoort", "0", "Mail:SmtpPoort: moet een poortnummer van 1 tot en met 65535 zijn.")]
    [InlineData("Mail:SmtpPoort", "vijfentwintig", "'Mail:SmtpPoort'")]
    [InlineData("Mail:SmtpTls", "Altijd", "Mail:SmtpTls: moet None, Auto, SslOnConnect, StartTls of StartTlsWhenAvailable zijn.")]
    [InlineData("Mail:SmtpGebruiker", "relay", "Mail:SmtpGebruiker: en Mail:SmtpWachtwoord horen samen")]
    [InlineData("Mail:MaxWachttijd", "00:00:00.100", "Mail:MaxWachttijd: mag niet korter zijn dan Mail:EersteWachttijd.")]
    [InlineData("Mail:Interval", "00:00:00", "Mail:Interval: moet langer dan 0 zijn")]
    [InlineData("Jobs:SchedulerNaam", "besluit vorming", "Jobs:SchedulerNaam: mag alleen letters, cijfers")]
    [InlineData("Jobs:IdleWacht", "01:00:00", "Jobs:IdleWacht: moet tussen 0 en 10 minuten liggen")]
    [InlineData("Api:VernieuwingstokenLevensduur", "00:10:00", "Api:VernieuwingstokenLevensduur: moet tussen 1 uur en 365 dagen liggen.")]
    [InlineData("Api:VernieuwingstokenMarge", "00:05:00", "Api:VernieuwingstokenMarge: moet tussen 0 en 1 minuut liggen.")]
    [InlineData("Api:OpruimenNa", "00:00:00", "Api:OpruimenNa: moet tussen 1 uur en 365 dagen liggen.")]
    public void Een_verkeerde_instelling_houdt_de_start_tegen_en_noemt_de_instelling(string sleutel, string waarde, string bericht)
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen[sleutel] = waarde;

        var fout = StartFout(fabriek);

        fout.ShouldStartWith(Kop);
        fout.ShouldContain(bericht);
    }

    [Fact]
    public void Alle_verkeerde_instellingen_staan_in_een_bericht()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Mail:BasisUrl"] = "gemeente";
        fabriek.ExtraInstellingen["Jobs:SchedulerNaam"] = "met spatie";

        var fout = StartFout(fabriek);

        fout.ShouldContain("\n- Mail:BasisUrl: ");
        fout.ShouldContain("\n- Jobs:SchedulerNaam: ");
    }

    [Fact]
    public void Een_verkeerde_verbindingsreeks_herhaalt_het_wachtwoord_niet()
    {
        using var fabriek = new BesluitvormingFabriek();
        fabriek.ExtraInstellingen["Database:Provider"] = "PostgreSQL";
        fabriek.ExtraInstellingen["Database:ConnectionString"] = "Host=db;Password=Geheim-8472;Hots=db";

        var fout = StartFout(fabriek);

        fout.ShouldContain("Database:ConnectionString: is geen geldige verbindingsreeks");
        fout.ShouldContain("Host=db;Database=besluitvorming;Username=besluitvorming;Password=...", customMessage: "met een voorbeeld");
        fout.ShouldNotContain("Geheim-8472");
    }
}
