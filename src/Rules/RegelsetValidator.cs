using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using Besluitvorming.Rules.Feiten;
using Besluitvorming.Workflows.Voorstellen;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Besluitvorming.Rules;

/// <summary>
/// Checks a rule set before anything uses it: valid JSON, RulesEngine's shape (one workflow named after the set, with
/// rules), every expression compiles against <see cref="VoorstelFeiten"/> (a traject gate: <see cref="TrajectFeiten"/>, so every fact it names exists), and every
/// rule has what its kind of set needs: a gate rule an <c>ernst</c> and an <c>ErrorMessage</c>, a decision rule its
/// <c>aspect</c> or <c>route</c> and a <c>SuccessEvent</c> that says why.
/// </summary>
public static partial class RegelsetValidator
{
    public const string Parameter = "feiten";
    public const string Ernst = "ernst";
    public const string AspectEigenschap = "aspect";
    public const string RouteEigenschap = "route";
    public const string RouteOr = "OndernemingsRaad";
    public const string RouteRaad = "Gemeenteraad";

    internal static readonly ReSettings Instellingen = new()
    {
        IsExpressionCaseSensitive = true,
        EnableFormattedErrorMessage = false,
        EnableExceptionAsErrorMessage = true,
        AutoRegisterInputType = true,
    };

    /// <summary>
    /// One parser for every validation: each parser's type provider scans every type of every loaded assembly once
    /// (issue 12, P4); parsing builds its own state per expression, so it is shared safely.
    /// </summary>
    private static readonly RuleExpressionParser Ontleder = new(Instellingen);

    /// <summary>The version a shipped file declares (<c>"Versie": 2</c>); absent means 1. See <see cref="LeverVersie"/>.</summary>
    public const string VersieVeld = "Versie";

    private static readonly HashSet<string> WorkflowVelden = ["WorkflowName", VersieVeld, "Rules", "RuleExpressionType", "$comment", "Description"];
    private static readonly HashSet<string> RegelVelden =
        ["RuleName", "Expression", "RuleExpressionType", "ErrorMessage", "SuccessEvent", "Properties", "Enabled", "$comment", "Description"];

    internal sealed record GeldigeRegel(string Naam, string Expressie, Ernst? Ernst, Meldingsjabloon Melding, string? Beslissing);

    public static IReadOnlyList<Regelfout> Valideer(string naam, string? json) => Ontleed(naam, json).Fouten;

