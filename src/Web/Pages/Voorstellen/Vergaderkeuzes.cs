using System.Globalization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// The planned meetings on the proposal form: each date is a meeting of its body, chosen from the upcoming meetings in
/// the calendar (a year ahead) and checked again on the server. A date the proposal already holds stays an option,
/// marked when it is no meeting (old data), so nothing is lost; only a date the steller changes must be an upcoming
/// meeting. One query serves both the check and the lists.
/// </summary>
public sealed class Vergaderkeuzes
{
    public const int MaandenVooruit = 12;
    public const string GeenVergadering = "Kies een vergadering uit de lijst.";
    public const string Voorbij = "Deze vergadering is al geweest. Kies een vergadering uit de lijst.";

    private static readonly CultureInfo Nl = new("nl-NL");

    private sealed record Veld(string Naam, Vergadersoort Soort, string Leeg, Func<VoorstelFormulier, DateOnly?> Invoer,
        Func<Voorstel, DateOnly?> Bewaard);

    private static readonly Veld[] Velden =
    [
        new(nameof(VoorstelFormulier.GeplandDt), Vergadersoort.Directieteam, "— nog geen DT-vergadering —", f => f.GeplandDt, v => v.GeplandDt),
        new(nameof(VoorstelFormulier.GeplandOr), Vergadersoort.OndernemingsRaad, "— geen OR-vergadering —", f => f.GeplandOr, v => v.GeplandOr),
        new(nameof(VoorstelFormulier.GeplandBw), Vergadersoort.College, "— kies een collegevergadering —", f => f.GeplandBw, v => v.GeplandBw),
        new(nameof(VoorstelFormulier.GeplandOrNaBw), Vergadersoort.OndernemingsRaad, "— geen OR-vergadering —", f => f.GeplandOrNaBw, v => v.GeplandOrNaBw),
        new(nameof(VoorstelFormulier.GeplandRaad), Vergadersoort.Gemeenteraad, "— geen raadsvergadering —", f => f.GeplandRaad, v => v.GeplandRaad),
    ];

    private sealed record Vergadering(Vergadersoort Soort, DateOnly Datum, DateOnly Sluitingsdatum);

    private readonly IReadOnlyList<Vergadering> _vergaderingen;
    private readonly DateOnly _vandaag;

    private Vergaderkeuzes(IReadOnlyList<Vergadering> vergaderingen, DateOnly vandaag)
    {
        _vergaderingen = vergaderingen;
        _vandaag = vandaag;
    }

    /// <summary>The upcoming meetings, and the meetings on the dates the form and the stored proposal name.</summary>
    public static async Task<Vergaderkeuzes> LaadAsync(BesluitvormingDbContext db, VoorstelFormulier invoer, Voorstel? bewaard,
        DateOnly vandaag, CancellationToken ct = default)
    {
        var genoemd = Velden.Select(v => v.Invoer(invoer)).Concat(bewaard is null ? [] : Velden.Select(v => v.Bewaard(bewaard)))
            .OfType<DateOnly>().Distinct().ToList();
        var tot = vandaag.AddMonths(MaandenVooruit);
        var rijen = await db.Vergaderkalender.AsNoTracking()
            .Where(m => (m.Datum >= vandaag && m.Datum <= tot) || genoemd.Contains(m.Datum))
            .OrderBy(m => m.Datum).Select(m => new Vergadering(m.Soort, m.Datum, m.Sluitingsdatum)).ToListAsync(ct);
        return new(rijen, vandaag);
    }

    /// <summary>A message at each date the steller changed that is no meeting of its body, or a meeting that has been.</summary>
    public void Controleer(VoorstelFormulier invoer, Voorstel? bewaard, ModelStateDictionary modelState)
    {
        foreach (var veld in Velden)
        {
            if (veld.Invoer(invoer) is not { } datum || (bewaard is not null && veld.Bewaard(bewaard) == datum)) continue;
            var sleutel = $"{nameof(BewerkenModel.Invoer)}.{veld.Naam}";
            if (!_vergaderingen.Any(m => m.Soort == veld.Soort && m.Datum == datum)) modelState.AddModelError(sleutel, GeenVergadering);
            else if (datum < _vandaag) modelState.AddModelError(sleutel, Voorbij);
        }
        ControleerVolgorde(invoer, bewaard, modelState);
    }

