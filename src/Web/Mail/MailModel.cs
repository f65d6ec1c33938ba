using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Mail;

/// <summary>The outbox and link tables, kept beside the mail code rather than in the shared DbContext.</summary>
public static class MailModel
{
    public static void Configureer(ModelBuilder b)
    {
        b.Entity<UitgaandeMail>(e =>
        {
            e.ToTable("UitgaandeMails");
            e.Property(m => m.MessageId).HasMaxLength(200);
            e.Property(m => m.AanAdres).HasMaxLength(256);
            e.Property(m => m.AanNaam).HasMaxLength(200);
            e.Property(m => m.Onderwerp).HasMaxLength(500);
            e.Property(m => m.Soort).HasMaxLength(50);
            e.Property(m => m.Sleutel).HasMaxLength(200);
            e.Property(m => m.VersleuteldToken).HasMaxLength(1000);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(m => m.MessageId).IsUnique();
            // Only the rows that have one: most mail has no Sleutel, and on PostgreSQL every UPDATE of a row (the claim, the
            // "sent" record: neither can be a HOT update, as both touch IX_UitgaandeMails_Wachtend) writes a new entry into
            // every index the row is in. Unique as before (NULLs never collided); SQL Server already filtered it this way.
            e.HasIndex(m => m.Sleutel).IsUnique().HasFilter("\"Sleutel\" IS NOT NULL");
            // The waiting rows only, in id order: the dispatcher's claim (the first due rows by id) reads a batch's worth of
            // entries, however much sent mail the table keeps. On (Status, VolgendePogingOp) it read every due row and
            // sorted them per batch, and PostgreSQL often walked the primary key past all sent mail instead (19 ms per
            // claim at 18,000 sent rows); a sent row also leaves this index, so marking it inserts into one index less.
            e.HasIndex(m => new { m.Id, m.VolgendePogingOp }).HasFilter("\"Status\" = 'Wachtend'").HasDatabaseName("IX_UitgaandeMails_Wachtend");
            e.HasOne<Voorstel>().WithMany().HasForeignKey(m => m.VoorstelId).OnDelete(DeleteBehavior.SetNull);
            // Likewise only mail about a traject (a lookup by TrajectId implies it is not null, so the index still serves it).
            e.HasIndex(m => m.TrajectId).HasFilter("\"TrajectId\" IS NOT NULL");
        });
        b.Entity<Maillink>(e =>
        {
            e.ToTable("Maillinks");
            e.Property(l => l.TokenHash).HasMaxLength(32);
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasIndex(l => l.TaakId);
            e.HasOne<Taak>().WithMany().HasForeignKey(l => l.TaakId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(l => l.TrajectStapId);
            // A plain id: a foreign key would give SQL Server a second cascade path (Projecten → Trajecten → stappen and
            // Projecten → Voorstellen → Taken). A link to a removed step simply no longer opens.
            e.HasOne<Data.Gebruiker>().WithMany().HasForeignKey(l => l.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
