using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Soort = table.Column<int>(type: "int", nullable: false),
                    Vergaderdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Besluittekst = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    Volgnummer = table.Column<int>(type: "int", nullable: true),
                    AangehoudenTot = table.Column<DateOnly>(type: "date", nullable: true),
                    VastgelegdOp = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Registratienummer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Onderwerp = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    StellerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Motivering = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
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