    /// <summary>
    /// The route's order: DT, then OR, before the college; the OR after the college and the raad after it. A pair the
    /// steller changed that breaks it gets a message at the field that moves, never a planning with gates in reverse.
    /// </summary>
    private static void ControleerVolgorde(VoorstelFormulier invoer, Voorstel? bewaard, ModelStateDictionary modelState)
    {
        var regels = new (string Veld, Func<VoorstelFormulier, DateOnly?> Datum, Func<Voorstel, DateOnly?> Bewaard,
            string Ander, Func<VoorstelFormulier, DateOnly?> AnderDatum, Func<Voorstel, DateOnly?> AnderBewaard, bool Ervoor, string Melding)[]
        {
            (nameof(VoorstelFormulier.GeplandDt), f => f.GeplandDt, v => v.GeplandDt, nameof(VoorstelFormulier.GeplandBw), f => f.GeplandBw, v => v.GeplandBw,
                true, "De DT-vergadering moet vóór de collegevergadering liggen."),
            (nameof(VoorstelFormulier.GeplandOr), f => f.GeplandOr, v => v.GeplandOr, nameof(VoorstelFormulier.GeplandBw), f => f.GeplandBw, v => v.GeplandBw,
                true, "De OR-vergadering vóór het college moet vóór de collegevergadering liggen. Kies anders een OR-vergadering na het college."),
            (nameof(VoorstelFormulier.GeplandOr), f => f.GeplandOr, v => v.GeplandOr, nameof(VoorstelFormulier.GeplandDt), f => f.GeplandDt, v => v.GeplandDt,
                false, "De OR-vergadering vóór het college moet na de DT-vergadering liggen: de OR adviseert over wat de DT heeft besproken."),
            (nameof(VoorstelFormulier.GeplandOrNaBw), f => f.GeplandOrNaBw, v => v.GeplandOrNaBw, nameof(VoorstelFormulier.GeplandBw), f => f.GeplandBw, v => v.GeplandBw,
                false, "De OR-vergadering na het college moet na de collegevergadering liggen."),
            (nameof(VoorstelFormulier.GeplandRaad), f => f.GeplandRaad, v => v.GeplandRaad, nameof(VoorstelFormulier.GeplandBw), f => f.GeplandBw, v => v.GeplandBw,
                false, "De raadsvergadering moet na de collegevergadering liggen."),
        };
        foreach (var r in regels)
        {
            if (r.Datum(invoer) is not { } datum || r.AnderDatum(invoer) is not { } ander) continue;
            if (bewaard is not null && r.Bewaard(bewaard) == datum && r.AnderBewaard(bewaard) == ander) continue;
            var sleutel = $"{nameof(BewerkenModel.Invoer)}.{r.Veld}";
            if ((r.Ervoor ? datum >= ander : datum <= ander) && modelState[sleutel] is not { Errors.Count: > 0 })
                modelState.AddModelError(sleutel, r.Melding);
        }
    }

    /// <summary>The options of one field, the chosen date selected; a chosen date outside the list is kept and marked.</summary>
    public IReadOnlyList<SelectListItem> Opties(string veldnaam, VoorstelFormulier invoer)
    {
        var veld = Velden.Single(v => v.Naam == veldnaam);
        var gekozen = veld.Invoer(invoer);
        var tot = _vandaag.AddMonths(MaandenVooruit);
        var opties = _vergaderingen.Where(m => m.Soort == veld.Soort && m.Datum >= _vandaag && m.Datum <= tot)
            .Select(m => (m.Datum, Tekst: Label(m))).ToList();
        if (gekozen is { } g && opties.All(o => o.Datum != g))
        {
            var vergadering = _vergaderingen.FirstOrDefault(m => m.Soort == veld.Soort && m.Datum == g);
            opties.Add((g, vergadering is null ? $"{Dag(g)} (geen vergadering)" : g < _vandaag ? $"{Label(vergadering)} (geweest)" : Label(vergadering)));
            opties = opties.OrderBy(o => o.Datum).ToList();
        }
        return [new SelectListItem(veld.Leeg, "", gekozen is null),
            .. opties.Select(o => new SelectListItem(o.Tekst, o.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Datum == gekozen))];
    }

    private static string Label(Vergadering m) =>
        $"{Dag(m.Datum)} (sluiting {m.Sluitingsdatum.ToString(m.Sluitingsdatum.Year == m.Datum.Year ? "d MMMM" : "d MMMM yyyy", Nl)})";

    private static string Dag(DateOnly d) => d.ToString("ddd d MMMM yyyy", Nl);
}
