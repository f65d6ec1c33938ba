using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Besluitvorming.Web.Pages.Projecten.Trajecten;

/// <summary>
/// Starting a traject's decision moment: the GET shows what the collegevoorstel will hold (onderwerp, project, afdeling,
/// steller, aanleiding, raad) and changes nothing; the POST makes it, linked both ways, once per form. Only whom the
/// definition's StartBesluitmoment allows (the projectleider); others are refused.
/// </summary>
public sealed class BesluitmomentModel(Besluitmomenten besluitmomenten, ActorLader actors) : PageModel
{
    public Besluitmomenten.Voorbereiding? Voorbereiding { get; private set; }
    public string? Melding { get; private set; }

    /// <summary>One proposal per form: a second post of this form (a double click) returns the proposal the first made.</summary>
    [BindProperty]
    public Guid AanmaakSleutel { get; set; }

    public string TrajectUrl => $"/Projecten/{RouteData.Values["projectId"]}/Trajecten/{RouteData.Values["trajectId"]}";

    public async Task<IActionResult> OnGetAsync(int projectId, int trajectId)
    {
        AanmaakSleutel = Guid.NewGuid();
        return await ToonAsync(projectId, trajectId);
    }

    public async Task<IActionResult> OnPostAsync(int projectId, int trajectId)
    {
        try
        {
            var voorstel = await besluitmomenten.StartAsync(projectId, trajectId, AanmaakSleutel);
            var actor = await actors.HuidigeAsync();
            if (voorstel.IsVanSteller(actor)) return Redirect($"/Voorstellen/Bewerken/{voorstel.Id}");
            TempData["Succes"] = $"Besluitmoment gestart: het concept '{voorstel.Onderwerp}' staat klaar bij {voorstel.StellerNaam}.";
            return Redirect(TrajectUrl);
        }
        catch (TrajectNietGevondenException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is TrajectGeenToegangException or GeenToegangException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (Exception e) when (e is TrajectFout or VoorstelFout)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await ToonAsync(projectId, trajectId);
        }
    }

    private async Task<IActionResult> ToonAsync(int projectId, int trajectId)
    {
        try
        {
            Voorbereiding = await besluitmomenten.BereidVoorAsync(projectId, trajectId);
        }
        catch (TrajectNietGevondenException)
        {
            return NotFound();
        }
        catch (TrajectGeenToegangException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (TrajectFout e)
        {
            Melding = e.Message;
        }
        return Page();
    }
}
