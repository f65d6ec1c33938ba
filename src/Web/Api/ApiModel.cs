using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Api;

/// <summary>The EF model of the API's own tables, kept here so the DbContext only calls it.</summary>
public static class ApiModel
{
    public static void Configureer(ModelBuilder b)
    {
        b.Entity<ApiAuditregel>(e =>
        {
            e.ToTable("ApiAuditregels");
            e.Property(r => r.Soort).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.ClientId).HasMaxLength(ApiAuditregel.Kort);
            e.Property(r => r.Subject).HasMaxLength(ApiAuditregel.Lang);
            e.Property(r => r.GrantType).HasMaxLength(ApiAuditregel.Kort);
            e.Property(r => r.Tokens).HasMaxLength(ApiAuditregel.Kort);
            e.Property(r => r.Scopes).HasMaxLength(ApiAuditregel.Lang);
            e.Property(r => r.Methode).HasMaxLength(10);
            e.Property(r => r.Pad).HasMaxLength(ApiAuditregel.Lang);
            e.Property(r => r.CorrelatieId).HasMaxLength(ApiAuditregel.Kort);
            e.HasIndex(r => r.Tijdstip);
            e.HasIndex(r => new { r.ClientId, r.Tijdstip });
            // A deleted proposal keeps its audit line; only the link goes.
            e.HasIndex(r => new { r.VoorstelId, r.ClientId });
            e.HasOne<Voorstel>().WithMany().HasForeignKey(r => r.VoorstelId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