    /// <summary>
    /// The version a shipped rule set file declares in <c>"Versie"</c>: 1 when absent (the files before it had none) or
    /// unreadable. A higher version reaches existing databases at start-up.
    /// </summary>
    public static int LeverVersie(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var wortel = document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() == 1
                ? document.RootElement[0] : document.RootElement;
            return wortel.ValueKind == JsonValueKind.Object && wortel.TryGetProperty(VersieVeld, out var v)
                && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 1 ? n : 1;
        }
        catch (JsonException)
        {
            return 1;
        }
    }

    internal static (IReadOnlyList<GeldigeRegel> Regels, IReadOnlyList<Regelfout> Fouten) Ontleed(string naam, string? json)
    {
        var fouten = new List<Regelfout>();
        var regels = new List<GeldigeRegel>();
        var soort = Regelset.SoortVan(naam);
        if (soort is null)
            fouten.Add(new(null, $"Onbekende regelset '{naam}': de naam moet '{Regelset.VereisteAdviezen}', '{Regelset.RouteOrRaad}' of 'poort-<poort>' zijn."));
        if (string.IsNullOrWhiteSpace(json))
        {
            fouten.Add(new(null, "Het bestand is leeg."));
            return (regels, fouten);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            fouten.Add(new(null, $"Geen geldige JSON (regel {e.LineNumber + 1}, positie {e.BytePositionInLine + 1}): {OpschonenJsonFout(e.Message)}"));
            return (regels, fouten);
        }

        using (document)
        {
            var wortel = document.RootElement;
            if (wortel.ValueKind == JsonValueKind.Array)
            {
                if (wortel.GetArrayLength() != 1)
                {
                    fouten.Add(new(null, $"Een regelset is één RulesEngine-workflow; dit bestand bevat er {wortel.GetArrayLength()}."));
                    return (regels, fouten);
                }
                wortel = wortel[0];
            }
            if (wortel.ValueKind != JsonValueKind.Object)
            {
                fouten.Add(new(null, "Een regelset is een JSON-object met 'WorkflowName' en 'Rules' (het formaat van RulesEngine)."));
                return (regels, fouten);
            }
            foreach (var veld in wortel.EnumerateObject().Where(p => !WorkflowVelden.Contains(p.Name)))
                fouten.Add(new(null, $"Onbekend veld '{veld.Name}' in de regelset (toegestaan: {string.Join(", ", WorkflowVelden)})."));

            if (wortel.TryGetProperty(VersieVeld, out var versie) && !(versie.ValueKind == JsonValueKind.Number && versie.TryGetInt32(out var v) && v >= 1))
                fouten.Add(new(null, $"'{VersieVeld}' moet een geheel getal van 1 of hoger zijn."));

            var workflowNaam = Tekst(wortel, "WorkflowName");
            if (workflowNaam is null) fouten.Add(new(null, "'WorkflowName' ontbreekt."));
            else if (workflowNaam != naam) fouten.Add(new(null, $"'WorkflowName' is '{workflowNaam}', maar moet de naam van de regelset zijn: '{naam}'."));

            if (!wortel.TryGetProperty("Rules", out var lijst) || lijst.ValueKind != JsonValueKind.Array)
            {
                fouten.Add(new(null, "'Rules' ontbreekt of is geen lijst."));
                return (regels, fouten);
            }
            if (lijst.GetArrayLength() == 0)
            {
                fouten.Add(new(null, "De regelset bevat geen regels."));
                return (regels, fouten);
            }
            if (lijst.GetArrayLength() > Expressiegrenzen.MaxRegels)
            {
                fouten.Add(new(null, $"De regelset bevat {lijst.GetArrayLength()} regels; het maximum is {Expressiegrenzen.MaxRegels}."));
                return (regels, fouten);
            }

            var parser = Ontleder;
            var feitenType = Regelset.FeitenType(naam);
            var parameters = new[] { Expression.Parameter(feitenType, Parameter) };
            var namen = new HashSet<string>();
            var nr = 0;
            foreach (var r in lijst.EnumerateArray())
            {
                nr++;
                if (r.ValueKind != JsonValueKind.Object)
                {
                    fouten.Add(new($"#{nr}", "een regel moet een JSON-object zijn."));
                    continue;
                }
                var regelNaam = Tekst(r, "RuleName");
                var wie = string.IsNullOrWhiteSpace(regelNaam) ? $"#{nr}" : regelNaam;
                void Fout(string melding) => fouten.Add(new(wie, melding));

                if (string.IsNullOrWhiteSpace(regelNaam)) Fout("'RuleName' ontbreekt.");
                else if (!namen.Add(regelNaam)) Fout("deze naam komt twee keer voor; elke regel heeft een eigen naam.");
                foreach (var veld in r.EnumerateObject().Where(p => !RegelVelden.Contains(p.Name)))
                    Fout($"onbekend veld '{veld.Name}' (toegestaan: {string.Join(", ", RegelVelden)}; geneste regels worden niet ondersteund).");
                if (Tekst(r, "RuleExpressionType") is { } type && type != nameof(RuleExpressionType.LambdaExpression))
                    Fout($"'RuleExpressionType' moet 'LambdaExpression' zijn, niet '{type}'.");

                var eigenschappen = new Dictionary<string, string>();
                if (r.TryGetProperty("Properties", out var props))
                {
                    if (props.ValueKind != JsonValueKind.Object) Fout("'Properties' moet een JSON-object zijn.");
                    else
                        foreach (var p in props.EnumerateObject())
                            eigenschappen[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                }

                Ernst? ernst = null;
                string? beslissing = null;
                string? meldingVeld = null;
                switch (soort)
                {
                    case Regelsetsoort.Poort:
                        meldingVeld = "ErrorMessage";
                        if (!eigenschappen.TryGetValue(Ernst, out var e))
                            Fout("de ernst ontbreekt: zet \"Properties\": { \"ernst\": \"blokkerend\" } of \"waarschuwing\".");
                        else if (e is "blokkerend") ernst = Rules.Ernst.Blokkerend;
                        else if (e is "waarschuwing") ernst = Rules.Ernst.Waarschuwing;
                        else Fout($"onbekende ernst '{e}': kies 'blokkerend' of 'waarschuwing'.");
                        break;
                    case Regelsetsoort.VereisteAdviezen:
                        meldingVeld = "SuccessEvent";
                        if (!eigenschappen.TryGetValue(AspectEigenschap, out var a))
                            Fout($"het aspect ontbreekt: zet \"Properties\": {{ \"aspect\": \"Financien\" }} (bekend: {string.Join(", ", Enum.GetNames<Aspect>())}).");
                        else if (!Enum.TryParse<Aspect>(a, out var aspect) || !Enum.IsDefined(aspect) || int.TryParse(a, out _))
                            Fout($"onbekend aspect '{a}' (bekend: {string.Join(", ", Enum.GetNames<Aspect>())}).");
                        else beslissing = aspect.ToString();
                        break;
                    case Regelsetsoort.Route:
                        meldingVeld = "SuccessEvent";
                        if (!eigenschappen.TryGetValue(RouteEigenschap, out var route))
                            Fout($"de route ontbreekt: zet \"Properties\": {{ \"route\": \"{RouteOr}\" }} of \"{RouteRaad}\".");
                        else if (route is not (RouteOr or RouteRaad))
                            Fout($"onbekende route '{route}': kies '{RouteOr}' of '{RouteRaad}'.");
                        else beslissing = route;
                        break;
                }

                var meldingTekst = meldingVeld is null ? null : Tekst(r, meldingVeld);
                var meldingFouten = new List<string>();
                var jabloon = Meldingsjabloon.Ontleed(meldingTekst ?? "", meldingFouten, feitenType);
                if (meldingVeld is not null && string.IsNullOrWhiteSpace(meldingTekst))
                    Fout(soort == Regelsetsoort.Poort
                        ? "de melding ontbreekt: zet in 'ErrorMessage' in het Nederlands wat er mis is."
                        : "de melding ontbreekt: zet in 'SuccessEvent' in het Nederlands waarom de regel van toepassing is.");
                foreach (var m in meldingFouten) Fout(m + ".");

                var expressie = Tekst(r, "Expression");
                if (string.IsNullOrWhiteSpace(expressie)) Fout("'Expression' ontbreekt.");
                // Scanned before parsing: the parser must never see what could overflow its stack.
                else if (Expressiegrenzen.Controleer(expressie) is { } grensFout) Fout(grensFout);
                else if (CompileerFout(parser, parameters, expressie) is { } compileerFout) Fout(compileerFout);

                if (r.TryGetProperty("Enabled", out var aan) && aan.ValueKind == JsonValueKind.False) continue;
                regels.Add(new GeldigeRegel(wie, expressie ?? "", ernst, jabloon, beslissing));
            }
        }
        return (regels, fouten);
    }

    private static string? CompileerFout(RuleExpressionParser parser, ParameterExpression[] parameters, string expressie)
    {
        try
        {
            var e = parser.Parse(expressie, parameters, typeof(bool));
            return e.Type == typeof(bool) ? null : $"de expressie geeft geen ja/nee maar {e.Type.Name}.";
        }
        catch (Exception e)
        {
            if (OnbekendFeit().Match(e.Message) is { Success: true } m)
                return m.Groups[2].Value is nameof(VoorstelFeiten) or nameof(TrajectFeiten)
                    ? $"onbekend feit '{m.Groups[1].Value}' in de expressie (feiten heten zoals op {m.Groups[2].Value}, bijvoorbeeld " +
                      $"'feiten.{(m.Groups[2].Value == nameof(VoorstelFeiten) ? "Kosten" : "HeeftVerslag")}')."
                    : $"'{m.Groups[1].Value}' bestaat niet op {m.Groups[2].Value} in de expressie.";
            if (OnbekendeNaam().Match(e.Message) is { Success: true } n)
                return $"onbekende naam '{n.Groups[1].Value}' in de expressie (begin een feit met '{Parameter}.', bijvoorbeeld '{Parameter}.Kosten').";
            return $"de expressie compileert niet: {e.Message}";
        }
    }

    [GeneratedRegex(@"No property or field '([^']+)' exists in type '([^']+)'")]
    private static partial Regex OnbekendFeit();

    [GeneratedRegex(@"Unknown identifier '([^']+)'")]
    private static partial Regex OnbekendeNaam();

    private static string? Tekst(JsonElement e, string veld) =>
        e.TryGetProperty(veld, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string OpschonenJsonFout(string melding)
    {
        var i = melding.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? melding[..i] : melding;
    }
}
