using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Besluitvorming.Web.Regels;

/// <summary>A line diff (longest common subsequence) of two rule sets, pretty-printed so layout differences vanish.</summary>
public static class Regeldiff
{
    public enum Soort { Gelijk, Weg, Erbij }

    public sealed record Regel(Soort Soort, string Tekst);

    private static readonly JsonSerializerOptions Mooi = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Netjes(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })?.ToJsonString(Mooi) ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    public static IReadOnlyList<Regel> Bereken(string oud, string nieuw)
    {
        var a = Netjes(oud).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var b = Netjes(nieuw).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var uit = new List<Regel>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { uit.Add(new(Soort.Gelijk, a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) uit.Add(new(Soort.Weg, a[x++]));
            else uit.Add(new(Soort.Erbij, b[y++]));
        }
        while (x < a.Length) uit.Add(new(Soort.Weg, a[x++]));
        while (y < b.Length) uit.Add(new(Soort.Erbij, b[y++]));
        return uit;
    }
}
