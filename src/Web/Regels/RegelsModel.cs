using Besluitvorming.Web.Kalenders;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Regels;

/// <summary>The EF model of rule sets and calendars, kept here so the DbContext only calls it.</summary>
public static class RegelsModel
{
    public static void Configureer(ModelBuilder b)
    {
        b.Entity<RegelsetVersie>(e =>
        {
            e.Property(x => x.Naam).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.GewijzigdDoor).HasMaxLength(200);
            e.Property(x => x.GeactiveerdDoor).HasMaxLength(200);
            e.Property(x => x.Toelichting).HasMaxLength(RegelsetVersie.ToelichtingLengte);
            e.HasIndex(x => new { x.Naam, x.Versie }).IsUnique();
            // At most one active version per rule set, also when two beheerders activate at once.
            e.HasIndex(x => x.Naam).IsUnique().HasFilter("\"Status\" = 'Actief'").HasDatabaseName("IX_RegelsetVersies_Naam_Actief");
        });
        b.Entity<Begrotingsjaar>(e =>
        {
            e.HasKey(x => x.Jaar);
            e.Property(x => x.Jaar).ValueGeneratedNever();
        });
        b.Entity<Vergaderdatum>(e =>
        {
            e.Property(x => x.Soort).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Locatie).HasMaxLength(Vergaderdatum.LocatieLengte);
            e.Property(x => x.Reden).HasMaxLength(Vergaderdatum.RedenLengte);
            e.HasIndex(x => new { x.Soort, x.Datum }).IsUnique();
        });
    }
}
