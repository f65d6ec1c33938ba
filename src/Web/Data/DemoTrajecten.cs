using System.Text;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// The trajecten of the demo projects, made through the domain verbs (Traject.Start and the verbs, with evidence
/// files) at times in the past of the app's clock, so that days in step and late steps vary plausibly. Thuis in de
/// Buurt gets its 23 accommodaties (seed 003 names only the two pilots, which are furthest; the other 21 are named
/// after kernen and wijken of the gemeente Oss with "(demo)" in the name). The pilots wait at their decision moment for
/// the demo proposal about them (linked both ways); no new proposal is made, so the demo proposals stay as they were
/// (the overview and project tests count them). The voorzieningenprogramma waits in phase A at its first decision
/// moment for demo proposal 3 ("Opdracht analyse voorzieningenniveau"). No event of a demo traject reaches
/// <see cref="TrajectReacties"/>: its history is the past, and a fresh demo database should not greet the step owners
/// with a pile of mail and overdue reminders for steps that are history. Real trajecten raise them all.
/// </summary>
public static class DemoTrajecten
{
    public const string Accommodatie = "thuis-in-de-buurt-accommodatie";
    public const string Voorzieningenprogramma = "voorzieningenprogramma";
    public const string AnalyseOnderwerp = "Opdracht analyse voorzieningenniveau (Spoorboekje fase A, stap 0)";

    /// <summary>One accommodatie: where it stands (index in the route), its group and who owns its steps.</summary>
    /// <param name="Besluit">At the decision moment: the onderwerp of the demo proposal it waits for (linked both ways).</param>
    private sealed record Huis(string Naam, string Kern, string? Groep, string Eigenaar, int Stap, int DagenInStap,
        string? Overslaan = null, bool Teruggestuurd = false, string? Besluit = null);

    private static readonly string[] Route =
    [
        "Stakeholderbijeenkomst", "Veerkrachtdialoog", "VisieEnActiviteitenplan", "Trainingsbijeenkomsten", "IndividueleCoaching",
        "BedrijfsplanEnExploitatie", "Besluitmoment", "AfsprakenVastgelegd", "Evaluatie",
    ];

    private static readonly Huis[] Huizen =
    [
        new("Wij(k)huis de Haard", "Oss – de Ruwaard", "Pilot", "steller", 6, 12, Besluit: "Pilot Wij(k)huis de Haard: verlenging proeftuin"),
        new("Plekkenmakers de Bongerd", "Macharen", "Pilot", "steller2", 6, 9, Besluit: "Plekkenmakers de Bongerd: ontmoeten in Macharen"),
        new("Dorpshuis Berghem (demo)", "Berghem", "Groep 1", "steller", 5, 11),
        new("Dorpshuis Megen (demo)", "Megen", "Groep 1", "steller", 5, 16),
        new("Dorpshuis Haren (demo)", "Haren", "Groep 1", "steller2", 4, 22),
        new("Dorpshuis Geffen (demo)", "Geffen", "Groep 1", "steller", 5, 35),
        new("Dorpshuis Herpen (demo)", "Herpen", "Groep 1", "steller2", 4, 48),
        new("Dorpshuis Ravenstein (demo)", "Ravenstein", "Groep 2", "steller", 4, 6),
        new("Dorpshuis Lith (demo)", "Lith", "Groep 2", "steller2", 3, 30),
        new("Dorpshuis Oijen (demo)", "Oijen", "Groep 2", "steller", 3, 66),
        new("Dorpshuis Alem (demo)", "Alem", "Groep 2", "steller2", 3, 14),
        new("Dorpshuis Deursen (demo)", "Deursen", "Groep 2", "projectleider", 4, 25),
        new("Dorpshuis Maren-Kessel (demo)", "Maren-Kessel", null, "steller", 2, 19),
        new("Dorpshuis Demen (demo)", "Demen", null, "steller2", 2, 5, Teruggestuurd: true),
        new("Dorpshuis Dieden (demo)", "Dieden", null, "steller", 1, 33),
        new("Dorpshuis Keent (demo)", "Keent", null, "projectleider", 1, 8),
        new("Dorpshuis Neerloon (demo)", "Neerloon", null, "steller2", 0, 40),
        new("Dorpshuis Overlangel (demo)", "Overlangel", null, "steller", 0, 4),
        new("Dorpshuis Teeffelen (demo)", "Teeffelen", null, "steller2", 2, 12,
            Overslaan: "Veerkrachtdialoog samen met de stakeholderbijeenkomst gehouden."),
        new("Dorpshuis Lithoijen (demo)", "Lithoijen", null, "steller", 1, 17),
        new("Wijkcentrum Ussen (demo)", "Oss – Ussen", null, "steller2", 2, 27),
        new("Wijkcentrum Schadewijk (demo)", "Oss – Schadewijk", null, "steller", 1, 2),
        new("Wijkcentrum Krinkelhoek (demo)", "Oss – Krinkelhoek", null, "projectleider", 0, 23),
    ];

