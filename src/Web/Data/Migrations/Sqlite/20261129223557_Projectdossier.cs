using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Projectdossier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Budget",
                table: "Projecten",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetPeriode",
                table: "Projecten",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Opdrachtgever",
                table: "Projecten",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stakeholders",
                table: "Projecten",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Projectresultaten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bewijs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BewijsVoorstelId = table.Column<int>(type: "INTEGER", nullable: true),
                    BewijsBijlageId = table.Column<int>(type: "INTEGER", nullable: true),
                    GewijzigdDoorId = table.Column<string>(type: "TEXT", nullable: true),
                    GewijzigdOp = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projectresultaten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projectresultaten_AspNetUsers_GewijzigdDoorId",
                        column: x => x.GewijzigdDoorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Projectresultaten_Projecten_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projectresultaten_GewijzigdDoorId",
                table: "Projectresultaten",
                column: "GewijzigdDoorId");

            migrationBuilder.CreateIndex(
                name: "IX_Projectresultaten_ProjectId_Volgnummer",
                table: "Projectresultaten",
                columns: new[] { "ProjectId", "Volgnummer" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Projectresultaten");

            migrationBuilder.DropColumn(
                name: "Budget",
                table: "Projecten");

            migrationBuilder.DropColumn(
                name: "BudgetPeriode",
                table: "Projecten");

            migrationBuilder.DropColumn(
                name: "Opdrachtgever",
                table: "Projecten");

            migrationBuilder.DropColumn(
                name: "Stakeholders",
                table: "Projecten");
        }
    }
}
