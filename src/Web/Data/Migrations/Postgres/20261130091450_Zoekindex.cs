using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The overview's search through an index (issue 12, P2): GIN trigram indexes (pg_trgm) on the number and the subject,
    /// which the search's ILIKE '%...%' uses. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the
    /// database's owner may create it. Down leaves the extension (other objects may use it).
    /// </summary>
    public partial class Zoekindex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Voorstellen_Onderwerp_trgm" ON "Voorstellen" USING gin ("Onderwerp" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Voorstellen_Registratienummer_trgm" ON "Voorstellen" USING gin ("Registratienummer" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Voorstellen_Registratienummer_trgm";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Voorstellen_Onderwerp_trgm";""");
        }
    }
}
