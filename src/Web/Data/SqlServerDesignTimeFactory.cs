using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Besluitvorming.Web.Data;

/// <summary>Lets `dotnet ef migrations add X --context SqlServerBesluitvormingDbContext` work without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBesluitvormingDbContext>
{
    public SqlServerBesluitvormingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerBesluitvormingDbContext>().UseSqlServer("Server=localhost;Database=ontwerp;TrustServerCertificate=true").Options);
}
