using System.ComponentModel.DataAnnotations;
using Besluitvorming.Web.Invoer;
using Besluitvorming.Web.Toegankelijkheid;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Pages.Voorstellen;

/// <summary>
/// The collegevoorstel template as a form. Field names match <see cref="VoorstelInhoud"/>; [VerplichtBijIndienen] marks
/// what <see cref="Voorstel.ControleerVolledigheid"/> always asks for, so the form can say so before submission.
/// </summary>
public sealed class VoorstelFormulier
{
    public Guid AanmaakSleutel { get; set; }
    public int? Revisie { get; set; }

    [MaxTekens(Veldlengtes.Onderwerp)]
    [VerplichtBijIndienen]
    public string? Onderwerp { get; set; }
    [VerplichtBijIndienen]
    public int AfdelingId { get; set; }
    [VerplichtBijIndienen]
    public int? TeamId { get; set; }
    public int? ProjectId { get; set; }
    [MaxTekens(Veldlengtes.Programma)]
    public string? Programma { get; set; }
    /// <summary>No default: the steller chooses (required for submission, not for a draft).</summary>
    [VerplichtBijIndienen]
    public Openbaarheid? Openbaarheid { get; set; }
    public DateOnly? OpenbaarNa { get; set; }
    public bool? BijlagenOpenbaar { get; set; }
    public DateOnly? GeplandDt { get; set; }
    public DateOnly? GeplandOr { get; set; }
    [VerplichtBijIndienen]
    public DateOnly? GeplandBw { get; set; }
    public DateOnly? GeplandOrNaBw { get; set; }
    public DateOnly? GeplandRaad { get; set; }
    [Phone(ErrorMessage = "Vul een geldig telefoonnummer in."), MaxTekens(Veldlengtes.Telefoon)]
    public string? StellerTelefoon { get; set; }
    [MaxTekens(Veldlengtes.Naam)]
    [VerplichtBijIndienen]
    public string? Portefeuillehouder { get; set; }
    [MaxTekens(Veldlengtes.Naam)]
    public string? Secretaris { get; set; }
    public Behandelwijze? Behandelwijze { get; set; }
    /// <summary>One decision point per line.</summary>
    [MaxTekens(Veldlengtes.Tekst)]
    [VerplichtBijIndienen]
    public string? Dictum { get; set; }
    public List<VoorbesprekingRegel> Voorbesprekingen { get; set; } = [];
    [MaxTekens(Veldlengtes.Tekst)]
    [VerplichtBijIndienen]
    public string? SamenvattingWatEnWaarom { get; set; }
    [MaxTekens(Veldlengtes.Tekst)]
    [VerplichtBijIndienen]
    public string? SamenvattingHoe { get; set; }
    [MaxTekens(Veldlengtes.Tekst)]
    [VerplichtBijIndienen]
    public string? Aanleiding { get; set; }
    [MaxTekens(Veldlengtes.Tekst)]
    public string? Achtergrond { get; set; }
    [MaxTekens(Veldlengtes.Tekst)]
    public string? Aanpak { get; set; }
    [MaxTekens(Veldlengtes.Tekst)]
    public string? VoorstelTekst { get; set; }
    public bool RaadsbesluitNodig { get; set; }
    [VerplichtBijIndienen]
    public bool? BudgettaireConsequenties { get; set; }
    // Amounts: "1.500" is fifteen hundred (see Invoer.Getal); ranges and decimals are checked by Voorstel.ControleerInhoud.
    [DataType(DataType.Currency)]
    public decimal? Kosten { get; set; }
    public bool KostenPerJaar { get; set; }
    [DataType(DataType.Currency)]
    public decimal? Baten { get; set; }
    [MaxTekens(Veldlengtes.Regel)]
    public string? Dekking { get; set; }
    [VerplichtBijIndienen]
    public bool? FormatieveConsequenties { get; set; }
    public decimal? Fte { get; set; }
    [MaxTekens(Veldlengtes.Regel)]
    public string? Inhuur { get; set; }
    public List<AspectRegel> Aspecten { get; set; } = [];

