using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The overview's search through an index (issue 12, P2): an FTS5 table with the trigram tokenizer over the number and
    /// the subject of every proposal, external content (the rows stay in Voorstellen, rowid = Id), kept current by triggers
    /// and filled from the existing rows. Not part of the EF model: a table rebuild of Voorstellen by a later migration
    /// drops the triggers, so such a migration must create them again (the search tests would fail).
    /// </summary>
    public partial class Zoekindex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "VoorstelZoekindex" USING fts5(Registratienummer, Onderwerp, content='Voorstellen', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Voorstellen_Zoekindex_Toevoegen" AFTER INSERT ON "Voorstellen" BEGIN
                    INSERT INTO "VoorstelZoekindex" (rowid, Registratienummer, Onderwerp) VALUES (new."Id", new."Registratienummer", new."Onderwerp");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Voorstellen_Zoekindex_Verwijderen" AFTER DELETE ON "Voorstellen" BEGIN
                    INSERT INTO "VoorstelZoekindex" ("VoorstelZoekindex", rowid, Registratienummer, Onderwerp) VALUES ('delete', old."Id", old."Registratienummer", old."Onderwerp");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Voorstellen_Zoekindex_Wijzigen" AFTER UPDATE OF "Registratienummer", "Onderwerp" ON "Voorstellen" BEGIN
                    INSERT INTO "VoorstelZoekindex" ("VoorstelZoekindex", rowid, Registratienummer, Onderwerp) VALUES ('delete', old."Id", old."Registratienummer", old."Onderwerp");
                    INSERT INTO "VoorstelZoekindex" (rowid, Registratienummer, Onderwerp) VALUES (new."Id", new."Registratienummer", new."Onderwerp");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "VoorstelZoekindex" ("VoorstelZoekindex") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Voorstellen_Zoekindex_Wijzigen";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Voorstellen_Zoekindex_Verwijderen";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Voorstellen_Zoekindex_Toevoegen";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "VoorstelZoekindex";""");
        }
    }
}
