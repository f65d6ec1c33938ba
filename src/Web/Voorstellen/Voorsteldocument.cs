using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Voorstellen;

/// <summary>
/// One collegevoorstel laid out like the municipality's template (seed 002): the header block, dictum, samenvatting,
/// voorstel, bijlagen, bedrijfsvoeringsaspecten and, once the college has decided, the "Bijlage – besluit B&amp;W".
/// Built once as a list of neutral blocks, so the DOCX and the PDF (<see cref="VoorstelDocx"/>, <see cref="VoorstelPdf"/>)
/// cannot drift apart in what they say. A meeting's besluitenlijst is built from the same blocks (<see cref="Agendering.Besluitenlijst"/>).
/// </summary>
public sealed record Voorsteldocument(string Titel, string Bestandsnaam, IReadOnlyList<Voorsteldocument.Blok> Blokken)
{
    public abstract record Blok;
    /// <summary>Heading; level 1 is the document title, 2 a section, 3 a sub-section.</summary>
    public sealed record Kop(int Niveau, string Tekst, bool NieuwePagina = false) : Blok;
    public sealed record Alinea(string Tekst, bool Vet = false) : Blok;
    /// <summary>Label/value rows, rendered as a two-column table.</summary>
    public sealed record Velden(IReadOnlyList<(string Label, string Waarde)> Rijen) : Blok;
    /// <summary>A numbered list that starts at 1.</summary>
    public sealed record Genummerd(IReadOnlyList<string> Punten) : Blok;

    public static string Datum(DateOnly? d) => d?.ToString("d MMMM yyyy") ?? "–";

    public static string JaNee(bool? b) => b switch { true => "Ja", false => "Nee", null => "Niet ingevuld" };

    public static string OpenbaarheidTekst(Voorstel v) => v.Openbaarheid switch
    {
        Openbaarheid.Ja => "Ja",
        Openbaarheid.Nee => "Nee",
        Openbaarheid.Uitgesteld => $"Ja, namelijk uitgesteld (tot na {Datum(v.OpenbaarNa)})",
        _ => "Nog niet gekozen",
    } + v.BijlagenOpenbaar switch { false => ", de bijlagen zijn niet openbaar", null when v.Bijlagen.Count > 0 => "; openbaarheid van de bijlagen nog niet gekozen", _ => "" };

    public static string Uitkomst(CollegeUitkomst u) => Triggers.Naam(u switch
    {
        CollegeUitkomst.Ingestemd => Triggers.Instemmen,
        CollegeUitkomst.IngestemdMetWijzigingen => Triggers.InstemmenMetWijzigingen,
        CollegeUitkomst.Aangehouden => Triggers.Aanhouden,
        _ => Triggers.Afwijzen,
    });

