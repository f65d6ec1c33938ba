using Besluitvorming.Web.Voorstellen;

namespace Besluitvorming.Web.Agendering;

/// <summary>
/// The besluitenlijst of one meeting as a <see cref="Voorsteldocument"/>, so the same DOCX and PDF writers as a single
/// proposal render it (<see cref="VoorstelDocx"/>, <see cref="VoorstelPdf"/>): the meeting (body, date, time), then per
/// list (hamerstukken, bespreekstukken) each decided item in agenda order with its number, registratienummer,
/// onderwerp, portefeuillehouder, outcome (an item held over: with the meeting it moved to) and besluit text, as that
/// meeting decided it (see <see cref="Vergaderbesluit"/>).
/// </summary>
public static class Besluitenlijst
{
    public static Voorsteldocument Van(Agendabeeld beeld)
    {
        var m = beeld.Vergadering;
        var a = beeld.Agenda;
        var b = new List<Voorsteldocument.Blok>
        {
            new Voorsteldocument.Kop(1, beeld.Soort.Besluitnaam),
            new Voorsteldocument.Velden(
            [
                ("Vergadering", beeld.Soort.Naam),
                ("Datum", Voorsteldocument.Datum(m.Datum)),
                ("Aanvang", beeld.Aanvang is { } t ? t.ToString("HH:mm") : "–"),
                ("Agenda vastgesteld", a?.VastgesteldOp is { } op ? $"{Voorsteldocument.Datum(DateOnly.FromDateTime(op))} door {a.VastgesteldDoor}" : "nee"),
            ]),
        };
        Lijst(b, "Hamerstukken", beeld.Besloten.Where(p => p.Hamerstuk).ToList());
        Lijst(b, "Bespreekstukken", beeld.Besloten.Where(p => !p.Hamerstuk).ToList());
        var titel = $"{beeld.Soort.Besluitnaam} {Voorsteldocument.Datum(m.Datum)}";
        return new Voorsteldocument(titel, $"Besluitenlijst {beeld.Soort.Naam.Replace("&", "en")} {m.Datum:yyyy-MM-dd}", b);
    }

    private static void Lijst(List<Voorsteldocument.Blok> b, string kop, List<Agendabeeld.Punt> punten)
    {
        b.Add(new Voorsteldocument.Kop(2, kop));
        if (punten.Count == 0) b.Add(new Voorsteldocument.Alinea("Geen."));
        foreach (var p in punten)
        {
            var v = p.Voorstel;
            b.Add(new Voorsteldocument.Kop(3, $"{p.Volgnummer}. {v.Onderwerp}"));
            List<(string, string)> velden =
            [
                ("Volgnr.", p.Volgnummer.ToString()),
                ("Reg.nr.", v.Registratienummer ?? "–"),
                ("Onderwerp", v.Onderwerp),
                ("Portefeuillehouder", v.Portefeuillehouder ?? "–"),
                ("Uitkomst", v.Uitkomst ?? "–"),
            ];
            if (v.AangehoudenTot is { } tot) velden.Add(("Aangehouden tot", Voorsteldocument.Datum(tot)));
            b.Add(new Voorsteldocument.Velden(velden));
            var regels = (v.Besluittekst ?? "").Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (regels.Length > 0) b.Add(new Voorsteldocument.Alinea("Besluit:", Vet: true));
            foreach (var r in regels) b.Add(new Voorsteldocument.Alinea(r));
        }
    }
}
