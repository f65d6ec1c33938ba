using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Regels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Begrotingskalender",
                columns: table => new
                {
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    VoorjaarsnotaDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    KadernotaDeadline = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Begrotingskalender", x => x.Jaar);
                });

            migrationBuilder.CreateTable(
                name: "RegelsetVersies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Naam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    GewijzigdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GewijzigdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeactiveerdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ActiefSinds = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vergaderkalender",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Sluitingsdatum = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vergaderkalender", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetVersies_Naam_Actief",
                table: "RegelsetVersies",
                column: "Naam",
                unique: true,
                filter: "\"Status\" = 'Actief'");

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetVersies_Naam_Versie",
                table: "RegelsetVersies",
                columns: new[] { "Naam", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vergaderkalender_Soort_Datum",
                table: "Vergaderkalender",
                columns: new[] { "Soort", "Datum" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Begrotingskalender");

            migrationBuilder.DropTable(
                name: "RegelsetVersies");

            migrationBuilder.DropTable(
                name: "Vergaderkalender");
        }
    }
}
