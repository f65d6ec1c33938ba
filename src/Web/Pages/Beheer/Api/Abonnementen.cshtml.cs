using Besluitvorming.Web.Api.Webhooks;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Api;

/// <summary>
/// The webhook subscriptions of every API client, with how their deliveries went: the beheerder sees what failed
/// (after the last attempt, or still retrying) and can cancel a subscription, which gives up what still waits for it.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class AbonnementenModel(BesluitvormingDbContext db, TimeProvider klok) : PageModel
{
    public const int Recent = 50;

    public sealed record Rij(long Id, string ClientId, string Kanaal, string CallbackUrl, bool Actief, DateTime AangemaaktOp,
        DateTime? OpgehevenOp, string? OpgehevenDoor, int Bezorgd, int Wachtend, int Mislukt);

    public sealed record Bezorgregel(long Id, long AbonnementId, string ClientId, string Kanaal, string CallbackUrl, Guid GebeurtenisId,
        int VoorstelId, BezorgStatus Status, int Pogingen, DateTime AangemaaktOp, DateTime VolgendePogingOp, DateTime? BezorgdOp,
        int? LaatsteStatuscode, string? LaatsteFout);

    public IReadOnlyList<Rij> Abonnementen { get; private set; } = [];
    public IReadOnlyList<Bezorgregel> Mislukt { get; private set; } = [];
    public IReadOnlyList<Bezorgregel> Recente { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var tellingen = await db.Bezorgingen.GroupBy(b => new { b.AbonnementId, b.Status })
            .Select(g => new { g.Key.AbonnementId, g.Key.Status, Aantal = g.Count() }).ToListAsync(ct);
        int Tel(long id, BezorgStatus s) => tellingen.Where(t => t.AbonnementId == id && t.Status == s).Sum(t => t.Aantal);
        Abonnementen = (await db.Abonnementen.AsNoTracking().OrderByDescending(a => a.Actief).ThenBy(a => a.ClientId).ThenBy(a => a.Id)
                .ToListAsync(ct))
            .Select(a => new Rij(a.Id, a.ClientId, a.Kanaal, a.CallbackUrl, a.Actief, a.AangemaaktOp, a.OpgehevenOp, a.OpgehevenDoor,
                Tel(a.Id, BezorgStatus.Bezorgd), Tel(a.Id, BezorgStatus.Wachtend), Tel(a.Id, BezorgStatus.Mislukt)))
            .ToList();
        Mislukt = await Regels(db.Bezorgingen.Where(b => b.Status == BezorgStatus.Mislukt || (b.Status == BezorgStatus.Wachtend && b.Pogingen > 0)))
            .ToListAsync(ct);
        Recente = await Regels(db.Bezorgingen).ToListAsync(ct);
    }

    private static IQueryable<Bezorgregel> Regels(IQueryable<Bezorging> bron) => bron.OrderByDescending(b => b.Id).Take(Recent)
        .Select(b => new Bezorgregel(b.Id, b.AbonnementId, b.Abonnement.ClientId, b.Abonnement.Kanaal, b.Abonnement.CallbackUrl,
            b.Notificatie.GebeurtenisId, b.Notificatie.VoorstelId, b.Status, b.Pogingen, b.AangemaaktOp, b.VolgendePogingOp, b.BezorgdOp,
            b.LaatsteStatuscode, b.LaatsteFout));

    public async Task<IActionResult> OnPostOpheffenAsync(long? id)
    {
        if (id is null || await db.Abonnementen.SingleOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted) is not { } a)
            return NotFound();
        if (!a.Actief)
        {
            TempData["Fout"] = $"Abonnement {a.Id} was al opgeheven.";
            return RedirectToPage();
        }
        await AbonnementenApi.HefOpAsync(db, a, $"beheerder {User.Identity?.Name}", klok.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        TempData["Succes"] = $"Het abonnement {a.Id} van {a.ClientId} op {a.Kanaal} is opgeheven; wat nog wachtte, wordt niet meer bezorgd.";
        return RedirectToPage();
    }
}
