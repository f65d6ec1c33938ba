using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Mail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Maillinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    TaakId = table.Column<int>(type: "integer", nullable: false),
                    VoorstelId = table.Column<int>(type: "integer", nullable: false),
                    GebruikerId = table.Column<string>(type: "text", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerlooptOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GebruiktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Ingetrokken = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maillinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Maillinks_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Maillinks_Taken_TaakId",
                        column: x => x.TaakId,
                        principalTable: "Taken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UitgaandeMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AanAdres = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AanNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false),
                    VoorstelId = table.Column<int>(type: "integer", nullable: true),
                    Soort = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerzondenOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LaatsteFout = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitgaandeMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UitgaandeMails_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Maillinks_GebruikerId",
                table: "Maillinks",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Maillinks_TaakId",
                table: "Maillinks",
                column: "TaakId");

            migrationBuilder.CreateIndex(
                name: "IX_Maillinks_TokenHash",
                table: "Maillinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_MessageId",
                table: "UitgaandeMails",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_Sleutel",
                table: "UitgaandeMails",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_Status_VolgendePogingOp",
                table: "UitgaandeMails",
                columns: new[] { "Status", "VolgendePogingOp" });

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_VoorstelId",
                table: "UitgaandeMails",
                column: "VoorstelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Maillinks");

            migrationBuilder.DropTable(
                name: "UitgaandeMails");
        }
    }
}
