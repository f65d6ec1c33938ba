using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class H17P5Wachtrijindex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_Status_VolgendePogingOp",
                table: "UitgaandeMails");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_Wachtend",
                table: "UitgaandeMails",
                columns: new[] { "Id", "VolgendePogingOp" },
                filter: "\"Status\" = 'Wachtend'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_Wachtend",
                table: "UitgaandeMails");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_Status_VolgendePogingOp",
                table: "UitgaandeMails",
                columns: new[] { "Status", "VolgendePogingOp" });
        }
    }
}
