using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// What a traject step's mail link opens, or nothing: as <see cref="LinkToegang"/> for a proposal's task, the token must
/// be known, unused, unexpired and not revoked, and its step visit must still be the traject's open step, held by the
/// link's person. Which of these failed is not told, so a refused link reveals nothing.
/// </summary>
public sealed class StapLinkToegang(BesluitvormingDbContext db, Maillinks links, TrajectDienst dienst, TimeProvider klok)
{
    public sealed record Geopend(Maillink Link, Traject Traject, TrajectStap Stap, WorkflowDefinitie Definitie, Actor Actor);

    public async Task<Geopend?> OpenAsync(string? token, CancellationToken ct = default)
    {
        var link = await links.ZoekAsync(token, ct);
        if (link is not { TrajectId: { } trajectId, TrajectStapId: { } stapId } || !link.IsBruikbaar(klok.GetUtcNow().UtcDateTime)) return null;
        var traject = await dienst.LaadAsync(trajectId, ct);
        var stap = traject?.HuidigeStap;
        if (traject is null || stap is null || stap.Id != stapId || stap.EigenaarId != link.GebruikerId) return null;
        var definitie = await dienst.DefinitieAsync(traject, ct);
        if (definitie.Status(stap.Stap).Besluitmoment is not null) return null;
        return new Geopend(link, traject, stap, definitie, await ActorLader.LaadAsync(db, link.GebruikerId, ct));
    }
}
