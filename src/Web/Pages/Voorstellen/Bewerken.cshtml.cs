using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Regels;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// Draft and revise a collegevoorstel. "Opslaan" keeps an incomplete draft; "Indienen" saves and then checks
/// completeness. Uploaded files are stored first, so a form that comes back with errors keeps them. The post is read
/// by <see cref="MultipartFormulierAttribute"/>, so a file of any size up to the hard cap gets a message at its row.
/// </summary>
[Authorize(Roles = Rollen.Steller)]
[MultipartFormulier]
public sealed class BewerkenModel(
    BesluitvormingDbContext db, VoorstelDienst dienst, ActorLader actors, BijlageOpslag opslag, TimeProvider klok,
    RegelDienst regels) : PageModel
{
    [BindProperty]
    public VoorstelFormulier Invoer { get; set; } = new();

    public int? Id { get; private set; }
    public string? Registratienummer { get; private set; }
    public string? StatusTitel { get; private set; }
    public string? TeruggestuurdReden { get; private set; }
    /// <summary>A concept never submitted: the steller may delete it (<see cref="Voorstel.MagVerwijderen"/>).</summary>
    public bool MagVerwijderen { get; private set; }
    public List<SelectListItem> Afdelingen { get; private set; } = [];
    public List<SelectListItem> Teams { get; private set; } = [];
    public List<SelectListItem> Projecten { get; private set; } = [];
    public BijlageOptions BijlageOpties => opslag.Opties;
    /// <summary>The submission gate's rules against the saved draft: shown on the form, nothing blocked.</summary>
    public Besluitvorming.Rules.Regeluitkomst? Regeltoets { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var actor = await actors.HuidigeAsync();
        if (id is { } bestaandId)
        {
            var (voorstel, fout) = await LaadBewerkbaarAsync(bestaandId, actor);
            if (voorstel is null) return fout!;
            Invoer = VoorstelFormulier.Van(voorstel);
            await VulKopAsync(voorstel);
        }
        else
        {
            var gebruiker = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.Id);
            Invoer = new VoorstelFormulier
            {
                AanmaakSleutel = Guid.NewGuid(),
                AfdelingId = gebruiker.AfdelingId ?? 0,
                TeamId = gebruiker.TeamId,
                StellerTelefoon = gebruiker.Telefoon,
            };
        }
        Invoer.VulAan();
        await VulKeuzelijstenAsync();
        return Page();
    }

    public Task<IActionResult> OnPostOpslaanAsync(int? id) => VerwerkAsync(id, indienen: false);

    public Task<IActionResult> OnPostIndienenAsync(int? id) => VerwerkAsync(id, indienen: true);

    private async Task<IActionResult> VerwerkAsync(int? id, bool indienen)
    {
        var actor = await actors.HuidigeAsync();
        Voorstel? voorstel = null;
        if (id is { } bestaandId)
        {
            (voorstel, var fout) = await LaadBewerkbaarAsync(bestaandId, actor);
            if (voorstel is null) return fout!;
        }
        else if (Invoer.AanmaakSleutel == Guid.Empty)
        {
            // A form without a (valid) key gets one now, so that sending it again is still recognised.
            ModelState.Remove($"{nameof(Invoer)}.{nameof(Invoer.AanmaakSleutel)}");
            Invoer.AanmaakSleutel = Guid.NewGuid();
        }

        await BewaarUploadsAsync(actor);
        await ControleerKeuzesAsync();
        _vergaderkeuzes = await Vergaderkeuzes.LaadAsync(db, Invoer, voorstel, Vandaag);
        _vergaderkeuzes.Controleer(Invoer, voorstel, ModelState);
        // What the domain would refuse anyway (numbers out of range, too many decimals), at the field, before anything is stored.
        VoegFoutenToe(Voorstel.ControleerInhoud(Invoer.NaarInhoud()));
        if (!ModelState.IsValid) return await OpnieuwAsync(voorstel, "Het voorstel is niet opgeslagen. Verbeter de gemarkeerde velden.");

        var herhaald = false;
        try
        {
            if (voorstel is null)
            {
                (voorstel, herhaald) = await dienst.MaakConceptAsync(Invoer.AanmaakSleutel, Invoer.NaarInhoud(), actor);
                Invoer.AanmaakSleutel = voorstel.AanmaakSleutel;
                // The same form sent twice (a double click): its files were attached the first time.
                herhaald = herhaald && Invoer.Uploads.All(u => voorstel.Bijlagen.Any(b =>
                    b.Bestandsnaam == u.Bestandsnaam && b.Grootte == u.Grootte && b.Naam == u.Naam!.Trim()));
                if (herhaald && !voorstel.IsBewerkbaar((await dienst.ContextAsync(voorstel)).Definitie)) return AlIngediend(voorstel);
                if (herhaald) Invoer.Uploads.Clear();
            }
            else
            {
                var ctx = await dienst.ContextAsync(voorstel);
                voorstel.WijzigInhoud(Invoer.NaarInhoud(), ctx, Invoer.Revisie);
                await dienst.NaInhoudswijzigingAsync(voorstel, ctx.Actor);
            }
            await KoppelBijlagenAsync(voorstel);
            await dienst.OpslaanAsync();
        }
        catch (VoorstelGewijzigdException e)
        {
            return await OpnieuwAsync(voorstel, e.Message);
        }
        catch (GeenToegangException)
        {
            return Forbid();
        }
        catch (ActieOngeldigException e)
        {
            VoegFoutenToe(e.Fouten);
            return await OpnieuwAsync(voorstel, "Het voorstel is niet opgeslagen. Verbeter de gemarkeerde velden.");
        }
        catch (VoorstelFout e)
        {
            return await OpnieuwAsync(voorstel, id is null && voorstel is null
                ? $"Dit formulier is al eerder opgeslagen en dat voorstel kan niet meer worden gewijzigd: {e.Message} Uw invoer staat hieronder."
                : e.Message);
        }

        Invoer = VoorstelFormulier.Van(voorstel);
        if (!indienen)
        {
            TempData["Succes"] = "Het concept is opgeslagen.";
            return RedirectToPage("Bewerken", new { id = voorstel.Id });
        }

        var definitie = (await dienst.ContextAsync(voorstel)).Definitie;
        var trigger = voorstel.Status == definitie.Beginstatus ? Triggers.Indienen : Triggers.Herindienen;
        try
        {
            voorstel = await dienst.VoerAsync(voorstel.Id, trigger, new ActieInvoer { Revisie = voorstel.Revisie });
        }
        catch (ActieOngeldigException e)
        {
            foreach (var (veld, melding) in e.Fouten) ModelState.AddModelError($"{nameof(Invoer)}.{veld}", melding);
            return await OpnieuwAsync(await dienst.LaadAsync(voorstel.Id),
                "Het concept is opgeslagen, maar nog niet ingediend: vul de gemarkeerde velden aan.");
        }
        catch (VoorstelFout e)
        {
            var nu = await dienst.LaadAsync(voorstel.Id);
            // The other send of a double click submitted it a moment earlier.
            if (herhaald && nu is not null && !nu.IsBewerkbaar(definitie)) return AlIngediend(nu);
            return await OpnieuwAsync(nu, $"Het concept is opgeslagen, maar nog niet ingediend: {e.Message}");
        }

        if (dienst.Waarschuwingen.Count > 0) TempData["Waarschuwing"] = "Let op: " + string.Join(" ", dienst.Waarschuwingen);
        TempData["Succes"] = trigger == Triggers.Indienen
            ? $"Het voorstel is ingediend met registratienummer {voorstel.Registratienummer}."
            : "Het herziene voorstel is opnieuw ingediend.";
        return RedirectToPage("Details", new { id = voorstel.Id });
    }

    private IActionResult AlIngediend(Voorstel voorstel)
    {
        TempData["Succes"] = voorstel.Registratienummer is { } nr
            ? $"Het voorstel is ingediend met registratienummer {nr}."
            : "Dit formulier was al verstuurd.";
        return RedirectToPage("Details", new { id = voorstel.Id });
    }

    /// <summary>Stores every acceptable new file now; refused files get a message at their row.</summary>
    private async Task BewaarUploadsAsync(Actor actor)
    {
        // Files stored by an earlier post must still be this user's unattached uploads.
        var geldig = new List<VoorstelFormulier.UploadRegel>();
        foreach (var u in Invoer.Uploads)
        {
            var bestand = await opslag.ZoekEigenUploadAsync(u.BestandId, actor.Id);
            if (bestand is null)
            {
                // Attached by an earlier send of this same form: nothing lost. Otherwise it was cleaned up meanwhile.
                if (!await opslag.IsBijgevoegdAsync(u.BestandId, actor.Id))
                    ModelState.AddModelError(string.Empty, $"De eerder geüploade bijlage '{u.Naam}' is niet meer beschikbaar: een upload " +
                        $"die niet bij een voorstel wordt opgeslagen, wordt na {opslag.Opties.OpruimenNa.TotalHours:0} uur opgeruimd. " +
                        "Voeg het bestand opnieuw toe.");
                continue;
            }
            u.Bestandsnaam = bestand.Bestandsnaam;
            u.Grootte = bestand.Grootte;
            geldig.Add(u);
        }
        Invoer.Uploads = geldig;

        // Files the post was too large to keep (read and thrown away by MultipartFormulier): the size message at their row.
        foreach (var t in MultipartFormulierAttribute.TeGroteBestanden(HttpContext))
            ModelState.AddModelError(t.Veld.StartsWith($"{nameof(Invoer)}.{nameof(Invoer.NieuweBijlagen)}[") ? t.Veld : string.Empty,
                opslag.TeGroot(t.Bestandsnaam, t.Grootte));

        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        for (var i = 0; i < Invoer.NieuweBijlagen.Count; i++)
        {
            var regel = Invoer.NieuweBijlagen[i];
            if (regel.Bestand is null) continue;
            var (bestand, fout) = await opslag.BewaarAsync(regel.Bestand, actor.Id);
            if (bestand is null)
            {
                // The row keeps what was typed; only the file has to be chosen again.
                ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.NieuweBijlagen)}[{i}].{nameof(regel.Bestand)}", fout!);
                continue;
            }
            Invoer.Uploads.Add(new VoorstelFormulier.UploadRegel
            {
                BestandId = bestand.Id, Bestandsnaam = bestand.Bestandsnaam, Grootte = bestand.Grootte,
                Naam = string.IsNullOrWhiteSpace(regel.Naam) ? Path.GetFileNameWithoutExtension(bestand.Bestandsnaam) : regel.Naam.Trim(),
                Datum = regel.Datum ?? vandaag, Openbaar = regel.Openbaar, Soort = regel.Soort,
            });
            Invoer.NieuweBijlagen[i] = new VoorstelFormulier.NieuweBijlageRegel();
        }
        // The rows were consumed: a re-rendered form shows them as stored uploads.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith($"{nameof(Invoer)}.{nameof(Invoer.Uploads)}")).ToList())
            ModelState.Remove(key);
        for (var i = 0; i < Invoer.Uploads.Count; i++)
        {
            var veld = $"{nameof(Invoer)}.{nameof(Invoer.Uploads)}[{i}].{nameof(VoorstelFormulier.UploadRegel.Naam)}";
            if (string.IsNullOrWhiteSpace(Invoer.Uploads[i].Naam)) ModelState.AddModelError(veld, "Geef de bijlage een naam.");
            else if (Invoer.Uploads[i].Naam!.Length > Veldlengtes.BijlageNaam)
                ModelState.AddModelError(veld, Veldlengtes.Melding(Veldlengtes.BijlageNaam, Invoer.Uploads[i].Naam!.Length));
        }
    }

    /// <summary>Puts the domain's messages at their fields (keys are <see cref="VoorstelInhoud"/> names), unless a field has one already.</summary>
    private void VoegFoutenToe(IReadOnlyDictionary<string, string> fouten)
    {
        foreach (var (sleutel, melding) in fouten)
        {
            var veld = sleutel;
            if (sleutel.StartsWith($"{nameof(VoorstelInhoud.Aspecten)}[") && Enum.TryParse<Aspect>(sleutel[(sleutel.IndexOf('[') + 1)..^1], out var aspect))
                veld = $"{nameof(Invoer.Aspecten)}[{Invoer.Aspecten.FindIndex(a => a.Aspect == aspect)}].{nameof(VoorstelFormulier.AspectRegel.Toelichting)}";
            var sleutelInFormulier = $"{nameof(Invoer)}.{veld}";
            if (ModelState.TryGetValue(sleutelInFormulier, out var bestaand) && bestaand.Errors.Count > 0) continue;
            ModelState.AddModelError(sleutelInFormulier, melding);
        }
    }

    private async Task ControleerKeuzesAsync()
    {
        if (Invoer.AfdelingId != 0 && !await db.Afdelingen.AnyAsync(a => a.Id == Invoer.AfdelingId))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.AfdelingId)}", "Kies een bestaande afdeling.");
        if (Invoer.AfdelingId == 0)
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.AfdelingId)}", "Kies de afdeling waar het voorstel vandaan komt.");
        if (Invoer.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team && t.AfdelingId == Invoer.AfdelingId))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.TeamId)}", "Dit team hoort niet bij de gekozen afdeling.");
        if (Invoer.ProjectId is { } project && !await db.Projecten.AnyAsync(p => p.Id == project))
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.ProjectId)}", "Kies een bestaand project.");
        if (Invoer.Openbaarheid == Openbaarheid.Uitgesteld && Invoer.OpenbaarNa is null)
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.OpenbaarNa)}", "Vul in tot welke datum de openbaarheid is uitgesteld.");
    }

    private async Task KoppelBijlagenAsync(Voorstel voorstel)
    {
        var ctx = await dienst.ContextAsync(voorstel);
        var vandaag = ctx.Vandaag;
        foreach (var b in Invoer.BestaandeBijlagen.Where(b => voorstel.Bijlagen.Any(x => x.Id == b.Id)))
        {
            if (b.Verwijderen) voorstel.VerwijderBijlage(b.Id, ctx);
            else voorstel.WijzigBijlage(b.Id, b.Naam!.Trim(), b.Datum ?? vandaag, b.Openbaar, b.Soort, ctx);
        }
        foreach (var u in Invoer.Uploads)
            voorstel.VoegBijlageToe(u.Naam!.Trim(), u.Datum ?? vandaag, u.Openbaar, u.Soort, u.BestandId, u.Bestandsnaam,
                (await db.Bestanden.Where(x => x.Id == u.BestandId).Select(x => x.ContentType).SingleAsync()), u.Grootte, ctx);
        Invoer.Uploads.Clear();
    }

    private async Task<(Voorstel?, IActionResult?)> LaadBewerkbaarAsync(int id, Actor actor)
    {
        var voorstel = await dienst.LaadAsync(id);
        if (voorstel is null || !voorstel.IsVanSteller(actor)) return (null, NotFound());
        var ctx = await dienst.ContextAsync(voorstel);
        if (!voorstel.IsBewerkbaar(ctx.Definitie))
        {
            TempData["Fout"] = $"Dit voorstel staat op '{ctx.Definitie.StatusTitel(voorstel.Status)}' en kan niet meer worden gewijzigd.";
            return (null, RedirectToPage("Details", new { id }));
        }
        return (voorstel, null);
    }

    private async Task<IActionResult> OpnieuwAsync(Voorstel? voorstel, string melding)
    {
        ModelState.AddModelError(string.Empty, melding);
        // The key may have been replaced (missing, or someone else's): the form carries the one now in use.
        ModelState.Remove($"{nameof(Invoer)}.{nameof(Invoer.AanmaakSleutel)}");
        if (voorstel is not null)
        {
            await VulKopAsync(voorstel);
            Invoer.Revisie = voorstel.Revisie;
            ModelState.Remove($"{nameof(Invoer)}.{nameof(Invoer.Revisie)}");
            // Existing attachments as they are now (ids may have changed after a save).
            Invoer.BestaandeBijlagen = VoorstelFormulier.Van(voorstel).BestaandeBijlagen;
            foreach (var key in ModelState.Keys.Where(k => k.Contains(nameof(Invoer.BestaandeBijlagen))).ToList()) ModelState.Remove(key);
            ZetBijlagefoutenOpHunRegel();
        }
        foreach (var key in ModelState.Keys.Where(k => k.Contains(nameof(Invoer.NieuweBijlagen)) && !k.EndsWith(".Bestand")).ToList())
            ModelState.Remove(key);
        Invoer.VulAan();
        await VulKeuzelijstenAsync();
        return Page();
    }

    /// <summary>The domain names an attachment by its number ("Bijlagen[2].Openbaar"); the form by its row.</summary>
    private void ZetBijlagefoutenOpHunRegel()
    {
        for (var i = 0; i < Invoer.BestaandeBijlagen.Count; i++)
        {
            var sleutel = $"{nameof(Invoer)}.{Voorstel.BijlageOpenbaarVeld(Invoer.BestaandeBijlagen[i].Nr)}";
            if (!ModelState.TryGetValue(sleutel, out var fouten)) continue;
            foreach (var fout in fouten.Errors.ToList())
                ModelState.AddModelError($"{nameof(Invoer)}.{nameof(Invoer.BestaandeBijlagen)}[{i}].{nameof(VoorstelFormulier.BestaandeBijlageRegel.Openbaar)}", fout.ErrorMessage);
            ModelState.Remove(sleutel);
        }
    }

    private async Task VulKopAsync(Voorstel voorstel)
    {
        var ctx = await dienst.ContextAsync(voorstel);
        // The gate of submitting, as the definition names it.
        if (RegelDienst.PoortVoor(ctx.Definitie, ctx.Definitie.Beginstatus, Triggers.Indienen) is { } poort)
            Regeltoets = (await regels.ContextAsync(voorstel)).Beoordeel(poort, voorstel);
        Id = voorstel.Id;
        Registratienummer = voorstel.Registratienummer;
        StatusTitel = ctx.Definitie.StatusTitel(voorstel.Status);
        MagVerwijderen = voorstel.MagVerwijderen(ctx.Actor, ctx.Definitie);
        TeruggestuurdReden = voorstel.TeruggestuurdVanuit is null ? null
            : voorstel.Gebeurtenissen.Where(g => g.Soort == Triggers.Terugsturen).MaxBy(g => g.Tijdstip)?.Reden;
    }

    private Vergaderkeuzes? _vergaderkeuzes;

    private DateOnly Vandaag => DateOnly.FromDateTime(klok.GetLocalNow().DateTime);

    /// <summary>The upcoming meetings of the field's body, and the date the form holds.</summary>
    public IReadOnlyList<SelectListItem> Vergaderopties(string veld) => _vergaderkeuzes!.Opties(veld, Invoer);

    private async Task VulKeuzelijstenAsync()
    {
        _vergaderkeuzes ??= await Vergaderkeuzes.LaadAsync(db, Invoer, null, Vandaag);
        Afdelingen = await db.Afdelingen.OrderBy(a => a.Naam)
            .Select(a => new SelectListItem(a.Naam, a.Id.ToString())).ToListAsync();
        Teams = await db.Teams.OrderBy(t => t.Code)
            .Select(t => new SelectListItem(t.Code + " – " + t.Naam, t.Id.ToString())).ToListAsync();
        Projecten = await db.Projecten.OrderBy(p => p.Naam)
            .Select(p => new SelectListItem(p.Naam, p.Id.ToString())).ToListAsync();
    }
}