    /// <summary>Files already stored by an earlier post of this form, waiting to be attached.</summary>
    public List<UploadRegel> Uploads { get; set; } = [];
    public List<NieuweBijlageRegel> NieuweBijlagen { get; set; } = [];
    public List<BestaandeBijlageRegel> BestaandeBijlagen { get; set; } = [];

    public sealed class VoorbesprekingRegel
    {
        [MaxTekens(Veldlengtes.Voorbespreking)]
        public string? Persoon { get; set; }
        public DateOnly? Datum { get; set; }
    }

    public sealed class AspectRegel
    {
        public Aspect Aspect { get; set; }
        [MaxTekens(Veldlengtes.Tekst)]
        public string? Toelichting { get; set; }
        public bool AdviesGevraagd { get; set; }
    }

    public sealed class UploadRegel
    {
        public Guid BestandId { get; set; }
        public string Bestandsnaam { get; set; } = "";
        public long Grootte { get; set; }
        [Required(ErrorMessage = "Geef de bijlage een naam."), MaxTekens(Veldlengtes.BijlageNaam)]
        public string? Naam { get; set; }
        public DateOnly? Datum { get; set; }
        public bool? Openbaar { get; set; }
        public BijlageSoort Soort { get; set; } = BijlageSoort.Overig;
    }

    public sealed class NieuweBijlageRegel
    {
        public IFormFile? Bestand { get; set; }
        [MaxTekens(Veldlengtes.BijlageNaam)]
        public string? Naam { get; set; }
        public DateOnly? Datum { get; set; }
        public bool? Openbaar { get; set; }
        public BijlageSoort Soort { get; set; } = BijlageSoort.Overig;
    }

    public sealed class BestaandeBijlageRegel
    {
        public int Id { get; set; }
        public int Nr { get; set; }
        public string Bestandsnaam { get; set; } = "";
        public long Grootte { get; set; }
        [Required(ErrorMessage = "Geef de bijlage een naam."), MaxTekens(Veldlengtes.BijlageNaam)]
        public string? Naam { get; set; }
        public DateOnly? Datum { get; set; }
        public bool? Openbaar { get; set; }
        public BijlageSoort Soort { get; set; }
        public bool Verwijderen { get; set; }
    }

    public VoorstelInhoud NaarInhoud() => new()
    {
        Onderwerp = Onderwerp, AfdelingId = AfdelingId, TeamId = TeamId, ProjectId = ProjectId, Programma = Programma,
        Openbaarheid = Openbaarheid, OpenbaarNa = OpenbaarNa, BijlagenOpenbaar = BijlagenOpenbaar,
        GeplandDt = GeplandDt, GeplandOr = GeplandOr, GeplandBw = GeplandBw, GeplandOrNaBw = GeplandOrNaBw, GeplandRaad = GeplandRaad,
        StellerTelefoon = StellerTelefoon, Portefeuillehouder = Portefeuillehouder, Secretaris = Secretaris, Behandelwijze = Behandelwijze,
        Dictum = (Dictum ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0).ToList(),
        Voorbesprekingen = Voorbesprekingen.Where(v => !string.IsNullOrWhiteSpace(v.Persoon)).Select(v => (v.Persoon!, v.Datum)).ToList(),
        SamenvattingWatEnWaarom = SamenvattingWatEnWaarom, SamenvattingHoe = SamenvattingHoe,
        Aanleiding = Aanleiding, Achtergrond = Achtergrond, Aanpak = Aanpak, VoorstelTekst = VoorstelTekst,
        RaadsbesluitNodig = RaadsbesluitNodig,
        BudgettaireConsequenties = BudgettaireConsequenties, Kosten = Kosten, KostenPerJaar = KostenPerJaar, Baten = Baten, Dekking = Dekking,
        FormatieveConsequenties = FormatieveConsequenties, Fte = Fte, Inhuur = Inhuur,
        Aspecten = Aspecten.GroupBy(a => a.Aspect).ToDictionary(g => g.Key, g => (g.First().Toelichting, g.First().AdviesGevraagd)),
    };

