using System.Text.Json;
using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>
/// axe-core (pinned in tests/tools/package.json, installed by test.sh) injected into the page under test and run
/// against the WCAG 2.1 A and AA rules. A violation fails the test with the rule, its help text and the elements.
/// </summary>
internal static class Axe
{
    private static readonly string[] Regels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private static readonly Lazy<string> Bron = new(() => File.ReadAllText(Pad()));

    private static string Pad()
    {
        if (Environment.GetEnvironmentVariable("BESLUITVORMING_TEST_AXE") is { Length: > 0 } pad) return pad;
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            var kandidaat = Path.Combine(map.FullName, "tests", "tools", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(kandidaat)) return kandidaat;
        }
        throw new FileNotFoundException("axe-core ontbreekt: ./test.sh installeert het (npm ci in tests/tools).");
    }

    /// <summary>Runs axe on the page as it is now and insists on zero violations.</summary>
    public static async Task GeenSchendingenAsync(IPage pagina)
    {
        // Evaluated through the DevTools protocol, so the app's Content-Security-Policy needs no exception for it.
        if (!await pagina.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await pagina.EvaluateAsync(Bron.Value);
        var schendingen = await pagina.EvaluateAsync<JsonElement>(
            """
            async (regels) => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: regels } });
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """, Regels);
        var lijst = schendingen.EnumerateArray().Select(s => s.GetString()).ToList();
        lijst.ShouldBeEmpty($"axe op {pagina.Url}:\n{string.Join("\n", lijst)}");
    }
}
