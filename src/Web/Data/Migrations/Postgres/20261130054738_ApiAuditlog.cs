using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tijdstip = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    GrantType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Tokens = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Scopes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Methode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Pad = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: true),
                    VoorstelId = table.Column<int>(type: "integer", nullable: true),
                    CorrelatieId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
