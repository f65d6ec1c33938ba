using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    TaakId = table.Column<int>(type: "INTEGER", nullable: false),
                    VoorstelId = table.Column<int>(type: "INTEGER", nullable: false),
                    GebruikerId = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerlooptOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GebruiktOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Ingetrokken = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AanAdres = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AanNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false),
                    VoorstelId = table.Column<int>(type: "INTEGER", nullable: true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerzondenOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaatsteFout = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
