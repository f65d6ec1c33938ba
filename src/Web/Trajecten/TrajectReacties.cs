using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Trajecten;

/// <summary>
/// What a traject's domain events cause outside the aggregate: mail in the outbox (same transaction, before the
/// commit) and Quartz reminders (after the commit). Driven only by the events, never by reading the timeline.
/// Which mails a transition sends is its <c>mail</c> list in the definition (<see cref="Trajectmails"/>); a step opened
/// without a transition (the start, a re-opened step, a handover) always goes to its owner. Nobody is mailed about
/// their own action, except of a new step that is theirs.
/// </summary>
public sealed class TrajectReacties(TrajectMail mail, Maillinks links, StapTermijnPlanner planner)
{
    /// <summary>Writes the outbox rows (and mail links) the events call for; true when something was added.</summary>
    public async Task<bool> VoorCommitAsync(Traject traject, WorkflowDefinitie definitie, IReadOnlyList<Domeingebeurtenis> gebeurtenissen,
        DateTime nu, Actor? actor = null, CancellationToken ct = default)
    {
        if (gebeurtenissen.Count == 0) return false;
        // A closed visit's links are void; a handover closes and re-opens the same visit, so this runs before the new link.
        await links.TrekInVoorStappenAsync(gebeurtenissen.OfType<TrajectStapGesloten>().Select(e => e.Stap.Id).Distinct().ToList(), ct);
        await mail.AdressenAsync(gebeurtenissen.SelectMany(Betrokkenen).Append(traject.ProjectleiderId), ct);
        bool Niet(string id) => actor is not null && (actor.Id == id);

        var geschreven = false;
        IReadOnlyList<string>? overgangsmails = null;
        foreach (var e in gebeurtenissen)
        {
            switch (e)
            {
                case TrajectStapVoltooid v:
                    overgangsmails = Trajectmails.Van(definitie.ZoekOvergang(v.Van, v.Trigger));
                    if (overgangsmails.Contains(Trajectmails.Projectleider) && !Niet(traject.ProjectleiderId))
                        geschreven |= mail.StapAfgerond(traject, definitie, v, actor);
                    break;
                case TrajectStapGeopend g:
                    // A new step is a new task, so its owner gets it even when they caused it (the link is for this step).
                    if ((overgangsmails ?? Trajectmails.Standaard).Contains(Trajectmails.Eigenaar))
                        geschreven |= mail.StapGeopend(traject, definitie, g.Stap);
                    overgangsmails = null;
                    break;
                case TrajectOpmerkingGeplaatst o:
                    var vanLeider = o.Auteur.Id == traject.ProjectleiderId || o.Auteur.VervangtVoor.Contains(traject.ProjectleiderId);
                    if (!vanLeider)
                        geschreven |= mail.Opmerking(traject, definitie, o, traject.ProjectleiderId, traject.ProjectleiderNaam);
                    if (o.Stap.EigenaarId != o.Auteur.Id && o.Stap.EigenaarId != traject.ProjectleiderId)
                        geschreven |= mail.Opmerking(traject, definitie, o, o.Stap.EigenaarId, o.Stap.EigenaarNaam);
                    break;
                case BesluitmomentGestart b when !Niet(traject.ProjectleiderId):
                    geschreven |= mail.Besluitmoment(traject, definitie, b, actor);
                    break;
            }
        }
        return geschreven;
    }

    /// <summary>Plans or removes the reminders of the steps the events opened, closed or moved.</summary>
    public Task NaCommitAsync(Traject traject, WorkflowDefinitie definitie, IReadOnlyList<Domeingebeurtenis> gebeurtenissen,
        CancellationToken ct = default) => planner.NaCommitAsync(traject, gebeurtenissen, ct);

    private static IEnumerable<string> Betrokkenen(Domeingebeurtenis e) => e switch
    {
        TrajectStapGeopend g => [g.Stap.EigenaarId],
        TrajectOpmerkingGeplaatst o => [o.Stap.EigenaarId],
        _ => [],
    };
}
