using Besluitvorming.Web.Bijlagen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class FoutModel(IOptions<BijlageOptions> bijlagen) : PageModel
{
    public string Titel { get; private set; } = "Er ging iets mis";
    public string Uitleg { get; private set; } = "Probeer het later opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.";

    public void OnGet(int? code) => Vul(code);
    public void OnPost(int? code) => Vul(code);

    private void Vul(int? code)
    {
        (Titel, Uitleg) = code switch
        {
            404 => ("Niet gevonden", "Deze pagina of dit voorstel bestaat niet, of u heeft er geen toegang toe."),
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina."),
            413 => ("Te groot om te versturen",
                $"Wat u verstuurde is groter dan {BijlageOpslag.Grootte(bijlagen.Value.MaxVerzoekBytes)} en is niet ontvangen. Ga terug " +
                $"en kies kleinere bestanden: ten hoogste {BijlageOpslag.Grootte(bijlagen.Value.MaxBytes)} per bijlage."),
            400 => ("Ongeldig verzoek", "Het formulier was verlopen of ongeldig. Ga terug, vernieuw de pagina en probeer het opnieuw."),
            _ => (Titel, Uitleg),
        };
    }
}
