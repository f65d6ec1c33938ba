using System.Text;
using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Besluitvorming.Web.Tests.Data;

/// <summary>
/// The compiled EF Core model of each provider (Data/GecompileerdModel, made by `dotnet ef dbcontext optimize`) is what
/// the app runs on, so it must be the model OnModelCreating builds: a model change without regenerating it fails here.
/// Regenerate all three with src/Web/Data/GecompileerdModel/vernieuw.sh.
/// </summary>
public sealed class GecompileerdModelTests
{
    private const string Vernieuw = "het gecompileerde model is verouderd: draai src/Web/Data/GecompileerdModel/vernieuw.sh (README, 'Changing the data model')";

    [Theory]
    [MemberData(nameof(MigratiesTests.Providers), MemberType = typeof(MigratiesTests))]
    public void De_app_draait_op_het_gecompileerde_model_van_haar_provider(string provider)
    {
        using var db = MigratiesTests.Context(provider);
        db.Model.GetType().Namespace.ShouldBe($"Besluitvorming.Web.Data.GecompileerdModel.{provider}");
    }

    [Theory]
    [MemberData(nameof(MigratiesTests.Providers), MemberType = typeof(MigratiesTests))]
    public void Gecompileerd_model_is_gelijk_aan_het_model_uit_OnModelCreating(string provider)
    {
        using var db = MigratiesTests.Context(provider);
        var opgebouwd = db.GetService<IDesignTimeModel>().Model;
        Beschrijf(db.Model).ShouldBe(Beschrijf(opgebouwd), $"{provider}: {Vernieuw}");
    }

    /// <summary>What the read-optimised model keeps and the app's SQL and materialisation depend on, one line per element, in a fixed order.</summary>
    private static string Beschrijf(IModel model)
    {
        var s = new StringBuilder();
        foreach (var e in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            s.AppendLine($"{e.Name} {e.ClrType} tabel={e.GetSchema()}.{e.GetTableName()} view={e.GetViewName()} basis={e.BaseType?.Name} eigendom={e.IsOwned()}");
            foreach (var p in e.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var mapping = p.FindTypeMapping();
                s.AppendLine($"  {p.Name} {p.ClrType} veld={p.FieldInfo?.Name} null={p.IsNullable} kolom={p.GetColumnName()} type={p.GetColumnType()} "
                             + $"max={p.GetMaxLength()} precisie={p.GetPrecision()},{p.GetScale()} unicode={p.IsUnicode()} "
                             + $"omzetting={(p.GetValueConverter() ?? mapping?.Converter)?.GetType()} opslag={(mapping as Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping)?.StoreType} "
                             + $"gegenereerd={p.ValueGenerated} gelijktijdigheid={p.IsConcurrencyToken}");
            }
            foreach (var k in e.GetKeys().OrderBy(k => Namen(k.Properties), StringComparer.Ordinal))
                s.AppendLine($"  sleutel {Namen(k.Properties)} primair={k.IsPrimaryKey()}");
            foreach (var f in e.GetForeignKeys().OrderBy(f => Namen(f.Properties) + f.PrincipalEntityType.Name, StringComparer.Ordinal))
                s.AppendLine($"  verwijzing {Namen(f.Properties)} -> {f.PrincipalEntityType.Name}({Namen(f.PrincipalKey.Properties)}) {f.DeleteBehavior} "
                             + $"verplicht={f.IsRequired} uniek={f.IsUnique} eigendom={f.IsOwnership} "
                             + $"nav={f.DependentToPrincipal?.Name}/{f.PrincipalToDependent?.Name}");
            foreach (var n in e.GetSkipNavigations().OrderBy(n => n.Name, StringComparer.Ordinal))
                s.AppendLine($"  veel-op-veel {n.Name} -> {n.TargetEntityType.Name} via {n.JoinEntityType.Name}");
            // Index names, filters and sort order, constraint names and default values are not kept in the read-optimised
            // model (the app does not need them at run time; the migrations hold them, MigratiesTests checks those).
            foreach (var i in e.GetIndexes().OrderBy(i => Namen(i.Properties), StringComparer.Ordinal))
                s.AppendLine($"  index ({Namen(i.Properties)}) uniek={i.IsUnique}");
        }
        return s.ToString();
    }

    private static string Namen(IEnumerable<IReadOnlyProperty> eigenschappen) => string.Join(",", eigenschappen.Select(p => p.Name));
}
