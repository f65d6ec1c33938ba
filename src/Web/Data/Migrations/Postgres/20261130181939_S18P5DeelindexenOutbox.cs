using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class S18P5DeelindexenOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_Sleutel",
                table: "UitgaandeMails");

            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_TrajectId",
                table: "UitgaandeMails");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_Sleutel",
                table: "UitgaandeMails",
                column: "Sleutel",
                unique: true,
                filter: "\"Sleutel\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_TrajectId",
                table: "UitgaandeMails",
                column: "TrajectId",
                filter: "\"TrajectId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_Sleutel",
                table: "UitgaandeMails");

            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_TrajectId",
                table: "UitgaandeMails");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_Sleutel",
                table: "UitgaandeMails",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_TrajectId",
                table: "UitgaandeMails",
                column: "TrajectId");
        }
    }
}