    /// <summary>The proposal as a document; <paramref name="afdeling"/> and <paramref name="team"/> are looked up by the caller.</summary>
    public static Voorsteldocument Van(Voorstel v, string? afdeling, string? team)
    {
        var regnr = v.Registratienummer ?? "(concept)";
        var onderwerp = string.IsNullOrWhiteSpace(v.Onderwerp) ? "(nog geen onderwerp)" : v.Onderwerp;
        var dictum = v.Dictum.OrderBy(d => d.Volgorde).Select(d => d.Tekst).ToList();
        var b = new List<Blok>
        {
            new Kop(1, "Collegevoorstel"),
            new Alinea((afdeling ?? "").ToUpperInvariant(), Vet: true),
            new Velden(
            [
                ("Reg.nr.", regnr),
                ("B&W d.d.", Datum(v.GeplandBw)),
                ("Openbaar", OpenbaarheidTekst(v)),
                ("Programma", v.Programma ?? "–"),
                ("Planning", $"DT {Datum(v.GeplandDt)} · OR {Datum(v.GeplandOr)} · B&W {Datum(v.GeplandBw)} · OR {Datum(v.GeplandOrNaBw)} · Raad {Datum(v.GeplandRaad)}"),
                ("Ingekomen van", $"Afdeling {afdeling}"),
                ("Onderwerp", onderwerp),
                ("Team", team ?? "–"),
                ("Steller", v.StellerNaam + (v.StellerTelefoon is null ? "" : $", {v.StellerTelefoon}")),
                ("Datum", Datum(v.IngediendOp)),
                ("Paraaf afdelingshoofd", v.ParaafAfdelingshoofdNaam is null ? "–" : $"{v.ParaafAfdelingshoofdNaam}, {Datum(v.ParaafAfdelingshoofdOp)}"),
                ("Secretaris", v.Secretaris ?? "–"),
                ("Portefeuillehouder", v.Portefeuillehouder ?? "–"),
                ("Akkoord / Bespreken", v.Behandelwijze?.ToString() ?? "–"),
            ]),
            new Kop(2, "Dictum"),
            dictum.Count == 0 ? new Alinea("–") : new Genummerd(dictum),
        };
        if (v.Voorbesprekingen.Count > 0)
            b.Add(new Alinea("Voorbesproken met " + string.Join(", ", v.Voorbesprekingen.Select(p => p.Datum is { } d ? $"{p.Persoon} ({d:d-M-yyyy})" : p.Persoon)) + "."));
        b.Add(new Alinea("Besluit B&W: " + (v.Collegebesluit is null ? "nog niet genomen" : "zie bijlage"), Vet: true));

        b.Add(new Kop(2, "Samenvatting", NieuwePagina: true));
        Tekst(b, "Wat en waarom", v.SamenvattingWatEnWaarom ?? "–");
        Tekst(b, "Hoe", v.SamenvattingHoe ?? "–");

        b.Add(new Kop(2, "Bijlagen"));
        b.Add(v.Bijlagen.Count == 0
            ? new Alinea("Geen bijlagen.")
            : new Velden(v.Bijlagen.OrderBy(x => x.Nr).Select(x => ($"{x.Nr}.", $"{x.Naam} ({Datum(x.Datum)})")).ToList()));

        b.Add(new Kop(2, "Voorstel"));
        foreach (var (titel, tekst) in new[] { ("Aanleiding", v.Aanleiding), ("Achtergrond", v.Achtergrond), ("Aanpak", v.Aanpak), ("Voorstel", v.VoorstelTekst) })
            if (tekst is not null) Tekst(b, titel, tekst);

        b.Add(new Kop(2, "Bedrijfsvoeringsaspecten"));
        b.Add(new Velden(
        [
            ("Budgettaire consequenties", JaNee(v.BudgettaireConsequenties) + (v.Kosten is { } k ? $"; kosten EUR {k:N0}{(v.KostenPerJaar ? " per jaar" : "")}" : "")
                + (v.Baten is { } bt ? $"; baten EUR {bt:N0}" : "") + (v.Dekking is null ? "" : $"; dekking: {v.Dekking}")),
            ("Formatieve consequenties", JaNee(v.FormatieveConsequenties) + (v.Fte is { } f ? $"; {f:0.##} fte" : "") + (v.Inhuur is null ? "" : $"; inhuur: {v.Inhuur}")),
        ]));
        foreach (var a in v.Aspecten.OrderBy(a => a.Aspect).Where(a => a.Vereist || a.AdviesGevraagd || a.Toelichting is not null || a.Instemming is not null))
        {
            b.Add(new Kop(3, $"{(int)a.Aspect}. {AspectTeksten.Naam(a.Aspect)}{(a.Vereist ? " (advies vereist)" : "")}"));
            if (a.Toelichting is not null) Alineas(b, a.Toelichting);
            b.Add(new Alinea("Kan de adviseur instemmen met het voorstel? "
                + (a.Instemming switch { true => "ja", false => "nee", null => "nog geen advies" })
                + (a.AdviseurNaam is null ? "" : $" — {a.AdviseurNaam}")
                + (a.Instemming is not null && !a.AdviesGeldig ? " (vervallen na herziening)" : "")));
            if (a.Opmerking is not null) Alineas(b, "Opmerking: " + a.Opmerking);
        }

        if (v.Directiebesluit is { } dt)
        {
            b.Add(new Kop(2, "Directiebesluit"));
            b.Add(new Alinea($"Op {Datum(dt.Datum)} is in het Directieteam besloten:"));
            b.Add(new Genummerd(dt.PuntenLijst.ToList()));
        }
        if (v.Collegebesluit is { } cb)
        {
            b.Add(new Kop(2, "Bijlage – besluit B&W", NieuwePagina: true));
            b.Add(new Velden(
            [
                ("Collegevergadering d.d.", Datum(cb.Vergaderdatum)),
                ("Volgnr.", cb.Volgnummer?.ToString() ?? "–"),
                ("Beh.team", cb.BehandelendTeam ?? "–"),
                ("Reg.nr.", regnr),
                ("Openbaar", OpenbaarheidTekst(v)),
                ("Onderwerp", onderwerp),
                ("Uitkomst", Uitkomst(cb.Uitkomst)),
            ]));
            b.Add(new Kop(3, "Advies"));
            b.Add(dictum.Count == 0 ? new Alinea("–") : new Genummerd(dictum));
            b.Add(new Kop(3, "Besluit"));
            foreach (var regel in Regels(cb.Besluittekst)) b.Add(new Alinea(regel, Vet: true));
        }
        if (v.Raadsbesluit is { } rb)
        {
            b.Add(new Kop(2, "Besluit gemeenteraad"));
            Alineas(b, $"{Datum(rb.Vergaderdatum)}: {rb.Uitkomst.ToString().ToLowerInvariant()}. {rb.Besluittekst}");
        }

        var bestandsnaam = "Collegevoorstel " + (v.Registratienummer ?? $"concept {v.Id}");
        return new Voorsteldocument(onderwerp, bestandsnaam, b);
    }

    private static void Tekst(List<Blok> b, string kop, string tekst)
    {
        b.Add(new Kop(3, kop));
        Alineas(b, tekst);
    }

    private static void Alineas(List<Blok> b, string tekst) => b.AddRange(Regels(tekst).Select(r => new Alinea(r)));

    private static IEnumerable<string> Regels(string tekst) =>
        tekst.Replace("\r\n", "\n").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0);
}
