using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Besluitvorming.Web.Data;

/// <summary>Lets `dotnet ef migrations add X --context SqliteBesluitvormingDbContext` work without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBesluitvormingDbContext>
{
    public SqliteBesluitvormingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBesluitvormingDbContext>().UseSqlite("Data Source=design.db").Options);
}
