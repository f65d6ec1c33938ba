using Besluitvorming.Web.Kalenders;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Agendering;

/// <summary>The EF model of agendas, kept here so the DbContext only calls it.</summary>
public static class AgendaModel
{
    public const int Omschrijving = 500;

    public static void Configureer(ModelBuilder b)
    {
        b.Entity<Agenda>(e =>
        {
            e.ToTable("Agendas");
            e.HasIndex(a => a.VergaderingId).IsUnique();
            e.HasOne<Vergaderdatum>().WithMany().HasForeignKey(a => a.VergaderingId).OnDelete(DeleteBehavior.Cascade);
            e.Property(a => a.Versie).IsConcurrencyToken();
            e.Property(a => a.VastgesteldDoor).HasMaxLength(200);
            e.HasMany(a => a.Punten).WithOne().HasForeignKey(p => p.AgendaId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Wijzigingen).WithOne().HasForeignKey(w => w.AgendaId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Agendapunt>(e =>
        {
            e.ToTable("Agendapunten");
            e.HasIndex(p => new { p.AgendaId, p.VoorstelId }).IsUnique();
            e.HasOne<Voorstel>().WithMany().HasForeignKey(p => p.VoorstelId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Agendawijziging>(e =>
        {
            e.ToTable("Agendawijzigingen");
            e.Property(w => w.Door).HasMaxLength(200);
            e.Property(w => w.Omschrijving).HasMaxLength(Omschrijving);
        });
        b.Entity<Vergaderbesluit>(e =>
        {
            e.ToTable("Vergaderbesluiten");
            e.HasIndex(x => new { x.Soort, x.Vergaderdatum, x.VoorstelId });
            e.HasIndex(x => x.VoorstelId);
            e.HasOne<Voorstel>().WithMany().HasForeignKey(x => x.VoorstelId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Trigger).HasMaxLength(100);
            e.Property(x => x.Besluittekst).HasMaxLength(Veldlengtes.Tekst);
        });
    }
}
