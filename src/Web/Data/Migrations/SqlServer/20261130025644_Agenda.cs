using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VergaderingId = table.Column<int>(type: "int", nullable: false),
                    Aanvang = table.Column<TimeOnly>(type: "time", nullable: true),
                    VastgesteldOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VastgesteldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgendaId = table.Column<int>(type: "int", nullable: false),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    Hamerstuk = table.Column<bool>(type: "bit", nullable: false),
                    Opgenomen = table.Column<bool>(type: "bit", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgendaId = table.Column<int>(type: "int", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    NaVaststelling = table.Column<bool>(type: "bit", nullable: false)
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
