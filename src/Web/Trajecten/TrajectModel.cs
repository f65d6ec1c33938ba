using System.Text.Json;
using Besluitvorming.Web.Data;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Besluitvorming.Web.Trajecten;

/// <summary>The tables of a project's trajecten: the traject, its step visits with evidence, and its timeline.</summary>
public static class TrajectModel
{
    public static void Configureer(ModelBuilder b)
    {
        b.Entity<Traject>(e =>
        {
            e.ToTable("Trajecten");
            e.Property(t => t.Versie).IsConcurrencyToken();
            e.Property(t => t.Naam).HasMaxLength(200);
            e.Property(t => t.Kern).HasMaxLength(100);
            e.Property(t => t.Groep).HasMaxLength(100);
            e.Property(t => t.WorkflowNaam).HasMaxLength(100);
            e.Property(t => t.Status).HasMaxLength(50);
            e.Property(t => t.ProjectleiderId).HasMaxLength(450);
            e.Property(t => t.ProjectleiderNaam).HasMaxLength(200);
            e.Ignore(t => t.HuidigeStap);
            e.Ignore(t => t.WachtOpVoorstelId);
            e.Ignore(t => t.Eigenaren);
            // Role name to person: a small map that is only ever read with its traject, so one text column (JSON).
            e.Property<Dictionary<string, Taakhouder>>("_eigenaren")
                .HasColumnName("Eigenaren")
                .HasMaxLength(4000)
                .HasConversion(new ValueConverter<Dictionary<string, Taakhouder>, string>(
                    d => JsonSerializer.Serialize(d, JsonSerializerOptions.Default),
                    s => JsonSerializer.Deserialize<Dictionary<string, Taakhouder>>(s, JsonSerializerOptions.Default) ?? new()),
                    new ValueComparer<Dictionary<string, Taakhouder>>(
                        (x, y) => JsonSerializer.Serialize(x, JsonSerializerOptions.Default) == JsonSerializer.Serialize(y, JsonSerializerOptions.Default),
                        d => JsonSerializer.Serialize(d, JsonSerializerOptions.Default).GetHashCode(),
                        d => new Dictionary<string, Taakhouder>(d)));
            e.HasIndex(t => new { t.ProjectId, t.Status });
            e.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(t => t.Stappen).WithOne().HasForeignKey(s => s.TrajectId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(t => t.Gebeurtenissen).WithOne().HasForeignKey(g => g.TrajectId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(t => t.Stappen).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(t => t.Gebeurtenissen).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        b.Entity<TrajectStap>(e =>
        {
            e.ToTable("TrajectStappen");
            e.Ignore(s => s.IsOpen);
            e.Property(s => s.Stap).HasMaxLength(50);
            e.Property(s => s.EigenaarId).HasMaxLength(450);
            e.Property(s => s.EigenaarNaam).HasMaxLength(200);
            e.Property(s => s.Uitkomst).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Reden).HasMaxLength(Veldlengtes.Tekst);
            e.HasIndex(s => new { s.EigenaarId, s.GeslotenOp });
            // The linked proposal is a plain id with an index, not a foreign key: SQL Server refuses a second cascade
            // path, and a deleted draft must not take the step's record with it.
            e.HasIndex(s => s.VoorstelId);
            e.PrimitiveCollection(s => s.Opmerkingen).HasField("_opmerkingen").UsePropertyAccessMode(PropertyAccessMode.Field);
            e.OwnsMany(s => s.Bewijs, w =>
            {
                w.ToTable("TrajectBewijzen");
                w.WithOwner().HasForeignKey("TrajectStapId");
                w.Property<int>("Id");
                w.HasKey("Id");
                w.Property(x => x.Soort).HasMaxLength(30);
                w.Property(x => x.Naam).HasMaxLength(255);
                w.HasIndex(x => x.BestandId);
            });
            e.Navigation(s => s.Bewijs).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        b.Entity<TrajectGebeurtenis>(e =>
        {
            e.ToTable("TrajectGebeurtenissen");
            e.Property(g => g.Soort).HasMaxLength(50);
            e.Property(g => g.ActorId).HasMaxLength(450);
            e.Property(g => g.ActorNaam).HasMaxLength(200);
            e.Property(g => g.Omschrijving).HasMaxLength(Veldlengtes.Tekst);
            e.Property(g => g.Reden).HasMaxLength(Veldlengtes.Tekst);
            e.Property(g => g.VanStap).HasMaxLength(50);
            e.Property(g => g.NaarStap).HasMaxLength(50);
            e.HasIndex(g => new { g.TrajectId, g.Tijdstip });
        });
    }
}
