using Besluitvorming.Web.Data;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Regels;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Link;

/// <summary>
/// A task opened from a mail link, without signing in. The GET only shows the proposal and the choices; the POST
/// (with antiforgery) checks the link again and acts as the link's person through the same domain verbs as the app.
/// Deciding uses the link up; a remark only does not.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(LinkToegang toegang, VoorstelDienst dienst, BesluitvormingDbContext db) : PageModel
{
    public sealed class LinkFormulier
    {
        public int Revisie { get; set; }
        public string? Keuze { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Toelichting { get; set; }
    }

    [BindProperty]
    public LinkFormulier Invoer { get; set; } = new();

    public LinkToegang.Geopend? Open { get; private set; }
    public IReadOnlyList<Bijlage> Bijlagen { get; private set; } = [];
    public string? AfdelingNaam { get; private set; }
    public string Token { get; private set; } = "";
    public bool IsAdvies => Open?.Taak.Aspect is not null;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await LaadAsync(token)) return Geweigerd();
        Invoer = new LinkFormulier { Revisie = Open!.Voorstel.Revisie };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LaadAsync(token)) return Geweigerd();
        var o = Open!;
        var keuzes = IsAdvies ? new[] { "ja", "nee", "opmerking" } : ["akkoord", "terugsturen"];
        if (Invoer.Keuze is null || !keuzes.Contains(Invoer.Keuze))
        {
            ModelState.AddModelError("Invoer.Keuze", IsAdvies
                ? "Kies of u kunt instemmen (ja of nee), of dat u alleen een opmerking plaatst."
                : "Kies of u akkoord gaat of het voorstel terugstuurt.");
            return Page();
        }
        if (ModelState.GetFieldValidationState("Invoer.Toelichting") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid) return Page();
        try
        {
            if (Invoer.Keuze == "opmerking")
            {
                await dienst.PlaatsOpmerkingAsync(o.Voorstel.Id, Invoer.Toelichting, o.Actor);
                TempData["Succes"] = "Uw opmerking is doorgegeven aan de steller. U kunt later via dezelfde link alsnog adviseren.";
                return RedirectToPage("Index", new { token });
            }
            var (trigger, invoer) = Invoer.Keuze switch
            {
                "ja" or "nee" => (Triggers.AdviesUitbrengen, new ActieInvoer
                {
                    TaakId = o.Taak.Id, Instemming = Invoer.Keuze == "ja", Opmerking = Invoer.Toelichting, Revisie = Invoer.Revisie,
                }),
                "akkoord" => (Triggers.Paraferen, new ActieInvoer { TaakId = o.Taak.Id, Revisie = Invoer.Revisie }),
                _ => (Triggers.Terugsturen, new ActieInvoer { TaakId = o.Taak.Id, Reden = Invoer.Toelichting, Revisie = Invoer.Revisie }),
            };
            await dienst.VoerAsync(o.Voorstel.Id, trigger, invoer, o.Actor, maillinkId: o.Link.Id);
        }
        catch (ActieOngeldigException e)
        {
            foreach (var (veld, melding) in e.Fouten)
                ModelState.AddModelError(veld is nameof(ActieInvoer.Instemming) ? "Invoer.Keuze" : "Invoer.Toelichting", melding);
            return Page();
        }
        catch (VoorstelGewijzigdException e)
        {
            await LaadAsync(token);
            ModelState.Remove("Invoer.Revisie");
            Invoer.Revisie = Open?.Voorstel.Revisie ?? Invoer.Revisie;
            ModelState.AddModelError(string.Empty, e.Message);
            return Open is null ? Geweigerd() : Page();
        }
        catch (RegelsBlokkerenException e)
        {
            // The gate's rules stop the decision: say why, next to the choice; keep what was typed; the link stays usable.
            ModelState.AddModelError("Invoer.Keuze", e.Message);
            return Page();
        }
        catch (VoorstelFout)
        {
            return Geweigerd();
        }
        // Only this browser learns which link it was (TempData is encrypted and read once); Gereed shows what was stored.
        TempData[GereedModel.Sleutel] = o.Link.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RedirectToPage("Gereed");
    }

    private async Task<bool> LaadAsync(string token)
    {
        Response.Headers.CacheControl = "no-store";
        Token = token;
        Open = await toegang.OpenAsync(token);
        if (Open is null) return false;
        var o = Open;
        Bijlagen = o.Voorstel.Bijlagen.OrderBy(b => b.Nr)
            .Where(b => o.Voorstel.MagBijlageZien(b, o.Actor, o.Context.Vandaag)).ToList();
        AfdelingNaam = await db.Afdelingen.Where(a => a.Id == o.Voorstel.AfdelingId).Select(a => a.Naam).SingleOrDefaultAsync();
        return true;
    }

    private IActionResult Geweigerd()
    {
        Open = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
