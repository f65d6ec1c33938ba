namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Real time plus a shift a test can move forward; timers still run in real time.</summary>
public sealed class VerstelbareKlok : TimeProvider
{
    public TimeSpan Verschuiving { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Verschuiving;

    public void ZetOp(DateTimeOffset moment) => Verschuiving += moment - GetUtcNow();
}
