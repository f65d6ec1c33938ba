using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Searches a test's whole SQLite database for a value: every column of every row, and the file's bytes.</summary>
public static class Databasezoeker
{
    /// <summary>"Tabel.Kolom" for every value that contains <paramref name="tekst"/> (text as text, blobs as bytes).</summary>
    public static async Task<IReadOnlyList<string>> KolommenMetAsync(BesluitvormingFabriek fabriek, string tekst) =>
        await KolommenWaarAsync(fabriek, s => s.Contains(tekst, StringComparison.Ordinal), b => Bevat(b, Encoding.UTF8.GetBytes(tekst)));

    /// <summary>"Tabel.Kolom: waarde" for every text value that matches <paramref name="patroon"/>.</summary>
    public static async Task<IReadOnlyList<string>> KolommenVolgensAsync(BesluitvormingFabriek fabriek, Regex patroon) =>
        await KolommenWaarAsync(fabriek, patroon.IsMatch, b => patroon.IsMatch(Encoding.Latin1.GetString(b)));

    /// <summary>Whether the database file (and its write-ahead log) holds these bytes anywhere, free pages included.</summary>
    public static bool BestandBevat(BesluitvormingFabriek fabriek, string tekst)
    {
        var gezocht = Encoding.UTF8.GetBytes(tekst);
        foreach (var pad in new[] { fabriek.DatabasePad, fabriek.DatabasePad + "-wal", fabriek.DatabasePad + "-journal" }.Where(File.Exists))
        {
            using var bestand = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var geheugen = new MemoryStream();
            bestand.CopyTo(geheugen);
            if (Bevat(geheugen.ToArray(), gezocht)) return true;
        }
        return false;
    }

    private static async Task<IReadOnlyList<string>> KolommenWaarAsync(BesluitvormingFabriek fabriek, Func<string, bool> tekstPast, Func<byte[], bool> blobPast)
    {
        var treffers = new List<string>();
        await using var verbinding = new SqliteConnection($"Data Source={fabriek.DatabasePad};Mode=ReadOnly;Pooling=False");
        await verbinding.OpenAsync();
        var tabellen = new List<string>();
        await using (var lijst = verbinding.CreateCommand())
        {
            lijst.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var lezer = await lijst.ExecuteReaderAsync();
            while (await lezer.ReadAsync()) tabellen.Add(lezer.GetString(0));
        }
        tabellen.Count.ShouldBeGreaterThan(10, "de zoeker ziet de tabellen van de app");
        foreach (var tabel in tabellen)
        {
            await using var alles = verbinding.CreateCommand();
            alles.CommandText = $"SELECT * FROM \"{tabel}\"";
            await using var lezer = await alles.ExecuteReaderAsync();
            while (await lezer.ReadAsync())
                for (var i = 0; i < lezer.FieldCount; i++)
                {
                    var waarde = lezer.GetValue(i);
                    if ((waarde is string s && tekstPast(s)) || (waarde is byte[] b && blobPast(b)))
                        treffers.Add($"{tabel}.{lezer.GetName(i)}: {Kort(waarde)}");
                }
        }
        return treffers;
    }

    private static string Kort(object waarde) => waarde is string s ? (s.Length > 200 ? s[..200] + "…" : s) : $"<{((byte[])waarde).Length} bytes>";

    private static bool Bevat(byte[] hooiberg, byte[] naald) => hooiberg.AsSpan().IndexOf(naald) >= 0;
}
