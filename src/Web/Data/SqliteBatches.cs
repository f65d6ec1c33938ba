using Microsoft.EntityFrameworkCore.Update;

namespace Besluitvorming.Web.Data;

/// <summary>
/// Sends one SaveChanges as one command on SQLite too, as PostgreSQL and SQL Server do: EF Core's SQLite provider sends
/// every inserted or updated row as a command of its own (each with RETURNING), so a transition that writes nine rows
/// cost nine round trips through the command pipeline. Microsoft.Data.Sqlite runs the statements of one command in
/// order and reads each one's RETURNING rows as a result set of its own, which is what the batch reads back; a failing
/// statement fails the command, and SaveChanges' transaction rolls back the rest.
/// </summary>
public sealed class SqliteBatches(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    /// <summary>SQLite allows 32,766 parameters per statement text; 100 rows of up to 20 columns stay far below.</summary>
    private const int Rijen = 100;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies)
        : AffectedCountModificationCommandBatch(dependencies, Rijen);
}
