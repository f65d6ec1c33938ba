using Besluitvorming.Web.Kalenders;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Regels;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>
/// The unit of work. The model is provider-neutral; each provider has a derived context with its own migrations
/// folder (Data/Migrations/Sqlite, later Postgres and SqlServer) so they can live side by side.
/// </summary>
public abstract class BesluitvormingDbContext(DbContextOptions options) : IdentityDbContext<Gebruiker>(options), IDataProtectionKeyContext
{
    public DbSet<Afdeling> Afdelingen => Set<Afdeling>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<AdviseurAspect> AdviseurAspecten => Set<AdviseurAspect>();
    public DbSet<Plaatsvervanging> Plaatsvervangingen => Set<Plaatsvervanging>();
    public DbSet<Rolhouder> Rolhouders => Set<Rolhouder>();
    public DbSet<Project> Projecten => Set<Project>();
    public DbSet<Projectresultaat> Projectresultaten => Set<Projectresultaat>();
    public DbSet<Kernopgave> Kernopgaven => Set<Kernopgave>();
    public DbSet<WorkflowDefinitieRecord> WorkflowDefinities => Set<WorkflowDefinitieRecord>();
    public DbSet<Registratieteller> Registratietellers => Set<Registratieteller>();
    public DbSet<Bestand> Bestanden => Set<Bestand>();
    public DbSet<Voorstel> Voorstellen => Set<Voorstel>();
    public DbSet<Taak> Taken => Set<Taak>();
    public DbSet<Gebeurtenis> Gebeurtenissen => Set<Gebeurtenis>();
    public DbSet<Bijlage> Bijlagen => Set<Bijlage>();
    public DbSet<RegelsetVersie> RegelsetVersies => Set<RegelsetVersie>();
    public DbSet<Begrotingsjaar> Begrotingskalender => Set<Begrotingsjaar>();
    public DbSet<Vergaderdatum> Vergaderkalender => Set<Vergaderdatum>();
    public DbSet<Mail.UitgaandeMail> UitgaandeMails => Set<Mail.UitgaandeMail>();
    public DbSet<Mail.Maillink> Maillinks => Set<Mail.Maillink>();
    public DbSet<Jobs.Termijnopdracht> Termijnopdrachten => Set<Jobs.Termijnopdracht>();
    public DbSet<Traject> Trajecten => Set<Traject>();
    public DbSet<TrajectStap> TrajectStappen => Set<TrajectStap>();
    public DbSet<TrajectGebeurtenis> TrajectGebeurtenissen => Set<TrajectGebeurtenis>();
    public DbSet<Agendering.Agenda> Agendas => Set<Agendering.Agenda>();
    public DbSet<Agendering.Agendapunt> Agendapunten => Set<Agendering.Agendapunt>();
    public DbSet<Agendering.Agendawijziging> Agendawijzigingen => Set<Agendering.Agendawijziging>();
    public DbSet<Agendering.Vergaderbesluit> Vergaderbesluiten => Set<Agendering.Vergaderbesluit>();
    public DbSet<Besluitvorming.Web.Voorstellen.Verwijderregel> Verwijderregels => Set<Besluitvorming.Web.Voorstellen.Verwijderregel>();
    public DbSet<Api.Webhooks.Abonnement> Abonnementen => Set<Api.Webhooks.Abonnement>();
    public DbSet<Api.Webhooks.Notificatie> Notificaties => Set<Api.Webhooks.Notificatie>();
    public DbSet<Api.Webhooks.Bezorging> Bezorgingen => Set<Api.Webhooks.Bezorging>();
    /// <summary>The Data Protection key ring, shared by every instance on this database (Productie/ProductieExtensions).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Api.ApiAuditregel> ApiAuditregels => Set<Api.ApiAuditregel>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // OpenIddict's applications, authorizations, scopes and tokens (the API's authorization server, Api/).
        b.UseOpenIddict();

