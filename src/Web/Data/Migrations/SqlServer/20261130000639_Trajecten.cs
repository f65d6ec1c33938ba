using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Trajecten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Familie",
                table: "WorkflowDefinities",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "collegevoorstel");

            migrationBuilder.AddColumn<string>(
                name: "GeregistreerdDoor",
                table: "WorkflowDefinities",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrajectId",
                table: "Voorstellen",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrajectId",
                table: "UitgaandeMails",
                type: "int",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "VoorstelId",
                table: "Maillinks",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "TaakId",
                table: "Maillinks",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "TrajectId",
                table: "Maillinks",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrajectStapId",
                table: "Maillinks",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Trajecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: true),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kern = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Groep = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    WorkflowNaam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    WorkflowVersie = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StatusSinds = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProjectleiderId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProjectleiderNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Eigenaren = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trajecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trajecten_Projecten_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrajectGebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrajectId = table.Column<int>(type: "int", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ActorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    VanStap = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    NaarStap = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrajectGebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrajectGebeurtenissen_Trajecten_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "Trajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrajectStappen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrajectId = table.Column<int>(type: "int", nullable: false),
                    Stap = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    EigenaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    EigenaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    GeopendOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeslotenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Uitkomst = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    VoorstelId = table.Column<int>(type: "int", nullable: true),
                    Opmerkingen = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrajectStappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrajectStappen_Trajecten_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "Trajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrajectBewijzen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BestandId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    TrajectStapId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrajectBewijzen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrajectBewijzen_TrajectStappen_TrajectStapId",
                        column: x => x.TrajectStapId,
                        principalTable: "TrajectStappen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_TrajectId",
                table: "Voorstellen",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_TrajectId",
                table: "UitgaandeMails",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Maillinks_TrajectStapId",
                table: "Maillinks",
                column: "TrajectStapId");

            migrationBuilder.CreateIndex(
                name: "IX_TrajectBewijzen_BestandId",
                table: "TrajectBewijzen",
                column: "BestandId");

            migrationBuilder.CreateIndex(
                name: "IX_TrajectBewijzen_TrajectStapId",
                table: "TrajectBewijzen",
                column: "TrajectStapId");

            migrationBuilder.CreateIndex(
                name: "IX_Trajecten_ProjectId_Status",
                table: "Trajecten",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrajectGebeurtenissen_TrajectId_Tijdstip",
                table: "TrajectGebeurtenissen",
                columns: new[] { "TrajectId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_TrajectStappen_EigenaarId_GeslotenOp",
                table: "TrajectStappen",
                columns: new[] { "EigenaarId", "GeslotenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_TrajectStappen_TrajectId",
                table: "TrajectStappen",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_TrajectStappen_VoorstelId",
                table: "TrajectStappen",
                column: "VoorstelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrajectBewijzen");

            migrationBuilder.DropTable(
                name: "TrajectGebeurtenissen");

            migrationBuilder.DropTable(
                name: "TrajectStappen");

            migrationBuilder.DropTable(
                name: "Trajecten");

            migrationBuilder.DropIndex(
                name: "IX_Voorstellen_TrajectId",
                table: "Voorstellen");

            migrationBuilder.DropIndex(
                name: "IX_UitgaandeMails_TrajectId",
                table: "UitgaandeMails");

            migrationBuilder.DropIndex(
                name: "IX_Maillinks_TrajectStapId",
                table: "Maillinks");

            migrationBuilder.DropColumn(
                name: "Familie",
                table: "WorkflowDefinities");

            migrationBuilder.DropColumn(
                name: "GeregistreerdDoor",
                table: "WorkflowDefinities");

            migrationBuilder.DropColumn(
                name: "TrajectId",
                table: "Voorstellen");

            migrationBuilder.DropColumn(
                name: "TrajectId",
                table: "UitgaandeMails");

            migrationBuilder.DropColumn(
                name: "TrajectId",
                table: "Maillinks");

            migrationBuilder.DropColumn(
                name: "TrajectStapId",
                table: "Maillinks");

            migrationBuilder.AlterColumn<int>(
                name: "VoorstelId",
                table: "Maillinks",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "TaakId",
                table: "Maillinks",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
