using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Pages.Voorstellen;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// Every text a user types into a proposal has a column of a fixed size, and every form field allows exactly that
/// many characters: the limits live in one place (Veldlengtes) and SQLite, PostgreSQL and SQL Server agree.
/// </summary>
public sealed class VeldlengtesTests
{
    private static readonly Type[] Voorsteltabellen =
    [
        typeof(Voorstel), typeof(DictumPunt), typeof(Voorbespreking), typeof(Bedrijfsvoeringsaspect), typeof(Directiebesluit),
        typeof(Collegebesluit), typeof(Raadsbesluit), typeof(Bijlage),
    ];

    /// <summary>Form field, and the column it ends up in.</summary>
    public static TheoryData<Type, string, Type, string> Velden => new()
    {
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Onderwerp), typeof(Voorstel), nameof(Voorstel.Onderwerp) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Programma), typeof(Voorstel), nameof(Voorstel.Programma) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.StellerTelefoon), typeof(Voorstel), nameof(Voorstel.StellerTelefoon) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Portefeuillehouder), typeof(Voorstel), nameof(Voorstel.Portefeuillehouder) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Secretaris), typeof(Voorstel), nameof(Voorstel.Secretaris) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Dictum), typeof(DictumPunt), nameof(DictumPunt.Tekst) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.SamenvattingWatEnWaarom), typeof(Voorstel), nameof(Voorstel.SamenvattingWatEnWaarom) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.SamenvattingHoe), typeof(Voorstel), nameof(Voorstel.SamenvattingHoe) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Aanleiding), typeof(Voorstel), nameof(Voorstel.Aanleiding) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Achtergrond), typeof(Voorstel), nameof(Voorstel.Achtergrond) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Aanpak), typeof(Voorstel), nameof(Voorstel.Aanpak) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.VoorstelTekst), typeof(Voorstel), nameof(Voorstel.VoorstelTekst) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Dekking), typeof(Voorstel), nameof(Voorstel.Dekking) },
        { typeof(VoorstelFormulier), nameof(VoorstelFormulier.Inhuur), typeof(Voorstel), nameof(Voorstel.Inhuur) },
        { typeof(VoorstelFormulier.VoorbesprekingRegel), nameof(VoorstelFormulier.VoorbesprekingRegel.Persoon), typeof(Voorbespreking), nameof(Voorbespreking.Persoon) },
        { typeof(VoorstelFormulier.AspectRegel), nameof(VoorstelFormulier.AspectRegel.Toelichting), typeof(Bedrijfsvoeringsaspect), nameof(Bedrijfsvoeringsaspect.Toelichting) },
        { typeof(VoorstelFormulier.UploadRegel), nameof(VoorstelFormulier.UploadRegel.Naam), typeof(Bijlage), nameof(Bijlage.Naam) },
        { typeof(VoorstelFormulier.NieuweBijlageRegel), nameof(VoorstelFormulier.NieuweBijlageRegel.Naam), typeof(Bijlage), nameof(Bijlage.Naam) },
        { typeof(VoorstelFormulier.BestaandeBijlageRegel), nameof(VoorstelFormulier.BestaandeBijlageRegel.Naam), typeof(Bijlage), nameof(Bijlage.Naam) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.Opmerking), typeof(Bedrijfsvoeringsaspect), nameof(Bedrijfsvoeringsaspect.Opmerking) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.Tekst), typeof(Collegebesluit), nameof(Collegebesluit.Besluittekst) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.Tekst), typeof(Directiebesluit), nameof(Directiebesluit.Punten) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.Tekst), typeof(Raadsbesluit), nameof(Raadsbesluit.Besluittekst) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.Tekst), typeof(Voorstel), nameof(Voorstel.OrAdvies) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.Reden), typeof(Collegebesluit), nameof(Collegebesluit.Besluittekst) },
        { typeof(ActieModel.ActieFormulier), nameof(ActieModel.ActieFormulier.BehandelendTeam), typeof(Collegebesluit), nameof(Collegebesluit.BehandelendTeam) },
        { typeof(Pages.Link.IndexModel.LinkFormulier), nameof(Pages.Link.IndexModel.LinkFormulier.Toelichting), typeof(Bedrijfsvoeringsaspect), nameof(Bedrijfsvoeringsaspect.Opmerking) },
        { typeof(Pages.Beheer.Regels.NieuwModel), nameof(Pages.Beheer.Regels.NieuwModel.Toelichting), typeof(RegelsetVersie), nameof(RegelsetVersie.Toelichting) },
        { typeof(Pages.Projecten.ResultaatModel), nameof(Pages.Projecten.ResultaatModel.Bewijs), typeof(Besluitvorming.Web.Projecten.Projectresultaat), nameof(Besluitvorming.Web.Projecten.Projectresultaat.Bewijs) },
    };

    private static BesluitvormingDbContext Model() => new PostgresDesignTimeFactory().CreateDbContext([]);

    [Theory]
    [MemberData(nameof(Velden))]
    public void Een_formulierveld_laat_precies_zoveel_tekens_toe_als_zijn_kolom(Type formulier, string veld, Type tabel, string kolom)
    {
        using var db = Model();
        var grens = formulier.GetProperty(veld)!.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength;
        var kolomgrens = db.Model.GetEntityTypes().Where(e => e.ClrType == tabel)
            .Select(e => e.FindProperty(kolom)!.GetMaxLength()).Distinct().Single();

        grens.ShouldNotBeNull($"{formulier.Name}.{veld} heeft geen grens");
        grens.ShouldBe(kolomgrens, $"{formulier.Name}.{veld} tegenover {tabel.Name}.{kolom}");
    }

    /// <summary>Written by the app, never typed: ids, names copied from the account, the fingerprint an advice was given on.</summary>
    private static readonly string[] DoorDeAppGeschreven =
    [
        nameof(Voorstel.StellerId), nameof(Voorstel.StellerNaam), nameof(Voorstel.ParaafAfdelingshoofdNaam),
        nameof(Bedrijfsvoeringsaspect.AdviseurId), nameof(Bedrijfsvoeringsaspect.AdviesOpInhoud),
    ];

    [Fact]
    public void Elke_tekstkolom_van_een_voorstel_die_iemand_typt_heeft_een_vaste_grootte()
    {
        using var db = Model();
        var zonderGrens = db.Model.GetEntityTypes().Where(e => Voorsteltabellen.Contains(e.ClrType))
            .SelectMany(e => e.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null && !DoorDeAppGeschreven.Contains(p.Name))
                .Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .Distinct().ToList();

        zonderGrens.ShouldBeEmpty();
    }
}
