namespace Besluitvorming.Workflows.Tests.Ondersteuning;

/// <summary>A clock the test sets by hand; the local zone is the municipality's (UTC unless a test says otherwise).</summary>
internal sealed class TestKlok(DateTimeOffset nu, TimeZoneInfo? zone = null) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;

    public override DateTimeOffset GetUtcNow() => Nu.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? TimeZoneInfo.Utc;

    /// <summary>Nine in the morning on <paramref name="dag"/>, local time.</summary>
    public void ZetOp(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(new TimeOnly(9, 0));
        Nu = new DateTimeOffset(lokaal, LocalTimeZone.GetUtcOffset(lokaal));
    }
}
