using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Mail;

/// <summary>Mail that could not be delivered: the beheerder sees the error and can send it again.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class IndexModel(BesluitvormingDbContext db, MailSignaal signaal, TimeProvider klok) : PageModel
{
    public sealed record Rij(long Id, string Aan, string Onderwerp, string Soort, int? VoorstelId, DateTime AangemaaktOp,
        int Pogingen, string? LaatsteFout, MailStatus Status, DateTime VolgendePogingOp);

    public IReadOnlyList<Rij> Mislukt { get; private set; } = [];
    public IReadOnlyList<Rij> Wachtend { get; private set; } = [];
    public int AantalVerzonden { get; private set; }

    public async Task OnGetAsync()
    {
        var rijen = await db.UitgaandeMails.AsNoTracking().Where(m => m.Status != MailStatus.Verzonden)
            .OrderByDescending(m => m.Id).Take(500)
            .Select(m => new Rij(m.Id, m.AanNaam + " <" + m.AanAdres + ">", m.Onderwerp, m.Soort, m.VoorstelId, m.AangemaaktOp,
                m.Pogingen, m.LaatsteFout, m.Status, m.VolgendePogingOp))
            .ToListAsync();
        Mislukt = rijen.Where(r => r.Status == MailStatus.Mislukt).ToList();
        Wachtend = rijen.Where(r => r.Status == MailStatus.Wachtend).ToList();
        AantalVerzonden = await db.UitgaandeMails.CountAsync(m => m.Status == MailStatus.Verzonden);
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(long id)
    {
        var mail = await db.UitgaandeMails.SingleOrDefaultAsync(m => m.Id == id);
        if (mail is null) return NotFound();
        if (mail.Status != MailStatus.Mislukt)
        {
            TempData["Fout"] = "Dit bericht is niet (meer) mislukt; er is niets opnieuw verstuurd.";
            return RedirectToPage();
        }
        mail.OpnieuwVersturen(klok.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        signaal.Wek();
        TempData["Succes"] = $"Het bericht aan {mail.AanAdres} wordt opnieuw verstuurd.";
        return RedirectToPage();
    }
}
