using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// Everything a mail link opens, or nothing: the token must be known, unused, unexpired and not revoked, its task
/// still open in the proposal's current state and still held by the link's person, who must still qualify for it.
/// Which of these failed is not told to the caller, so a refused link reveals nothing.
/// </summary>
public sealed class LinkToegang(BesluitvormingDbContext db, Maillinks links, VoorstelDienst dienst, TimeProvider klok)
{
    public sealed record Geopend(Maillink Link, Voorstel Voorstel, Taak Taak, Actor Actor, Overgangscontext Context);

    public async Task<Geopend?> OpenAsync(string? token, CancellationToken ct = default)
    {
        var link = await links.ZoekAsync(token, ct);
        if (link is not { VoorstelId: { } voorstelId, TaakId: not null } || !link.IsBruikbaar(klok.GetUtcNow().UtcDateTime)) return null;
        var voorstel = await dienst.LaadAsync(voorstelId, ct);
        var taak = voorstel?.Taken.SingleOrDefault(t => t.Id == link.TaakId);
        if (voorstel is null || taak is null || !taak.IsOpen || taak.Status != voorstel.Status || taak.HouderId != link.GebruikerId)
            return null;
        var actor = await ActorLader.LaadAsync(db, link.GebruikerId, ct);
        if (!actor.MagHandelenOp(taak) || !actor.VoldoetAanRol(taak)) return null;
        var ctx = await dienst.ContextAsync(voorstel, actor, ct);
        // Only a task whose mail carried a personal link (the definition's 'paraaf' and 'advies') is answered here.
        if (ctx.Definitie.TaakDefinitie(taak.Status, taak.Soort)?.Mail is not (Taakmails.Paraaf or Taakmails.Advies)) return null;
        return new Geopend(link, voorstel, taak, actor, ctx);
    }
}
