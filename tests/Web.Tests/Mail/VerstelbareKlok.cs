namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// The clock of every test app: it starts at <see cref="Begin"/>, whatever day the tests run, and then runs on in real
/// time (timers, cookies and back-off need time to pass); a test moves it forward with <see cref="ZetOp"/>.
/// </summary>
public sealed class VerstelbareKlok(DateTimeOffset begin) : TimeProvider
{
    /// <summary>
    /// An ordinary working day in the middle of the year: no weekend, holiday or year end nearby, after the
    /// Voorjaarsnota deadline, with the meeting and budget calendars covering years on both sides.
    /// </summary>
    public static readonly DateTimeOffset Begin = new(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The local date at <see cref="Begin"/>: what "today" is for a test that did not move its clock.</summary>
    public static DateOnly Begindatum => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Begin, TimeZoneInfo.Local).DateTime);

    public VerstelbareKlok() : this(Begin)
    {
    }

    public TimeSpan Verschuiving { get; set; } = begin - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Verschuiving;

    public DateOnly Vandaag => DateOnly.FromDateTime(GetLocalNow().DateTime);

    public void ZetOp(DateTimeOffset moment) => Verschuiving += moment - GetUtcNow();
}
