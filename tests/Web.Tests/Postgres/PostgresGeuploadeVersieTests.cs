using Besluitvorming.Web.Tests.Workflows;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>Uploaded workflow versions stored, used and kept across a restart on a real PostgreSQL server.</summary>
public sealed class PostgresGeuploadeVersieTests : GeuploadeVersieTests
{
    protected override BesluitvormingFabriek NieuweApp() => new PostgresFabriek();
}
