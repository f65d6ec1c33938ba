using Besluitvorming.Workflows.Voorstellen;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Jobs;

/// <summary>The timer queue's table, kept beside the job code rather than in the shared DbContext.</summary>
public static class JobsModel
{
    public static void Configureer(ModelBuilder b)
    {
        b.Entity<Termijnopdracht>(e =>
        {
            e.ToTable("Termijnopdrachten");
            e.Property(o => o.Soort).HasMaxLength(20);
            e.Ignore(o => o.IsVerwijdering);
            // A removed task (a deleted concept) needs no timer change any more: its rows go with it. The job of a
            // timer already planned for it finds no task and does nothing.
            e.HasOne<Taak>().WithMany().HasForeignKey(o => o.TaakId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
