using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Publicatie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "GepubliceerdOp",
                table: "Voorstellen",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_GepubliceerdOp",
                table: "Voorstellen",
                column: "GepubliceerdOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorstellen_GepubliceerdOp",
                table: "Voorstellen");

            migrationBuilder.DropColumn(
                name: "GepubliceerdOp",
                table: "Voorstellen");
        }
    }
}
