using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>The embedded default; migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteBesluitvormingDbContext(DbContextOptions<SqliteBesluitvormingDbContext> options)
    : BesluitvormingDbContext(options);
