using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Besluitvorming.Web.Data;

/// <summary>
/// A query compiled once per EF Core model (<c>EF.CompileAsyncQuery</c>), for the queries every request runs: no LINQ
/// translated anew each time (issue 12, P1). EF Core refuses a compiled query on another model than its first, and one
/// process may hold several (SQLite and PostgreSQL in the tests), so each model gets its own. A model never changes.
/// </summary>
public sealed class GecompileerdeQuery<TQuery>(Func<TQuery> compileer) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _perModel = new();

    public TQuery Voor(DbContext db) => _perModel.GetValue(db.Model, _ => compileer());
}