    public static VoorstelFormulier Van(Voorstel v) => new()
    {
        Revisie = v.Revisie, AanmaakSleutel = v.AanmaakSleutel,
        Onderwerp = v.Onderwerp, AfdelingId = v.AfdelingId, TeamId = v.TeamId, ProjectId = v.ProjectId, Programma = v.Programma,
        Openbaarheid = v.Openbaarheid, OpenbaarNa = v.OpenbaarNa, BijlagenOpenbaar = v.BijlagenOpenbaar,
        GeplandDt = v.GeplandDt, GeplandOr = v.GeplandOr, GeplandBw = v.GeplandBw, GeplandOrNaBw = v.GeplandOrNaBw, GeplandRaad = v.GeplandRaad,
        StellerTelefoon = v.StellerTelefoon, Portefeuillehouder = v.Portefeuillehouder, Secretaris = v.Secretaris, Behandelwijze = v.Behandelwijze,
        Dictum = string.Join("\n", v.Dictum.OrderBy(d => d.Volgorde).Select(d => d.Tekst)),
        Voorbesprekingen = v.Voorbesprekingen.Select(b => new VoorbesprekingRegel { Persoon = b.Persoon, Datum = b.Datum }).ToList(),
        SamenvattingWatEnWaarom = v.SamenvattingWatEnWaarom, SamenvattingHoe = v.SamenvattingHoe,
        Aanleiding = v.Aanleiding, Achtergrond = v.Achtergrond, Aanpak = v.Aanpak, VoorstelTekst = v.VoorstelTekst,
        RaadsbesluitNodig = v.RaadsbesluitNodig,
        BudgettaireConsequenties = v.BudgettaireConsequenties, Kosten = v.Kosten, KostenPerJaar = v.KostenPerJaar, Baten = v.Baten, Dekking = v.Dekking,
        FormatieveConsequenties = v.FormatieveConsequenties, Fte = v.Fte, Inhuur = v.Inhuur,
        Aspecten = v.Aspecten.OrderBy(a => a.Aspect)
            .Select(a => new AspectRegel { Aspect = a.Aspect, Toelichting = a.Toelichting, AdviesGevraagd = a.AdviesGevraagd }).ToList(),
        BestaandeBijlagen = v.Bijlagen.OrderBy(b => b.Nr).Select(b => new BestaandeBijlageRegel
        {
            Id = b.Id, Nr = b.Nr, Bestandsnaam = b.Bestandsnaam, Grootte = b.Grootte, Naam = b.Naam, Datum = b.Datum, Openbaar = b.Openbaar, Soort = b.Soort,
        }).ToList(),
    };

    /// <summary>Adds the empty rows a form shows: every aspect, spare voorbespreking and upload rows.</summary>
    public void VulAan()
    {
        foreach (var aspect in Enum.GetValues<Aspect>().Where(a => Aspecten.All(x => x.Aspect != a)))
            Aspecten.Add(new AspectRegel { Aspect = aspect });
        Aspecten = Aspecten.OrderBy(a => a.Aspect).ToList();
        Voorbesprekingen = Voorbesprekingen.Where(v => !string.IsNullOrWhiteSpace(v.Persoon) || v.Datum is not null).ToList();
        // Room for at least two more, and four on an empty form ("Voorbesproken met" often names several people).
        var doel = Math.Max(4, Voorbesprekingen.Count + 2);
        while (Voorbesprekingen.Count < doel) Voorbesprekingen.Add(new VoorbesprekingRegel());
        // A row whose file was refused keeps its place and what was typed in it; there is room for at least two.
        while (NieuweBijlagen.Count < 2) NieuweBijlagen.Add(new NieuweBijlageRegel());
    }
}
