using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
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
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetPeriode",
                table: "Projecten",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Opdrachtgever",
                table: "Projecten",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Stakeholders",
                table: "Projecten",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "Projectresultaten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bewijs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BewijsVoorstelId = table.Column<int>(type: "integer", nullable: true),
                    BewijsBijlageId = table.Column<int>(type: "integer", nullable: true),
                    GewijzigdDoorId = table.Column<string>(type: "text", nullable: true),
                    GewijzigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
