using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Definities;

/// <summary>
/// The fields a transition's <c>invoer</c> may name, and the check of what a person entered against them. Which
/// trigger asks what, and with which message, is in the definition; only rules that hold whatever the trigger are here.
/// </summary>
public static class Invoervelden
{
    public const string Reden = nameof(ActieInvoer.Reden);
    public const string Instemming = nameof(ActieInvoer.Instemming);
    public const string Opmerking = nameof(ActieInvoer.Opmerking);
    public const string Datum = nameof(ActieInvoer.Datum);
    public const string NieuweDatum = nameof(ActieInvoer.NieuweDatum);
    public const string Tekst = nameof(ActieInvoer.Tekst);
    public const string Volgnummer = nameof(ActieInvoer.Volgnummer);
    public const string BehandelendTeam = nameof(ActieInvoer.BehandelendTeam);

    public static readonly IReadOnlySet<string> Alle = new HashSet<string>
    {
        Reden, Instemming, Opmerking, Datum, NieuweDatum, Tekst, Volgnummer, BehandelendTeam,
    };

    /// <summary>Checks the input against the transition's fields; keys are <see cref="ActieInvoer"/> property names.</summary>
    public static Dictionary<string, string> Valideer(IReadOnlyList<InvoerveldDefinitie> velden, ActieInvoer invoer)
    {
        var fouten = new Dictionary<string, string>();

        // Whatever the trigger: no text longer than its column, none with a control character.
        Veldlengtes.Controleer(fouten, Reden, invoer.Reden, Veldlengtes.Tekst);
        Veldlengtes.Controleer(fouten, Opmerking, invoer.Opmerking, Veldlengtes.Tekst);
        Veldlengtes.Controleer(fouten, Tekst, invoer.Tekst, Veldlengtes.Tekst);
        Veldlengtes.Controleer(fouten, BehandelendTeam, invoer.BehandelendTeam?.Trim(), Veldlengtes.BehandelendTeam);

        foreach (var v in velden)
        {
            if (v.Verplicht is { } melding && IsLeeg(v.Veld, invoer)) fouten.TryAdd(v.Veld, melding);
            if (v.VerplichtBijNee is { } bijNee && invoer.Instemming == false && IsLeeg(v.Veld, invoer)) fouten.TryAdd(v.Veld, bijNee);
            if (v.NaDatum is { } na && invoer.Datum is { } datum && invoer.NieuweDatum is { } nieuw && nieuw <= datum)
                fouten.TryAdd(v.Veld, na);
            if (v.Veld == Volgnummer && invoer.Volgnummer is <= 0)
                fouten.TryAdd(v.Veld, "Het volgnummer moet een positief getal zijn.");
        }
        return fouten;
    }

    private static bool IsLeeg(string veld, ActieInvoer i) => veld switch
    {
        Reden => string.IsNullOrWhiteSpace(i.Reden),
        Instemming => i.Instemming is null,
        Opmerking => string.IsNullOrWhiteSpace(i.Opmerking),
        Datum => i.Datum is null,
        NieuweDatum => i.NieuweDatum is null,
        Tekst => string.IsNullOrWhiteSpace(i.Tekst),
        Volgnummer => i.Volgnummer is null,
        BehandelendTeam => string.IsNullOrWhiteSpace(i.BehandelendTeam),
        _ => true,
    };
}
