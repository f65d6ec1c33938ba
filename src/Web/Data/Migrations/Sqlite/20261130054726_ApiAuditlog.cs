using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApiAuditlog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiAuditregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GrantType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tokens = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Methode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Pad = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: true),
                    VoorstelId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrelatieId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiAuditregels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiAuditregels_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiAuditregels_ClientId_Tijdstip",
                table: "ApiAuditregels",
                columns: new[] { "ClientId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiAuditregels_Tijdstip",
                table: "ApiAuditregels",
                column: "Tijdstip");

            migrationBuilder.CreateIndex(
                name: "IX_ApiAuditregels_VoorstelId_ClientId",
                table: "ApiAuditregels",
                columns: new[] { "VoorstelId", "ClientId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiAuditregels");
        }
    }
}
