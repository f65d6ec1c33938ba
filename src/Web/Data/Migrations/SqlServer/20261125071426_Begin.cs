using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AfdelingId = table.Column<int>(type: "int", nullable: true),
                    TeamId = table.Column<int>(type: "int", nullable: true),
                    Telefoon = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Actief = table.Column<bool>(type: "bit", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bestanden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EigenaarId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Inhoud = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    GeuploadOp = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bestanden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernopgaven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernopgaven", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Projecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Programma = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfdelingId = table.Column<int>(type: "int", nullable: true),
                    ProjectleiderId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    Einde = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Registratietellers",
                columns: table => new
                {
                    Jaar = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Laatste = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registratietellers", x => x.Jaar);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowDefinities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Naam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Bron = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GeregistreerdOp = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDefinities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdviseurAspecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Aspect = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Primair = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviseurAspecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviseurAspecten_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Afdelingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AfdelingshoofdId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    IsOntwikkelbedrijf = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Afdelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Afdelingen_AspNetUsers_AfdelingshoofdId",
                        column: x => x.AfdelingshoofdId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plaatsvervangingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HouderId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    PlaatsvervangerId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plaatsvervangingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plaatsvervangingen_AspNetUsers_HouderId",
                        column: x => x.HouderId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Plaatsvervangingen_AspNetUsers_PlaatsvervangerId",
                        column: x => x.PlaatsvervangerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Rolhouders",
                columns: table => new
                {
                    Rol = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rolhouders", x => x.Rol);
                    table.ForeignKey(
                        name: "FK_Rolhouders_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectKernopgave",
                columns: table => new
                {
                    KernopgavenId = table.Column<int>(type: "int", nullable: false),
                    ProjectenId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectKernopgave", x => new { x.KernopgavenId, x.ProjectenId });
                    table.ForeignKey(
                        name: "FK_ProjectKernopgave_Kernopgaven_KernopgavenId",
                        column: x => x.KernopgavenId,
                        principalTable: "Kernopgaven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectKernopgave_Projecten_ProjectenId",
                        column: x => x.ProjectenId,
                        principalTable: "Projecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AfdelingId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_Afdelingen_AfdelingId",
                        column: x => x.AfdelingId,
                        principalTable: "Afdelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Voorstellen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AanmaakSleutel = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Revisie = table.Column<int>(type: "int", nullable: false),
                    CollegeAkkoord = table.Column<bool>(type: "bit", nullable: false),
                    WorkflowNaam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    WorkflowVersie = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StatusSinds = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TeruggestuurdVanuit = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    OrVereist = table.Column<bool>(type: "bit", nullable: false),
                    RaadVereist = table.Column<bool>(type: "bit", nullable: false),
                    AdviesrondeGehouden = table.Column<bool>(type: "bit", nullable: false),
                    Registratienummer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Onderwerp = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AfdelingId = table.Column<int>(type: "int", nullable: false),
                    TeamId = table.Column<int>(type: "int", nullable: true),
                    ProjectId = table.Column<int>(type: "int", nullable: true),
                    Programma = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Openbaarheid = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OpenbaarNa = table.Column<DateOnly>(type: "date", nullable: true),
                    BijlagenOpenbaar = table.Column<bool>(type: "bit", nullable: false),
                    GeplandDt = table.Column<DateOnly>(type: "date", nullable: true),
                    GeplandOr = table.Column<DateOnly>(type: "date", nullable: true),
                    GeplandBw = table.Column<DateOnly>(type: "date", nullable: true),
                    GeplandOrNaBw = table.Column<DateOnly>(type: "date", nullable: true),
                    GeplandRaad = table.Column<DateOnly>(type: "date", nullable: true),
                    StellerId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    StellerNaam = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StellerTelefoon = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IngediendOp = table.Column<DateOnly>(type: "date", nullable: true),
                    ParaafAfdelingshoofdNaam = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ParaafAfdelingshoofdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Portefeuillehouder = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Secretaris = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Behandelwijze = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SamenvattingWatEnWaarom = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SamenvattingHoe = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Aanleiding = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Achtergrond = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Aanpak = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    VoorstelTekst = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RaadsbesluitNodig = table.Column<bool>(type: "bit", nullable: false),
                    BudgettaireConsequenties = table.Column<bool>(type: "bit", nullable: true),
                    Kosten = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    KostenPerJaar = table.Column<bool>(type: "bit", nullable: false),
                    Baten = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Dekking = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FormatieveConsequenties = table.Column<bool>(type: "bit", nullable: true),
                    Fte = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    Inhuur = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OrAdviesDatum = table.Column<DateOnly>(type: "date", nullable: true),
                    OrAdvies = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voorstellen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Voorstellen_Afdelingen_AfdelingId",
                        column: x => x.AfdelingId,
                        principalTable: "Afdelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Voorstellen_AspNetUsers_StellerId",
                        column: x => x.StellerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Voorstellen_Projecten_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Voorstellen_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bedrijfsvoeringsaspecten",
                columns: table => new
                {
                    Aspect = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AdviesGevraagd = table.Column<bool>(type: "bit", nullable: false),
                    Vereist = table.Column<bool>(type: "bit", nullable: false),
                    Instemming = table.Column<bool>(type: "bit", nullable: true),
                    AdviseurId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AdviseurNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Opmerking = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AdviesOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AdviesGeldig = table.Column<bool>(type: "bit", nullable: false),
                    AdviesOpInhoud = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bedrijfsvoeringsaspecten", x => new { x.VoorstelId, x.Aspect });
                    table.ForeignKey(
                        name: "FK_Bedrijfsvoeringsaspecten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bijlagen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Nr = table.Column<int>(type: "int", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Openbaar = table.Column<bool>(type: "bit", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    BestandId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bijlagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bijlagen_Bestanden_BestandId",
                        column: x => x.BestandId,
                        principalTable: "Bestanden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bijlagen_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Collegebesluiten",
                columns: table => new
                {
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Vergaderdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: true),
                    BehandelendTeam = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Uitkomst = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Besluittekst = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Collegebesluiten", x => x.VoorstelId);
                    table.ForeignKey(
                        name: "FK_Collegebesluiten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DictumPunten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Volgorde = table.Column<int>(type: "int", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    VoorstelId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DictumPunten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DictumPunten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Directiebesluiten",
                columns: table => new
                {
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Punten = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Verwerking = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directiebesluiten", x => x.VoorstelId);
                    table.ForeignKey(
                        name: "FK_Directiebesluiten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ActorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    VanStatus = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    NaarStatus = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gebeurtenissen_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Raadsbesluiten",
                columns: table => new
                {
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Vergaderdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Uitkomst = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Besluittekst = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Raadsbesluiten", x => x.VoorstelId);
                    table.ForeignKey(
                        name: "FK_Raadsbesluiten_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Taken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VoorstelId = table.Column<int>(type: "int", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Rol = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Aspect = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    HouderId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    HouderNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Toestand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AfgerondOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AfgerondDoorId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfgerondDoorNaam = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Uitkomst = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Taken_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Voorbesprekingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Persoon = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: true),
                    VoorstelId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voorbesprekingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Voorbesprekingen_Voorstellen_VoorstelId",
                        column: x => x.VoorstelId,
                        principalTable: "Voorstellen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdviseurAspecten_GebruikerId_Aspect",
                table: "AdviseurAspecten",
                columns: new[] { "GebruikerId", "Aspect" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Afdelingen_AfdelingshoofdId",
                table: "Afdelingen",
                column: "AfdelingshoofdId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Bestanden_EigenaarId",
                table: "Bestanden",
                column: "EigenaarId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijlagen_BestandId",
                table: "Bijlagen",
                column: "BestandId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijlagen_VoorstelId",
                table: "Bijlagen",
                column: "VoorstelId");

            migrationBuilder.CreateIndex(
                name: "IX_DictumPunten_VoorstelId",
                table: "DictumPunten",
                column: "VoorstelId");

            migrationBuilder.CreateIndex(
                name: "IX_Gebeurtenissen_VoorstelId_Tijdstip",
                table: "Gebeurtenissen",
                columns: new[] { "VoorstelId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Plaatsvervangingen_HouderId_PlaatsvervangerId",
                table: "Plaatsvervangingen",
                columns: new[] { "HouderId", "PlaatsvervangerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plaatsvervangingen_PlaatsvervangerId",
                table: "Plaatsvervangingen",
                column: "PlaatsvervangerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectKernopgave_ProjectenId",
                table: "ProjectKernopgave",
                column: "ProjectenId");

            migrationBuilder.CreateIndex(
                name: "IX_Rolhouders_GebruikerId",
                table: "Rolhouders",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_HouderId_Toestand",
                table: "Taken",
                columns: new[] { "HouderId", "Toestand" });

            migrationBuilder.CreateIndex(
                name: "IX_Taken_VoorstelId",
                table: "Taken",
                column: "VoorstelId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_AfdelingId",
                table: "Teams",
                column: "AfdelingId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Code",
                table: "Teams",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Voorbesprekingen_VoorstelId",
                table: "Voorbesprekingen",
                column: "VoorstelId");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_AanmaakSleutel",
                table: "Voorstellen",
                column: "AanmaakSleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_AfdelingId",
                table: "Voorstellen",
                column: "AfdelingId");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_ProjectId",
                table: "Voorstellen",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_Registratienummer",
                table: "Voorstellen",
                column: "Registratienummer",
                unique: true,
                filter: "[Registratienummer] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_Status",
                table: "Voorstellen",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_StellerId",
                table: "Voorstellen",
                column: "StellerId");

            migrationBuilder.CreateIndex(
                name: "IX_Voorstellen_TeamId",
                table: "Voorstellen",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDefinities_Naam_Versie",
                table: "WorkflowDefinities",
                columns: new[] { "Naam", "Versie" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdviseurAspecten");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Bedrijfsvoeringsaspecten");

            migrationBuilder.DropTable(
                name: "Bijlagen");

            migrationBuilder.DropTable(
                name: "Collegebesluiten");

            migrationBuilder.DropTable(
                name: "DictumPunten");

            migrationBuilder.DropTable(
                name: "Directiebesluiten");

            migrationBuilder.DropTable(
                name: "Gebeurtenissen");

            migrationBuilder.DropTable(
                name: "Plaatsvervangingen");

            migrationBuilder.DropTable(
                name: "ProjectKernopgave");

            migrationBuilder.DropTable(
                name: "Raadsbesluiten");

            migrationBuilder.DropTable(
                name: "Registratietellers");

            migrationBuilder.DropTable(
                name: "Rolhouders");

            migrationBuilder.DropTable(
                name: "Taken");

            migrationBuilder.DropTable(
                name: "Voorbesprekingen");

            migrationBuilder.DropTable(
                name: "WorkflowDefinities");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Bestanden");

            migrationBuilder.DropTable(
                name: "Kernopgaven");

            migrationBuilder.DropTable(
                name: "Voorstellen");

            migrationBuilder.DropTable(
                name: "Projecten");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Afdelingen");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
