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
        var dienst = sp.GetRequiredService<VoorstelDienst>();
        var vandaag = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var vergadering = await db.Vergaderkalender.Where(v => v.Soort == Vergadersoort.College && v.Datum < vandaag)
            .OrderByDescending(v => v.Datum).Select(v => (DateOnly?)v.Datum).FirstOrDefaultAsync() ?? vandaag.AddDays(-7);

        async Task<Actor> Als(string gebruikersnaam) =>
            await ActorLader.LaadAsync(db, await db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync());

        var mo = await db.Afdelingen.SingleAsync(a => a.Naam == "Maatschappelijke Ontwikkeling");
        var moado = await db.Teams.SingleAsync(t => t.Code == "MOADO");
        var steller = await Als("steller");

        async Task<int> BeslisAsync(string onderwerp, string dictum, (string Naam, bool Openbaar)[] bijlagen, string trigger, int volgnummer, string besluit)
        {
            var (v, _) = await dienst.MaakConceptAsync(Guid.NewGuid(), new VoorstelInhoud
            {
                Onderwerp = onderwerp, AfdelingId = mo.Id, TeamId = moado.Id, Programma = "Stad van actieve mensen",
                Openbaarheid = Openbaarheid.Ja, BijlagenOpenbaar = true,
                GeplandDt = vergadering.AddDays(-8), GeplandBw = vergadering,
                Portefeuillehouder = "H. Brauer", Behandelwijze = Behandelwijze.Akkoord,
                Dictum = [dictum],
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

        await BeslisAsync("Subsidieregeling buurtinitiatieven", "Vaststellen van de subsidieregeling buurtinitiatieven.",
            [("Subsidieregeling buurtinitiatieven", true), ("Financiële onderbouwing per wijk (vertrouwelijk)", false)],
            Triggers.Instemmen, 1, "Het college stelt de subsidieregeling buurtinitiatieven vast.");
        await BeslisAsync("Verkoop van het voormalige schoolgebouw aan de Kerkstraat",
            "Instemmen met de verkoop van het voormalige schoolgebouw aan de Kerkstraat aan de hoogste bieder.", [],
            Triggers.Afwijzen, 2, "Het college stemt niet in met de verkoop; eerst wordt onderzocht of het gebouw een maatschappelijke bestemming kan krijgen.");
    }
}
