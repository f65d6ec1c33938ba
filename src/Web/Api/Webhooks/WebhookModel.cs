using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>The subscription, notification outbox and delivery tables, kept beside the webhook code.</summary>
public static class WebhookModel
{
    public static void Configureer(ModelBuilder b)
    {
        b.Entity<Abonnement>(e =>
        {
            e.ToTable("Abonnementen");
            e.Property(a => a.ClientId).HasMaxLength(100);
            e.Property(a => a.Kanaal).HasMaxLength(50);
            e.Property(a => a.CallbackUrl).HasMaxLength(2000);
            e.Property(a => a.VersleuteldGeheim).HasMaxLength(1000);
            e.Property(a => a.OpgehevenDoor).HasMaxLength(200);
            e.HasIndex(a => new { a.Kanaal, a.Actief });
            e.HasIndex(a => a.ClientId);
        });
        b.Entity<Notificatie>(e =>
        {
            e.ToTable("Notificaties");
            e.Property(n => n.Kanaal).HasMaxLength(50);
            e.HasIndex(n => n.GebeurtenisId).IsUnique();
            e.HasIndex(n => n.Uitgewaaierd);
            // A plain id: the notification outlives a deleted concept's row (it only names the proposal).
            e.HasIndex(n => n.VoorstelId);
        });
        b.Entity<Bezorging>(e =>
        {
            e.ToTable("Bezorgingen");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LaatsteFout).HasMaxLength(1000);
            // One delivery per notification and subscription, whatever two dispatchers do.
            e.HasIndex(x => new { x.NotificatieId, x.AbonnementId }).IsUnique();
            e.HasIndex(x => new { x.Status, x.VolgendePogingOp });
            e.HasOne(x => x.Notificatie).WithMany().HasForeignKey(x => x.NotificatieId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Abonnement).WithMany().HasForeignKey(x => x.AbonnementId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
