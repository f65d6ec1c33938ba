using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Link;

/// <summary>
/// Where a used link lands: what was recorded (the advice or paraaf, the toelichting or reason, when, on which
/// proposal), read back from the database, and nothing more to do. Only the browser that acted knows which link it
/// was (an encrypted TempData value, read once); any other visit, or a second look, gets the plain thank-you.
/// </summary>
[AllowAnonymous]
public sealed class GereedModel(BesluitvormingDbContext db, VoorstelDienst dienst) : PageModel
{
    public const string Sleutel = "LinkVastgelegd";

    public sealed record Vastgelegd(string Voorstel, string Wat, string Uitkomst, string ToelichtingLabel, string? Toelichting, DateTime Tijdstip);

    public Vastgelegd? Uitkomst { get; private set; }

    public async Task OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (TempData[Sleutel] is not string waarde || !long.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var linkId)) return;
        var link = await db.Maillinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId && l.GebruiktOp != null);
        if (link is not { VoorstelId: { } voorstelId }) return;
        var v = await dienst.LaadAsync(voorstelId);
        var taak = v?.Taken.SingleOrDefault(t => t.Id == link.TaakId);
        if (v is null || taak is null) return;
        var voorstel = $"{v.Registratienummer} {v.Onderwerp}";
        if (taak.Soort == Taaksoorten.Advies && taak.Aspect is { } a)
        {
            var aspect = v.Aspecten.Single(x => x.Aspect == a);
            if (aspect.AdviseurId != link.GebruikerId || aspect.Instemming is not { } ja) return;
            Uitkomst = new Vastgelegd(voorstel, $"Uw advies {AspectTeksten.Naam(a).ToLowerInvariant()}",
                ja ? "Ja, u kunt instemmen met het voorstel." : "Nee, u kunt niet instemmen met het voorstel.",
                "Uw toelichting", aspect.Opmerking, aspect.AdviesOp ?? link.GebruiktOp!.Value);
            return;
        }
        var regel = v.Gebeurtenissen.Where(g => g.ActorId == link.GebruikerId && g.Soort is Triggers.Paraferen or Triggers.Terugsturen)
            .OrderByDescending(g => g.Tijdstip).FirstOrDefault();
        if (regel is null) return;
        Uitkomst = regel.Soort == Triggers.Paraferen
            ? new Vastgelegd(voorstel, "Uw paraaf", "Akkoord: u heeft het voorstel geparafeerd; het gaat verder.", "Uw reden", null, regel.Tijdstip)
            : new Vastgelegd(voorstel, "Uw paraaf", "Niet akkoord: het voorstel is teruggestuurd naar de steller.", "Uw reden", regel.Reden, regel.Tijdstip);
    }
}
