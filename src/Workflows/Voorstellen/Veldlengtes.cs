using System.Globalization;

namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// The most characters each text of a proposal may hold, and the bounds of its numbers. The database columns have
/// exactly these sizes, the forms show them as <c>maxlength</c>, and the domain verbs refuse anything longer, so every
/// database behaves the same.
/// </summary>
public static class Veldlengtes
{
    public const int Onderwerp = 500;
    /// <summary>A name of a person or body: portefeuillehouder, secretaris.</summary>
    public const int Naam = 200;
    public const int Programma = 200;
    public const int Telefoon = 50;
    /// <summary>"Voorbesproken met": a person or a meeting.</summary>
    public const int Voorbespreking = 300;
    /// <summary>One line: dekking, inhuur.</summary>
    public const int Regel = 1_000;
    /// <summary>Free text: summary, background, decision points, advice, decisions, reasons, remarks (some fifteen pages).</summary>
    public const int Tekst = 50_000;
    public const int BehandelendTeam = 50;
    public const int BijlageNaam = 300;

    private static readonly CultureInfo Nl = new("nl-NL");

    /// <summary>The message for a text that is too long, the same in the form and in the domain.</summary>
    public static string Melding(int maximum, int lengte) =>
        string.Format(Nl, "Gebruik ten hoogste {0:N0} tekens; dit zijn er {1:N0}.", maximum, lengte);

    /// <summary>The message for a text with a character that cannot be stored (a NUL byte, another control character).</summary>
    public const string OngeldigTeken = "De tekst bevat een onzichtbaar stuurteken dat niet kan worden opgeslagen; typ de tekst opnieuw.";

    /// <summary>Adds a message when the text is too long or holds a control character other than tab, CR or LF.</summary>
    public static void Controleer(IDictionary<string, string> fouten, string veld, string? tekst, int maximum)
    {
        if (tekst is null || fouten.ContainsKey(veld)) return;
        if (tekst.Length > maximum) fouten[veld] = Melding(maximum, tekst.Length);
        else if (tekst.Any(IsStuurteken)) fouten[veld] = OngeldigTeken;
    }

    /// <summary>The largest amount (kosten, baten) in euros; amounts and fte have two decimals at most.</summary>
    public const decimal MaxBedrag = 999_999_999_999m;
    public const decimal MaxFte = 10_000m;
    public const int Decimalen = 2;

    /// <summary>Adds a message when an amount is negative, too large, or has more than two decimals.</summary>
    public static void ControleerBedrag(IDictionary<string, string> fouten, string veld, decimal? bedrag)
    {
        if (bedrag is not { } b || fouten.ContainsKey(veld)) return;
        if (b < 0 || b > MaxBedrag) fouten[veld] = string.Format(Nl, "Vul een bedrag van 0 tot en met {0:N0} euro in.", MaxBedrag);
        else if (decimal.Round(b, Decimalen) != b) fouten[veld] = "Vul een bedrag in met ten hoogste twee cijfers achter de komma.";
    }

    /// <summary>Adds a message when a number of fte is out of range or has more than two decimals.</summary>
    public static void ControleerFte(IDictionary<string, string> fouten, string veld, decimal? fte)
    {
        if (fte is not { } f || fouten.ContainsKey(veld)) return;
        if (f < -MaxFte || f > MaxFte) fouten[veld] = string.Format(Nl, "Vul een aantal fte tussen -{0:N0} en {0:N0} in.", MaxFte);
        else if (decimal.Round(f, Decimalen) != f) fouten[veld] = "Vul een aantal fte in met ten hoogste twee cijfers achter de komma.";
    }

    /// <summary>The C0 control characters except tab, CR and LF: PostgreSQL refuses NUL, and none of them is meant as text.</summary>
    public static bool IsStuurteken(char c) => c < ' ' && c is not '\t' and not '\r' and not '\n';
}
