using System.Text.Json.Nodes;

namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>
/// A gate added to the shipped collegevoorstel by editing its JSON alone: a legal check by the bestuurssecretariaat
/// between the paraaf and the advice round, with its own trigger, task (watched), form, rule set ('poort-juridisch')
/// and return. Shared with the web tests (linked into that project), which run it through the application.
/// </summary>
public static class JuridischeToets
{
    public const string Status = "JuridischeToets";
    public const string Trigger = "JuridischAkkoord";

    /// <summary>
    /// The shipped collegevoorstel with the legal check put between the paraaf and the advice round; or, with
    /// <paramref name="naTerugsturenBijDeParaaf"/>, between a return by the afdelingshoofd and the next paraaf (a route
    /// the demo proposals, made at start-up, never take).
    /// </summary>
    public static JsonObject Voeg(JsonObject json, bool naTerugsturenBijDeParaaf = false)
    {
        json["eigenTriggers"] = new JsonArray(Trigger);
        var statussen = json["statussen"]!.AsArray();
        var paraaf = statussen.Single(s => (string?)s!["naam"] == "ParaafAfdelingshoofd")!;
        var naToets = "InAdvies";
        if (naTerugsturenBijDeParaaf)
        {
            naToets = "ParaafAfdelingshoofd";
            statussen.Single(s => (string?)s!["naam"] == "Teruggestuurd")!["overgangen"]!.AsArray()
                .Single(o => o!["guards"]!.AsArray().Any(g => (string?)g == "TeruggestuurdVanuit:ParaafAfdelingshoofd"))!["naar"] = Status;
        }
        else paraaf["overgangen"]!.AsArray().Single(o => (string?)o!["trigger"] == "Paraferen")!["naar"] = Status;
        statussen.Insert(2, JsonNode.Parse($$"""
            {
              "naam": "{{Status}}", "titel": "Juridische toets",
              "taken": [ { "soort": "JuridischeToets", "titel": "Juridische toets uitvoeren", "rol": "Bestuurssecretariaat",
                           "termijnWerkdagen": 5, "termijnbewaking": true } ],
              "overgangen": [
                { "trigger": "{{Trigger}}", "naar": "{{naToets}}", "titel": "Juridisch akkoord", "rollen": [ "Bestuurssecretariaat" ],
                  "poort": "juridisch",
                  "invoer": [ { "veld": "Opmerking", "label": "Toelichting op de toets", "verplicht": "Licht uw juridische toets toe." } ],
                  "uitleg": "Met uw akkoord gaat het voorstel verder op zijn route." },
                { "trigger": "Terugsturen", "naar": "Teruggestuurd", "titel": "Terugsturen naar steller", "rollen": [ "Bestuurssecretariaat" ],
                  "invoer": [ { "veld": "Reden", "label": "Reden", "verplicht": "Geef aan waarom u het voorstel terugstuurt." } ] },
                { "trigger": "Intrekken", "naar": "Ingetrokken", "titel": "Voorstel intrekken", "rollen": [ "Steller" ],
                  "mail": [ "ingetrokken" ],
                  "invoer": [ { "veld": "Reden", "label": "Reden", "verplicht": "Geef aan waarom u het voorstel intrekt." } ] }
              ]
            }
            """));
        // A proposal returned from the legal check goes back to it.
        var terug = statussen.Single(s => (string?)s!["naam"] == "Teruggestuurd")!["overgangen"]!.AsArray();
        terug.Insert(0, JsonNode.Parse($$"""
            { "trigger": "Herindienen", "naar": "{{Status}}", "titel": "Opnieuw indienen", "rollen": [ "Steller" ],
              "guards": [ "TeruggestuurdVanuit:{{Status}}" ], "poort": "indienen", "mail": [ "ingediend" ] }
            """));
        foreach (var o in terug.Skip(1).Where(o => (string?)o!["trigger"] == "Herindienen"))
            o!["guards"]!.AsArray().Add($"!TeruggestuurdVanuit:{Status}");
        return json;
    }
}
