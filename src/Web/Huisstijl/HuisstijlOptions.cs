using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Besluitvorming.Web.Huisstijl;

/// <summary>
/// The municipality's own colour. It is the one brand colour of the page (header, buttons, links), emitted as the
/// CSS custom property <c>--bv-merkkleur</c>. It carries white text, so start-up refuses a colour that gives white
/// text less than 4.5:1 contrast (WCAG 1.4.3).
/// </summary>
public sealed class HuisstijlOptions : IValidatableObject
{
    public const string Sectie = "Huisstijl";

    [Required, RegularExpression("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
        ErrorMessage = "Huisstijl:Merkkleur moet een kleur zijn als #154273 of #153 (een hekje en 3 of 6 hexadecimale cijfers).")]
    public string Merkkleur { get; set; } = "#154273";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Kleur.IsHex(Merkkleur)) yield break;
        var contrast = Kleur.Contrast(Merkkleur, "#ffffff");
        if (contrast < 4.5)
            yield return new ValidationResult(
                $"Huisstijl:Merkkleur {Merkkleur} geeft met witte tekst een contrast van {contrast.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"))}:1; " +
                "nodig is ten minste 4,5:1. Kies een donkerdere kleur.", [nameof(Merkkleur)]);
    }
}
