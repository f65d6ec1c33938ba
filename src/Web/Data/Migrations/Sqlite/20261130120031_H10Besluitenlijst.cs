using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class H10Besluitenlijst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Vergaderbesluiten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VoorstelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<int>(type: "INTEGER", nullable: false),
                    Vergaderdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Besluittekst = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: true),
                    AangehoudenTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VastgelegdOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vergaderbesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vergaderbesluiten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Verwijderregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VoorstelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Registratienummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StellerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DoorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DoorNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Motivering = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verwijderregels", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vergaderbesluiten_Soort_Vergaderdatum_VoorstelId",
                table: "Vergaderbesluiten",
                columns: new[] { "Soort", "Vergaderdatum", "VoorstelId" });

            migrationBuilder.CreateIndex(
                name: "IX_Vergaderbesluiten_VoorstelId",
                table: "Vergaderbesluiten",
                column: "VoorstelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Vergaderbesluiten");

            migrationBuilder.DropTable(
                name: "Verwijderregels");
        }
    }
}
