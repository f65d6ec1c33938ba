using System.Net;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Besluitvorming.Web.Tests.Jobs;

/// <summary>
/// The daily job removes the API's tokens and consents that no longer hold once they are older than Api:OpruimenNa, and
/// keeps what still works. The job is run directly, with the clock moved.
/// </summary>
public sealed class TokenOpruimJobTests
{
    private sealed record Rij(string Id, string ClientId, string Type, string Status);

    private static async Task<List<Rij>> TokensAsync(BesluitvormingFabriek app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BesluitvormingDbContext>();
        return await db.Set<OpenIddictEntityFrameworkCoreToken>()
            .Select(t => new Rij(t.Id!, t.Application!.ClientId!, t.Type!, t.Status!)).ToListAsync();
    }

    [Fact]
    public async Task Oude_verlopen_en_gebruikte_tokens_gaan_weg_en_geldige_tokens_en_toestemmingen_blijven()
    {
        using var app = new BesluitvormingFabriek();
        ApiTests.ZetClients(app);
        app.ExtraInstellingen["Api:VernieuwingstokenLevensduur"] = "30.00:00:00";
        var flow = new Autorisatiecode(app);
        // OpenIddict's store compares expiry with the system clock (not the app's), so the test's old tokens are made
        // 20 days before the real now, and the job runs at the real now: both clocks then agree on what has expired.
        app.Klok.ZetOp(TimeProvider.System.GetUtcNow().AddDays(-20));

        var oudCc = await ApiTests.TokenAsync(app.Klant().Http);
        var client = await flow.RegistreerAsync();
        var eerste = await flow.TokensAsync(client);
        var vernieuwd = await Autorisatiecode.LeesTokensAsync(await flow.VernieuwAsync(client, eerste.Vernieuwing!));
        // A consent the user withdrew, with its tokens.
        var ingetrokken = await flow.RegistreerAsync();
        await flow.TokensAsync(ingetrokken);
        using (var scope = app.Services.CreateScope())
        {
            var autorisaties = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            var clients = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var id = await clients.GetIdAsync((await clients.FindByClientIdAsync(ingetrokken.Id))!);
            await foreach (var a in autorisaties.FindByApplicationIdAsync(id!)) (await autorisaties.TryRevokeAsync(a)).ShouldBeTrue();
        }
        var oud = await TokensAsync(app);

        app.Klok.ZetOp(TimeProvider.System.GetUtcNow());
        var jong = await ApiTests.TokenAsync(app.Klant().Http);
        var (tokens, toestemmingen) = await ActivatorUtilities.CreateInstance<TokenOpruimJob>(app.Services).RuimOpAsync();

        var over = await TokensAsync(app);
        // Of the old ones only the refresh token not yet used is left (valid for 10 more days).
        over.Where(t => oud.Any(o => o.Id == t.Id)).Select(t => (t.ClientId, Vernieuwing: t.Type.EndsWith("refresh_token"), t.Status))
            .ShouldBe([(client.Id, true, OpenIddictConstants.Statuses.Valid)]);
        tokens.ShouldBe(oud.Count - 1);
        over.Count.ShouldBe(2, "het nieuwe token van vandaag blijft ook");
        toestemmingen.ShouldBe(1, "de ingetrokken toestemming");

        // What is left still works: the young token reads, the refresh token gives new tokens without a new consent.
        (await flow.LeesBesluitenAsync(jong)).ShouldBe(HttpStatusCode.OK);
        var daarna = await Autorisatiecode.LeesTokensAsync(await flow.VernieuwAsync(client, vernieuwd.Vernieuwing!));
        (await flow.LeesBesluitenAsync(daarna.Toegang)).ShouldBe(HttpStatusCode.OK);
        (await flow.LeesBesluitenAsync(oudCc)).ShouldBe(HttpStatusCode.Unauthorized);
    }
}
