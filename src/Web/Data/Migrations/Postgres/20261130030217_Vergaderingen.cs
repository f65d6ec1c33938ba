using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Vergaderingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "Aanvang",
                table: "Vergaderkalender",
                type: "time without time zone",
                nullable: false,
                defaultValue: new TimeOnly(0, 0, 0));

            migrationBuilder.AddColumn<string>(
                name: "Locatie",
                table: "Vergaderkalender",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OorspronkelijkeDatum",
                table: "Vergaderkalender",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reden",
                table: "Vergaderkalender",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Vergaderkalender",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Meetings from before this migration go ahead as planned; KalenderInitialisatie gives them the pattern's start time.
                defaultValue: "Gepland");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Aanvang",
                table: "Vergaderkalender");

            migrationBuilder.DropColumn(
                name: "Locatie",
                table: "Vergaderkalender");

            migrationBuilder.DropColumn(
                name: "OorspronkelijkeDatum",
                table: "Vergaderkalender");

            migrationBuilder.DropColumn(
                name: "Reden",
                table: "Vergaderkalender");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Vergaderkalender");
        }
    }
}
