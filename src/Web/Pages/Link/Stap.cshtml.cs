using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Link;

/// <summary>
/// A traject step opened from its owner's mail link, without signing in. The GET only shows the step and the form; the
/// POST (with antiforgery) checks the link again, stores the verslag or plan as evidence and completes the step as the
/// link's person through <see cref="TrajectDienst"/>, which marks the link used in the same transaction. A refusal
/// (missing evidence, a gate rule) is recorded in the traject's timeline, shown next to the file field, and leaves the
/// link usable; the typed remark and an accepted upload are kept.
/// </summary>
[AllowAnonymous]
[MultipartFormulier]
public sealed class StapModel(StapLinkToegang toegang, TrajectDienst dienst, BijlageOpslag opslag) : PageModel
{
    public const string Vastgelegd = "StapVastgelegd";

    public sealed class StapFormulier
    {
        public IFormFile? Bestand { get; set; }
        /// <summary>An upload accepted by an earlier post of this form that was refused for another reason.</summary>
        public Guid? BestandId { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Opmerking { get; set; }
    }

    [BindProperty]
    public StapFormulier Invoer { get; set; } = new();

    public StapLinkToegang.Geopend? Open { get; private set; }
    public string? BewaardBestand { get; private set; }
    public string? Bevestiging { get; private set; }

    /// <summary>The kind of evidence the step asks for (the first it requires), else a verslag.</summary>
    public string Bewijssoort => Open?.Definitie.Status(Open.Stap.Stap).VereistBewijs.FirstOrDefault() ?? Bewijssoorten.Verslag;

    public async Task<IActionResult> OnGetAsync(string? t)
    {
        Response.Headers.CacheControl = "no-store";
        if (t is null && TempData[Vastgelegd] is string bevestiging)
        {
            Bevestiging = bevestiging;
            return Page();
        }
        return (Open = await toegang.OpenAsync(t)) is null ? Geweigerd() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? t)
    {
        Response.Headers.CacheControl = "no-store";
        if ((Open = await toegang.OpenAsync(t)) is not { } o) return Geweigerd();
        foreach (var groot in MultipartFormulierAttribute.TeGroteBestanden(HttpContext))
            ModelState.AddModelError("Invoer.Bestand", opslag.TeGroot(groot.Bestandsnaam, groot.Grootte));
        var bewijs = new List<Bewijs>();
        if (Invoer.Bestand is { } bestand)
        {
            var (opgeslagen, fout) = await opslag.BewaarAsync(bestand, o.Actor.Id);
            if (fout is not null) ModelState.AddModelError("Invoer.Bestand", fout);
            else bewijs.Add(new Bewijs(opgeslagen!.Id, Bewijssoort, opgeslagen.Bestandsnaam));
        }
        else if (Invoer.BestandId is { } id && await opslag.ZoekEigenUploadAsync(id, o.Actor.Id) is { } eerder)
            bewijs.Add(new Bewijs(eerder.Id, Bewijssoort, eerder.Bestandsnaam));
        Invoer.BestandId = bewijs.FirstOrDefault()?.BestandId;
        BewaardBestand = bewijs.FirstOrDefault()?.Naam;
        ModelState.Remove("Invoer.BestandId");
        if (!ModelState.IsValid) return Page();

        var titel = o.Definitie.StatusTitel(o.Stap.Stap);
        try
        {
            await dienst.VoerAsync(o.Traject.Id, (traject, d, a, nu) => traject.Voltooien(d, a, bewijs, Invoer.Opmerking, nu), o.Actor, o.Link.Id);
        }
        catch (TrajectGeenToegangException)
        {
            return Geweigerd();
        }
        catch (TrajectFout e)
        {
            ModelState.AddModelError(e.Veld is "bewijs" ? "Invoer.Bestand" : e.Veld is "opmerking" ? "Invoer.Opmerking" : string.Empty, e.Message);
            return Page();
        }
        TempData[Vastgelegd] = $"De stap '{titel}' van {o.Traject.Naam} is vastgelegd als afgerond" +
                               (bewijs.Count > 0 ? $", met {bewijs[0].Naam} als {Bewijssoorten.Naam(Bewijssoort)}." : ".") +
                               string.Concat(dienst.Waarschuwingen.Select(w => " Let op: " + w));
        return RedirectToPage("Stap");
    }

    private IActionResult Geweigerd()
    {
        Open = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
