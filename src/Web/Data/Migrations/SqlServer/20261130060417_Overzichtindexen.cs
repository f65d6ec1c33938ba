using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Overzichtindexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorstellen_ProjectId",
                table: "Voorstellen");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_ProjectId_Registratienummer",
                table: "Voorstellen",
                columns: new[] { "ProjectId", "Registratienummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_StatusSinds_Id_Registratienummer",
                table: "Voorstellen",
                columns: new[] { "StatusSinds", "Id", "Registratienummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Taken_Toestand_Deadline_VoorstelId",
                table: "Taken",
                columns: new[] { "Toestand", "Deadline", "VoorstelId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorstellen_ProjectId_Registratienummer",
                table: "Voorstellen");

            migrationBuilder.DropIndex(
                name: "IX_Voorstellen_StatusSinds_Id_Registratienummer",
                table: "Voorstellen");

            migrationBuilder.DropIndex(
                name: "IX_Taken_Toestand_Deadline_VoorstelId",
                table: "Taken");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_ProjectId",
                table: "Voorstellen",
                column: "ProjectId");
        }
    }
}
