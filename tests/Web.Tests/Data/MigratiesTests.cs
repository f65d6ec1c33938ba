using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>Every provider's migrations describe the model as it is: a model change without a migration fails here.</summary>
public sealed class MigratiesTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    internal static BesluitvormingDbContext Context(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migraties_van_elke_provider_volgen_het_model(string provider)
    {
        using var db = Context(provider);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse($"{provider}: voeg een migratie toe (zie README, 'Changing the data model')");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Elke_provider_heeft_zijn_eigen_migraties(string provider)
    {
        using var db = Context(provider);
        var migraties = db.GetService<IMigrationsAssembly>().Migrations.Values;
        migraties.ShouldAllBe(t => t.Namespace!.EndsWith("." + provider));
    }
}