    public static async Task MaakAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var dienst = sp.GetRequiredService<TrajectDienst>();
        var nu = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var actoren = new Dictionary<string, Actor>();
        async Task<Actor> Als(string gebruikersnaam)
        {
            if (actoren.TryGetValue(gebruikersnaam, out var a)) return a;
            var id = await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync();
            return actoren[gebruikersnaam] = await ActorLader.LaadAsync(db, id);
        }
        async Task<Voorstel> Voorstel(string onderwerp) => await db.Voorstellen.SingleAsync(v => v.Onderwerp == onderwerp);

        var projectleider = await Als("projectleider");
        var leider = new Taakhouder(projectleider.Id, projectleider.Naam);
        var thuis = await db.Projecten.SingleAsync(p => p.Naam == "Thuis in de Buurt");
        var spoor = await db.Projecten.SingleAsync(p => p.Naam == "Voorzieningenprogramma (VNG Spoorboekje)");
        var accommodatie = await dienst.NieuwsteDefinitieAsync(Accommodatie);

        foreach (var huis in Huizen)
        {
            var eigenaar = await Als(huis.Eigenaar);
            var stappen = Route.Take(huis.Stap).ToList();
            // Each done step took roughly its term; the current one has been open DagenInStap calendar days.
            var tijd = nu.AddDays(-huis.DagenInStap - stappen.Sum(s => Duur(accommodatie.Status(s), huis.Naam)));
            var traject = Traject.Start(accommodatie, huis.Naam, thuis.Id, leider,
                new Dictionary<string, Taakhouder> { [Rollen.Steller] = new(eigenaar.Id, eigenaar.Naam) }, projectleider, tijd,
                huis.Kern, huis.Groep);
            for (var i = 0; i < stappen.Count; i++)
            {
                var stap = accommodatie.Status(stappen[i]);
                tijd = tijd.AddDays(Duur(stap, huis.Naam));
                var laatste = i == stappen.Count - 1;
                var door = stap.EigenaarRol == Rollen.Projectleider ? projectleider : eigenaar;
                if (huis.Overslaan is { } reden && stap.Naam == "Veerkrachtdialoog")
                    traject.Overslaan(accommodatie, projectleider, reden, tijd);
                else
                    traject.Voltooien(accommodatie, door, Bewijs(db, stap, huis.Naam, door, tijd), null, tijd);
                if (huis.Teruggestuurd && laatste)
                {
                    // Sent back from the next step: the visie needed another round of dialogue.
                    traject.Terugsturen(accommodatie, projectleider, "Eerst een tweede veerkrachtdialoog met de jongeren uit het dorp.",
                        nu.AddDays(-huis.DagenInStap));
                }
            }
            Voorstel? besluit = null;
            if (huis.Besluit is { } onderwerp)
            {
                besluit = await Voorstel(onderwerp);
                traject.StartBesluitmoment(accommodatie, projectleider, besluit.Id, nu.AddDays(-huis.DagenInStap + 2));
            }
            await OpslaanAsync(db, dienst, traject, besluit);
            // One traject (with its evidence files) tracked at a time: every save compares all that is tracked.
            db.ChangeTracker.Clear();
        }

