using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Besluitvorming.Web.Data;

/// <summary>Lets `dotnet ef migrations add X --context PostgresBesluitvormingDbContext` work without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBesluitvormingDbContext>
{
    public PostgresBesluitvormingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBesluitvormingDbContext>().UseNpgsql("Host=localhost;Database=ontwerp").Options);
}
