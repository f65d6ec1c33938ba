using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Abonnementen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kanaal = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CallbackUrl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    VersleuteldGeheim = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actief = table.Column<bool>(type: "bit", nullable: false),
                    OpgehevenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OpgehevenDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VanafNotificatieId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Abonnementen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notificaties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GebeurtenisId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kanaal = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Inhoud = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Uitgewaaierd = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notificaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bezorgingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NotificatieId = table.Column<long>(type: "bigint", nullable: false),
                    AbonnementId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Pogingen = table.Column<int>(type: "int", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LaatstePogingOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BezorgdOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LaatsteStatuscode = table.Column<int>(type: "int", nullable: true),
                    LaatsteFout = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bezorgingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bezorgingen_Abonnementen_AbonnementId",
                        column: x => x.AbonnementId,
                        principalTable: "Abonnementen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bezorgingen_Notificaties_NotificatieId",
                        column: x => x.NotificatieId,
                        principalTable: "Notificaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Abonnementen_ClientId",
                table: "Abonnementen",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_Abonnementen_Kanaal_Actief",
                table: "Abonnementen",
                columns: new[] { "Kanaal", "Actief" });

            migrationBuilder.CreateIndex(
                name: "IX_Bezorgingen_AbonnementId",
                table: "Bezorgingen",
                column: "AbonnementId");

            migrationBuilder.CreateIndex(
                name: "IX_Bezorgingen_NotificatieId_AbonnementId",
                table: "Bezorgingen",
                columns: new[] { "NotificatieId", "AbonnementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bezorgingen_Status_VolgendePogingOp",
                table: "Bezorgingen",
                columns: new[] { "Status", "VolgendePogingOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_GebeurtenisId",
                table: "Notificaties",
                column: "GebeurtenisId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_Uitgewaaierd",
                table: "Notificaties",
                column: "Uitgewaaierd");

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_VoorstelId",
                table: "Notificaties",
                column: "VoorstelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bezorgingen");

            migrationBuilder.DropTable(
                name: "Abonnementen");

            migrationBuilder.DropTable(
                name: "Notificaties");
        }
    }
}
