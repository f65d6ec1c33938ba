using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Agenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agendas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VergaderingId = table.Column<int>(type: "integer", nullable: false),
                    Aanvang = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    VastgesteldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VastgesteldDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agendas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agendas_Vergaderkalender_VergaderingId",
                        column: x => x.VergaderingId,
                        principalTable: "Vergaderkalender",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agendapunten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgendaId = table.Column<int>(type: "integer", nullable: false),
                    VoorstelId = table.Column<int>(type: "integer", nullable: false),
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    Hamerstuk = table.Column<bool>(type: "boolean", nullable: false),
                    Opgenomen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agendapunten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agendapunten_Agendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Agendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Agendapunten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agendawijzigingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgendaId = table.Column<int>(type: "integer", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    NaVaststelling = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agendawijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agendawijzigingen_Agendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Agendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agendapunten_AgendaId_VoorstelId",
                table: "Agendapunten",
                columns: new[] { "AgendaId", "VoorstelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agendapunten_VoorstelId",
                table: "Agendapunten",
                column: "VoorstelId");

            migrationBuilder.CreateIndex(
                name: "IX_Agendas_VergaderingId",
                table: "Agendas",
                column: "VergaderingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agendawijzigingen_AgendaId",
                table: "Agendawijzigingen",
                column: "AgendaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agendapunten");

            migrationBuilder.DropTable(
                name: "Agendawijzigingen");

            migrationBuilder.DropTable(
                name: "Agendas");
        }
    }
}
