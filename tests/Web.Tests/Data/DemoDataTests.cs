using System.Buffers.Binary;
using System.Net;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>Demo accounts share a published password: Development only, or when asked for, and never in Production.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task Het_onbekende_wachtwoord_voor_een_oud_demoaccount_voldoet_altijd_aan_het_wachtwoordbeleid()
    {
        // Bytes whose Base64 has no digit and no lower-case letter ("AAAA…="): the password policy refused such a
        // password and start-up stopped, for about one account in 1,400.
        using var fabriek = new BesluitvormingFabriek();
        using var scope = fabriek.Services.CreateScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker { UserName = "x", Email = "x@gemeente.example" };

        foreach (var bytes in new[] { new byte[32], Enumerable.Repeat((byte)0xFF, 32).ToArray() })
        {
            var wachtwoord = DatabaseInitialisatie.OnbekendWachtwoord(bytes);
            foreach (var validator in gebruikers.PasswordValidators)
            {
                var uitslag = await validator.ValidateAsync(gebruikers, gebruiker, wachtwoord);
                uitslag.Succeeded.ShouldBeTrue(string.Join("; ", uitslag.Errors.Select(e => e.Description)));
            }
        }
    }

    [Fact]
    public async Task Demo_accounts_delen_een_eenmaal_berekende_wachtwoordhash_op_de_volle_kosten()
    {
        using var fabriek = new BesluitvormingFabriek();
        await fabriek.IngelogdAlsAsync("steller");

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var hashes = await db.Users.Select(u => u.PasswordHash).ToListAsync();
        hashes.Count.ShouldBeGreaterThan(1);
        hashes.Distinct().Count().ShouldBe(1, "het gedeelde demowachtwoord wordt bij het laden eenmaal gehasht, niet per account");
        // Identity's v3 format: marker 0x01, PRF, then the iteration count big-endian; the cost is the configured one.
        var opties = scope.ServiceProvider.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        opties.IterationCount.ShouldBeGreaterThanOrEqualTo(100_000, "de kosten voor echte accounts gaan niet omlaag");
        var bytes = Convert.FromBase64String(hashes[0]!);
        bytes[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)).ShouldBe((uint)opties.IterationCount);
    }

    [Fact]
    public async Task Productie_laadt_zonder_instelling_geen_demo_accounts()
    {
        using var fabriek = new BesluitvormingFabriek { Omgeving = "Production" };
        fabriek.ExtraInstellingen["Database:DemoData"] = null; // as shipped: not set

        var antwoord = await fabriek.Klant().VerstuurAsync("/Account/Inloggen",
            new() { ["Gebruikersnaam"] = "beheerder", ["Wachtwoord"] = TestKlant.Wachtwoord });
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, "het gepubliceerde wachtwoord opent niets");
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        (await db.Users.CountAsync()).ShouldBe(0);
        (await db.Voorstellen.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public void Productie_met_demodata_aan_start_niet_en_zegt_waarom()
    {
        using var fabriek = new BesluitvormingFabriek { Omgeving = "Production" };
        fabriek.ExtraInstellingen["Database:DemoData"] = "true";

        var fout = Should.Throw<Exception>(() => fabriek.CreateClient());
        fout.ToString().ShouldContain("Database:DemoData");
        fout.ToString().ShouldContain("Production");
        File.Exists(fabriek.DatabasePad).ShouldBeFalse("er is niets aangemaakt of geladen");
    }

    [Fact]
    public async Task Een_productiedatabase_met_demo_accounts_van_vroeger_opent_niet_meer_met_het_gepubliceerde_wachtwoord()
    {
        var map = Path.Combine(Path.GetTempPath(), "besluitvorming-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(map);
        var verbinding = $"Data Source={Path.Combine(map, "gedeeld.db")}";
        try
        {
            // Seeded as the old default did, then started as Production on the same database.
            using (var vroeger = new BesluitvormingFabriek())
            {
                vroeger.ExtraInstellingen["Database:ConnectionString"] = verbinding;
                await vroeger.IngelogdAlsAsync("beheerder");
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            using var productie = new BesluitvormingFabriek { Omgeving = "Production" };
            productie.ExtraInstellingen["Database:ConnectionString"] = verbinding;
            productie.ExtraInstellingen["Database:DemoData"] = null;
            foreach (var wie in new[] { "beheerder", "steller", "secretaris" })
            {
                var antwoord = await productie.Klant().VerstuurAsync("/Account/Inloggen",
                    new() { ["Gebruikersnaam"] = wie, ["Wachtwoord"] = TestKlant.Wachtwoord });
                antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, $"{wie}: het gepubliceerde wachtwoord opent niets meer");
            }
            using var scope = productie.Services.CreateScope();
            (await scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>().Voorstellen.CountAsync())
                .ShouldBeGreaterThan(0, "de gegevens zelf blijven staan");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(map, recursive: true);
        }
    }

    [Fact]
    public async Task Development_laadt_de_demo_uit_zijn_eigen_instellingen()
    {
        using var fabriek = new BesluitvormingFabriek { Omgeving = "Development" };
        fabriek.ExtraInstellingen["Database:DemoData"] = null; // what appsettings.Development.json says counts
        await fabriek.IngelogdAlsAsync("beheerder");
    }
}
