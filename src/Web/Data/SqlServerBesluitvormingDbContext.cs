using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>SQL Server (production); migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerBesluitvormingDbContext(DbContextOptions<SqlServerBesluitvormingDbContext> options)
    : BesluitvormingDbContext(options);
