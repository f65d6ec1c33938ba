using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VoorstelId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<int>(type: "integer", nullable: false),
                    Vergaderdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Besluittekst = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    Volgnummer = table.Column<int>(type: "integer", nullable: true),
                    AangehoudenTot = table.Column<DateOnly>(type: "date", nullable: true),
                    VastgelegdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tijdstip = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VoorstelId = table.Column<int>(type: "integer", nullable: false),
                    Registratienummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StellerNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DoorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DoorNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Motivering = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
