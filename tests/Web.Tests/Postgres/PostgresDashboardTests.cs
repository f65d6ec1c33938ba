using Besluitvorming.Web.Tests.Dashboard;

namespace Besluitvorming.Web.Tests.Postgres;

/// <summary>The dashboard's grouped, late and timeline queries on a real PostgreSQL server.</summary>
public sealed class PostgresDashboardTests : DashboardTests
{
    protected override BesluitvormingFabriek NieuweFabriek() => new PostgresFabriek();
}