        b.Entity<Gebruiker>(e => e.Property(g => g.Naam).HasMaxLength(200));
        b.Entity<Afdeling>(e =>
        {
            e.Property(a => a.Naam).HasMaxLength(200);
            e.HasMany(a => a.Teams).WithOne().HasForeignKey(t => t.AfdelingId);
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(a => a.AfdelingshoofdId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<Team>(e =>
        {
            e.Property(t => t.Code).HasMaxLength(20);
            e.Property(t => t.Naam).HasMaxLength(200);
            e.HasIndex(t => t.Code).IsUnique();
        });
        b.Entity<AdviseurAspect>(e =>
        {
            e.Property(a => a.Aspect).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(a => new { a.GebruikerId, a.Aspect }).IsUnique();
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(a => a.GebruikerId);
        });
        b.Entity<Plaatsvervanging>(e =>
        {
            e.HasIndex(p => new { p.HouderId, p.PlaatsvervangerId }).IsUnique();
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(p => p.HouderId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(p => p.PlaatsvervangerId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<Rolhouder>(e =>
        {
            e.HasKey(r => r.Rol);
            e.Property(r => r.Rol).HasMaxLength(50);
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(r => r.GebruikerId);
        });
        b.Entity<Project>(e =>
        {
            e.Property(p => p.Naam).HasMaxLength(200);
            e.Property(p => p.Programma).HasMaxLength(200);
            e.Property(p => p.Opdrachtgever).HasMaxLength(Projectvelden.Opdrachtgever);
            e.Property(p => p.BudgetPeriode).HasMaxLength(Projectvelden.BudgetPeriode);
            e.Property(p => p.Budget).HasPrecision(18, Veldlengtes.Decimalen);
            e.HasMany(p => p.Kernopgaven).WithMany(k => k.Projecten).UsingEntity("ProjectKernopgave");
            e.HasMany(p => p.Resultaten).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Projectresultaat>(e =>
        {
            e.ToTable("Projectresultaten");
            e.HasIndex(r => new { r.ProjectId, r.Volgnummer }).IsUnique();
            e.Property(r => r.Tekst).HasMaxLength(Projectvelden.Resultaat);
            e.Property(r => r.Bewijs).HasMaxLength(Projectvelden.Bewijs);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            // The evidence references are plain ids, not foreign keys: a concept may be deleted and a bijlage removed
            // (the page then shows only the note), and SQL Server refuses a second cascade path from Projecten.
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(r => r.GewijzigdDoorId).OnDelete(DeleteBehavior.NoAction);
        });
        b.Entity<Kernopgave>(e => e.Property(k => k.Naam).HasMaxLength(200));
        b.Entity<WorkflowDefinitieRecord>(e =>
        {
            e.HasIndex(w => new { w.Naam, w.Versie }).IsUnique();
            e.Property(w => w.Naam).HasMaxLength(100);
            e.Property(w => w.Hash).HasMaxLength(64);
            e.Property(w => w.Familie).HasMaxLength(30);
            e.Property(w => w.GeregistreerdDoor).HasMaxLength(200);
        });
        b.Entity<Registratieteller>(e => e.HasKey(r => r.Jaar));
        b.Entity<Bestand>(e =>
        {
            e.Property(x => x.Bestandsnaam).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(150);
            e.HasIndex(x => x.EigenaarId);
        });

        b.Entity<Voorstel>(e =>
        {
            e.Property(v => v.Versie).IsConcurrencyToken();
            e.Ignore(v => v.OpenTaken);
            e.HasIndex(v => v.AanmaakSleutel).IsUnique();
            e.HasIndex(v => v.Registratienummer).IsUnique();
            e.HasIndex(v => v.Status);
            // The overview (Pages/Overzicht) at 20,000 proposals: its default order (longest in the step first, then id)
            // walks this index, the number in it so the filter on submitted proposals needs no row; its totals per project
            // count from the second without reading a row. Late proposals come from the open tasks' deadlines (Taak's index).
            e.HasIndex(v => new { v.StatusSinds, v.Id, v.Registratienummer });
            e.HasIndex(v => new { v.ProjectId, v.Registratienummer });
            e.Property(v => v.Registratienummer).HasMaxLength(20);
            e.Property(v => v.Status).HasMaxLength(50);
            e.Property(v => v.WorkflowNaam).HasMaxLength(100);
            e.Property(v => v.TeruggestuurdVanuit).HasMaxLength(50);
            e.Property(v => v.Openbaarheid).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.Behandelwijze).HasConversion<string>().HasMaxLength(20);
            // What the steller and the decision makers type: the sizes the forms and the domain enforce.
            e.Property(v => v.Onderwerp).HasMaxLength(Veldlengtes.Onderwerp);
            e.Property(v => v.Programma).HasMaxLength(Veldlengtes.Programma);
            e.Property(v => v.StellerTelefoon).HasMaxLength(Veldlengtes.Telefoon);
            e.Property(v => v.Portefeuillehouder).HasMaxLength(Veldlengtes.Naam);
            e.Property(v => v.Secretaris).HasMaxLength(Veldlengtes.Naam);
            e.Property(v => v.SamenvattingWatEnWaarom).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.SamenvattingHoe).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.Aanleiding).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.Achtergrond).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.Aanpak).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.VoorstelTekst).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.Dekking).HasMaxLength(Veldlengtes.Regel);
            e.Property(v => v.Inhuur).HasMaxLength(Veldlengtes.Regel);
            e.Property(v => v.OrAdvies).HasMaxLength(Veldlengtes.Tekst);
            e.Property(v => v.Kosten).HasPrecision(18, Veldlengtes.Decimalen);
            e.Property(v => v.Baten).HasPrecision(18, Veldlengtes.Decimalen);
            e.Property(v => v.Fte).HasPrecision(9, Veldlengtes.Decimalen);
            e.HasOne<Afdeling>().WithMany().HasForeignKey(v => v.AfdelingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Team>().WithMany().HasForeignKey(v => v.TeamId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.SetNull);
            // A plain id with an index: the traject links back through its step, and SQL Server refuses the second
            // cascade path a foreign key would make (Projecten → Trajecten and Projecten → Voorstellen).
            e.HasIndex(v => v.TrajectId);
            // The public area (/Openbaar) lists published decisions only, newest first.
            e.HasIndex(v => v.GepubliceerdOp);
            e.HasOne<Gebruiker>().WithMany().HasForeignKey(v => v.StellerId).OnDelete(DeleteBehavior.Restrict);

            e.OwnsMany(v => v.Dictum, d =>
            {
                d.ToTable("DictumPunten");
                d.WithOwner().HasForeignKey("VoorstelId");
                d.Property<int>("Id");
                d.HasKey("Id");
                d.Property(x => x.Tekst).HasMaxLength(Veldlengtes.Tekst);
            });
            e.OwnsMany(v => v.Voorbesprekingen, d =>
            {
                d.ToTable("Voorbesprekingen");
                d.WithOwner().HasForeignKey("VoorstelId");
                d.Property<int>("Id");
                d.HasKey("Id");
                d.Property(x => x.Persoon).HasMaxLength(Veldlengtes.Voorbespreking);
            });
            e.OwnsMany(v => v.Aspecten, a =>
            {
                a.ToTable("Bedrijfsvoeringsaspecten");
                a.WithOwner().HasForeignKey("VoorstelId");
                a.Property(x => x.Aspect).HasConversion<string>().HasMaxLength(30);
                a.HasKey("VoorstelId", nameof(Bedrijfsvoeringsaspect.Aspect));
                a.Property(x => x.AdviseurNaam).HasMaxLength(200);
                a.Property(x => x.Toelichting).HasMaxLength(Veldlengtes.Tekst);
                a.Property(x => x.Opmerking).HasMaxLength(Veldlengtes.Tekst);
            });
            e.OwnsOne(v => v.Directiebesluit, d =>
            {
                d.ToTable("Directiebesluiten");
                d.Property(x => x.Punten).HasMaxLength(Veldlengtes.Tekst);
                d.Property(x => x.Verwerking).HasMaxLength(Veldlengtes.Tekst);
            });
            e.OwnsOne(v => v.Collegebesluit, c =>
            {
                c.ToTable("Collegebesluiten");
                c.Property(x => x.Uitkomst).HasConversion<string>().HasMaxLength(30);
                c.Property(x => x.BehandelendTeam).HasMaxLength(Veldlengtes.BehandelendTeam);
                c.Property(x => x.Besluittekst).HasMaxLength(Veldlengtes.Tekst);
            });
            e.OwnsOne(v => v.Raadsbesluit, r =>
            {
                r.ToTable("Raadsbesluiten");
                r.Property(x => x.Uitkomst).HasConversion<string>().HasMaxLength(30);
                r.Property(x => x.Besluittekst).HasMaxLength(Veldlengtes.Tekst);
            });

            e.HasMany(v => v.Bijlagen).WithOne().HasForeignKey(x => x.VoorstelId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(v => v.Taken).WithOne().HasForeignKey(x => x.VoorstelId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(v => v.Gebeurtenissen).WithOne().HasForeignKey(x => x.VoorstelId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(v => v.Bijlagen).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(v => v.Taken).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(v => v.Gebeurtenissen).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        b.Entity<Bijlage>(e =>
        {
            e.Property(x => x.Naam).HasMaxLength(Veldlengtes.BijlageNaam);
            e.Property(x => x.Bestandsnaam).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(150);
            e.Property(x => x.Soort).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Bestand>().WithMany().HasForeignKey(x => x.BestandId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Taak>(e =>
        {
            e.Property(x => x.Soort).HasMaxLength(50);
            e.Property(x => x.Rol).HasMaxLength(50);
            e.Property(x => x.Status).HasMaxLength(50);
            e.Property(x => x.HouderNaam).HasMaxLength(200);
            e.Property(x => x.Aspect).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Toestand).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.HouderId, x.Toestand });
            e.HasIndex(x => new { x.Toestand, x.Deadline, x.VoorstelId });
        });
        b.Entity<Gebeurtenis>(e =>
        {
            e.Property(x => x.Soort).HasMaxLength(50);
            e.Property(x => x.ActorNaam).HasMaxLength(200);
            e.HasIndex(x => new { x.VoorstelId, x.Tijdstip });
        });

        RegelsModel.Configureer(b);
        Mail.MailModel.Configureer(b);
        Jobs.JobsModel.Configureer(b);
        Web.Trajecten.TrajectModel.Configureer(b);
        Agendering.AgendaModel.Configureer(b);
        b.Entity<Besluitvorming.Web.Voorstellen.Verwijderregel>(e =>
        {
            e.ToTable("Verwijderregels");
            e.Property(x => x.Registratienummer).HasMaxLength(20);
            e.Property(x => x.Onderwerp).HasMaxLength(Veldlengtes.Onderwerp);
            e.Property(x => x.StellerNaam).HasMaxLength(Veldlengtes.Naam);
            e.Property(x => x.DoorId).HasMaxLength(450);
            e.Property(x => x.DoorNaam).HasMaxLength(Veldlengtes.Naam);
            e.Property(x => x.Motivering).HasMaxLength(Besluitvorming.Web.Voorstellen.Verwijderregel.MotiveringLengte);
        });
        Api.Webhooks.WebhookModel.Configureer(b);
        Api.ApiModel.Configureer(b);
    }
}
