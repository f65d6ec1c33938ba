using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Data;

/// <summary>PostgreSQL (used for the real-server tests); migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresBesluitvormingDbContext(DbContextOptions<PostgresBesluitvormingDbContext> options)
    : BesluitvormingDbContext(options);
