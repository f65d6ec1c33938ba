using System.Text;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// A CSV export from the previous system (Decos JOIN, iBabs, a spreadsheet): a header row naming the columns, then one
/// proposal per row. Separator ';' (what a Dutch Excel writes) or ','; fields may be quoted ("..."), with "" for a quote
/// and line breaks inside quotes.
/// </summary>
public static class Importbestand
{
    public static readonly string[] Kolommen =
        ["registratienummer", "bron", "steller", "onderwerp", "afdeling", "team", "project", "programma", "openbaar", "dictum"];

    public static readonly string[] Verplicht = ["registratienummer", "bron", "steller", "onderwerp", "afdeling"];

    public sealed record Regel(int Nummer, IReadOnlyDictionary<string, string> Velden)
    {
        public string? this[string kolom] => Velden.TryGetValue(kolom, out var w) && w.Trim().Length > 0 ? w.Trim() : null;
    }

    /// <summary>The rows, or why the file cannot be read at all (no header, a missing or unknown column).</summary>
    public static (List<Regel> Regels, string? Fout) Lees(string tekst)
    {
        var rijen = Rijen(tekst.TrimStart('\uFEFF')).Where(r => r.Fields.Any(v => v.Trim().Length > 0)).ToList();
        if (rijen.Count == 0) return ([], "Het bestand is leeg.");
        var kop = rijen[0].Fields.Select(k => k.Trim().ToLowerInvariant()).ToList();
        if (kop.FirstOrDefault(k => !Kolommen.Contains(k)) is { } onbekend)
            return ([], $"Onbekende kolom '{onbekend}'. Toegestaan: {string.Join(", ", Kolommen)}.");
        if (Verplicht.FirstOrDefault(k => !kop.Contains(k)) is { } ontbreekt)
            return ([], $"De kolom '{ontbreekt}' ontbreekt in de eerste regel. Verplicht: {string.Join(", ", Verplicht)}.");
        var regels = rijen.Skip(1).Select(r => new Regel(r.Regelnummer,
            kop.Select((k, i) => (k, v: i < r.Fields.Count ? r.Fields[i] : "")).ToDictionary(x => x.k, x => x.v))).ToList();
        return regels.Count == 0 ? ([], "Het bestand heeft alleen een kopregel.") : (regels, null);
    }

    private static IEnumerable<(int Regelnummer, List<string> Fields)> Rijen(string tekst)
    {
        var eersteRegel = tekst.Split('\n')[0];
        var scheiding = eersteRegel.Count(c => c == ';') >= eersteRegel.Count(c => c == ',') ? ';' : ',';
        var velden = new List<string>();
        var veld = new StringBuilder();
        var tussenAanhalingstekens = false;
        var regel = 1;
        var begin = 1;
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (tussenAanhalingstekens)
            {
                if (c == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"') { veld.Append('"'); i++; }
                else if (c == '"') tussenAanhalingstekens = false;
                else { if (c == '\n') regel++; veld.Append(c); }
            }
            else if (c == '"') tussenAanhalingstekens = true;
            else if (c == scheiding) { velden.Add(veld.ToString()); veld.Clear(); }
            else if (c == '\n')
            {
                velden.Add(veld.ToString().TrimEnd('\r'));
                yield return (begin, velden);
                velden = [];
                veld.Clear();
                begin = ++regel;
            }
            else veld.Append(c);
        }
        velden.Add(veld.ToString().TrimEnd('\r'));
        yield return (begin, velden);
    }
}
