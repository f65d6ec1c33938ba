using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// Demo: one published besluitenlijst on /Openbaar. Two public proposals, decided by the college in the last B&amp;W
/// meeting before today (one agreed, one rejected: a rejection is a decision too), through the same domain verbs as real
/// use; the agreed one has a public and a non-public bijlage, so the public page shows the one and not the other.
/// </summary>
public static class DemoPublicatie
{
    public static async Task MaakAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var vandaag = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var vergadering = await db.Vergaderkalender.Where(v => v.Soort == Vergadersoort.College && v.Datum < vandaag)
            .OrderByDescending(v => v.Datum).Select(v => (DateOnly?)v.Datum).FirstOrDefaultAsync() ?? vandaag.AddDays(-7);

        await BeslisAsync(sp, "Subsidieregeling buurtinitiatieven", Openbaarheid.Ja, null,
            [("Subsidieregeling buurtinitiatieven", true), ("Financiële onderbouwing per wijk (vertrouwelijk)", false)],
            Triggers.Instemmen, vergadering, "Het college stelt de subsidieregeling buurtinitiatieven vast.", volgnummer: 1);
        db.ChangeTracker.Clear(); // one proposal tracked at a time (see DemoVoorstellen)
        await BeslisAsync(sp, "Verkoop van het voormalige schoolgebouw aan de Kerkstraat", Openbaarheid.Ja, null, [],
            Triggers.Afwijzen, vergadering,
            "Het college stemt niet in met de verkoop; eerst wordt onderzocht of het gebouw een maatschappelijke bestemming kan krijgen.",
            volgnummer: 2);
    }

    /// <summary>
    /// A proposal of the demo steller with the given bijlagen (small PDFs), routed without advice through paraaf and DT
    /// to the college, which takes <paramref name="trigger"/> (Instemmen, Afwijzen, ...) in the meeting of
    /// <paramref name="vergadering"/>. Returns its id. Also what the publication tests decide with.
    /// </summary>
    public static async Task<int> BeslisAsync(IServiceProvider sp, string onderwerp, Openbaarheid openbaarheid, DateOnly? openbaarNa,
        (string Naam, bool Openbaar)[] bijlagen, string trigger, DateOnly vergadering, string besluit, bool bijlagenOpenbaar = true,
        int? volgnummer = null)
    {
        var db = sp.GetRequiredService<BesluitvormingDbContext>();
        var dienst = sp.GetRequiredService<VoorstelDienst>();
        async Task<Actor> Als(string gebruikersnaam) =>
            await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync());

        var mo = await db.Afdelingen.SingleAsync(a => a.Naam == "Maatschappelijke Ontwikkeling");
        var moado = await db.Teams.SingleAsync(t => t.Code == "MOADO");
        var steller = await Als("steller");
        var (v, _) = await dienst.MaakConceptAsync(Guid.NewGuid(), new VoorstelInhoud
        {
            Onderwerp = onderwerp, AfdelingId = mo.Id, TeamId = moado.Id, Programma = "Stad van actieve mensen",
            Openbaarheid = openbaarheid, OpenbaarNa = openbaarNa, BijlagenOpenbaar = bijlagen.Length == 0 ? null : bijlagenOpenbaar,
            GeplandDt = vergadering.AddDays(-8), GeplandBw = vergadering,
            Portefeuillehouder = "H. Brauer", Behandelwijze = Behandelwijze.Akkoord,
            Dictum = [$"Instemmen met: {onderwerp}."],
            SamenvattingWatEnWaarom = onderwerp + ".",
            SamenvattingHoe = "Zie de aanpak in het voorstel.",
            Aanleiding = "Vragen uit de wijken om een eenvoudige regeling.",
            BudgettaireConsequenties = false, FormatieveConsequenties = false,
        }, steller);
        var ctx = await dienst.ContextAsync(v, steller);
        foreach (var (naam, openbaar) in bijlagen)
        {
            var bestand = new Bestand
            {
                Id = Guid.NewGuid(), EigenaarId = steller.Id, Bestandsnaam = naam + ".pdf", ContentType = "application/pdf",
                Inhoud = DemoTrajecten.Pdf($"{naam} (demo-document)"), GeuploadOp = ctx.Nu,
            };
            bestand.Grootte = bestand.Inhoud.Length;
            db.Bestanden.Add(bestand);
            v.VoegBijlageToe(naam, vergadering.AddDays(-14), openbaar, BijlageSoort.Overig, bestand.Id, bestand.Bestandsnaam,
                bestand.ContentType, bestand.Grootte, ctx);
        }
        await dienst.OpslaanAsync();

        async Task Doe(string t, string wie, ActieInvoer? invoer = null) =>
            await dienst.VoerAsync(v.Id, t, invoer ?? new ActieInvoer(), await Als(wie));
        await Doe(Triggers.Indienen, "steller");
        await Doe(Triggers.Paraferen, "afdelingshoofd");
        await Doe(Triggers.DirectiebesluitVastleggen, "dtsecretaris", new ActieInvoer { Datum = vergadering.AddDays(-8), Tekst = "Conform advies." });
        await Doe(trigger, "secretariaat", new ActieInvoer
        {
            Datum = vergadering, Volgnummer = volgnummer, BehandelendTeam = "MOADO", Tekst = besluit,
        });
        return v.Id;
    }
}