        // The voorzieningenprogramma in phase A: the aanleiding is written, the college is asked for the analysis.
        var programma = await dienst.NieuwsteDefinitieAsync(Voorzieningenprogramma);
        var steller = await Als("steller");
        var analyse = await Voorstel(AnalyseOnderwerp);
        var begin = nu.AddDays(-45);
        var vp = Traject.Start(programma, "Voorzieningenprogramma", spoor.Id, leider,
            new Dictionary<string, Taakhouder> { [Rollen.Steller] = new(steller.Id, steller.Naam) }, projectleider, begin);
        vp.Voltooien(programma, steller, Bewijs(db, programma.Status("Aanleiding"), "Voorzieningenprogramma", steller, begin.AddDays(24)),
            "Aanleiding besproken met de portefeuillehouder.", begin.AddDays(24));
        vp.StartBesluitmoment(programma, projectleider, analyse.Id, begin.AddDays(27));
        await OpslaanAsync(db, dienst, vp, analyse);
    }

    /// <summary>Saves a new traject and, in the same transaction, links the proposal of its decision moment back to it.</summary>
    private static async Task OpslaanAsync(BesluitvormingDbContext db, TrajectDienst dienst, Traject traject, Voorstel? besluit)
    {
        traject.NeemDomeingebeurtenissen();
        await using var tx = await db.Database.BeginTransactionAsync();
        await dienst.StartAsync(traject);
        if (besluit is not null)
        {
            besluit.KoppelAanTraject(traject.Id);
            await db.SaveChangesAsync();
        }
        await tx.CommitAsync();
    }

    /// <summary>Calendar days a done step took: its term in working days, give or take, varying per house.</summary>
    private static int Duur(StatusDefinitie stap, string huis) =>
        (int)Math.Round((stap.TermijnWerkdagen ?? 20) * 7 / 5.0 * (0.7 + (huis.Sum(c => c) % 5) / 10.0));

    /// <summary>A small real PDF for every kind of evidence the step needs, stored as any upload is.</summary>
    private static List<Bewijs> Bewijs(BesluitvormingDbContext db, StatusDefinitie stap, string huis, Actor door, DateTime op) =>
        stap.VereistBewijs.Select(soort =>
        {
            var naam = $"{char.ToUpperInvariant(Bewijssoorten.Naam(soort)[0])}{Bewijssoorten.Naam(soort)[1..]} {stap.Titel.ToLowerInvariant()} {huis}.pdf";
            naam = naam.Replace("(demo)", "demo").Replace("(", "").Replace(")", "");
            if (naam.Length > 120) naam = naam[..116] + ".pdf";
            var bestand = new Bestand
            {
                Id = Guid.NewGuid(), EigenaarId = door.Id, Bestandsnaam = naam, ContentType = "application/pdf",
                Inhoud = Pdf($"{stap.Titel} - {huis} (demo-document)"), GeuploadOp = op,
            };
            bestand.Grootte = bestand.Inhoud.Length;
            db.Bestanden.Add(bestand);
            return new Bewijs(bestand.Id, soort, naam);
        }).ToList();

    /// <summary>A one-page PDF with one line of text (ASCII), with a correct cross-reference table.</summary>
    internal static byte[] Pdf(string tekst)
    {
        var veilig = new string(tekst.Select(c => c < 128 && c is not ('(' or ')' or '\\') ? c : c == '–' ? '-' : ' ').ToArray());
        var inhoud = $"BT /F1 14 Tf 72 760 Td ({veilig}) Tj ET";
        string[] objecten =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {inhoud.Length} >>\nstream\n{inhoud}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var posities = new List<int>();
        for (var i = 0; i < objecten.Length; i++)
        {
            posities.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objecten[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objecten.Length + 1}\n0000000000 65535 f \n");
        foreach (var p in posities) pdf.Append($"{p:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objecten.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
