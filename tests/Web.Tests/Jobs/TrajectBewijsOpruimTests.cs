using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Trajecten;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Besluitvorming.Web.Tests.Jobs;

/// <summary>
/// A verslag or plan that is a traject step's evidence lives in Bestanden like a proposal's attachment: the nightly
/// clean-up of unused uploads keeps it, and still removes an upload nothing refers to.
/// </summary>
public sealed class TrajectBewijsOpruimTests(BesluitvormingFabriek fabriek) : IClassFixture<BesluitvormingFabriek>
{
    private async Task<Guid> UploadAsync(string naam)
    {
        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        var bestand = new Bestand
        {
            Id = Guid.NewGuid(), EigenaarId = "steller", Bestandsnaam = naam, ContentType = "application/pdf",
            Grootte = Route.Pdf.Length, Inhoud = Route.Pdf, GeuploadOp = fabriek.Klok.GetUtcNow().UtcDateTime,
        };
        db.Bestanden.Add(bestand);
        await db.SaveChangesAsync();
        return bestand.Id;
    }

    [Fact]
    public async Task Het_verslag_van_een_stap_overleeft_het_opruimen_van_ongebruikte_uploads()
    {
        var id = await Trajectstart.StartAsync(fabriek, $"Opruimhuis {Guid.NewGuid():N}");
        var verslag = await UploadAsync("verslag.pdf");
        var wees = await UploadAsync("wees.pdf");
        await Trajectstart.VoerAsync(fabriek, id, "steller",
            (t, d, a, nu) => t.Voltooien(d, a, [new Bewijs(verslag, Bewijssoorten.Verslag, "verslag.pdf")], "Er waren er dertig", nu));

        fabriek.Klok.ZetOp(fabriek.Klok.GetUtcNow().AddDays(2));
        await ActivatorUtilities.CreateInstance<BijlagenOpruimJob>(fabriek.Services).RuimOpAsync();

        using var scope = fabriek.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        (await db.Bestanden.AnyAsync(b => b.Id == verslag)).ShouldBeTrue("het verslag is bewijs van een stap");
        (await db.Bestanden.AnyAsync(b => b.Id == wees)).ShouldBeFalse("een upload waar niets naar verwijst gaat weg");
    }
}
