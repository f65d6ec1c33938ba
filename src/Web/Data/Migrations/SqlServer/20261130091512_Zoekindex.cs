using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Besluitvorming.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// The overview's search through an index (issue 12, P2) on SQLite and PostgreSQL. SQL Server keeps its LIKE scan:
    /// its full-text search matches words and prefixes, not substrings, and needs a full-text catalog. Nothing to do here;
    /// the migration keeps the three providers' histories alike.
    /// </summary>
    public partial class Zoekindex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
