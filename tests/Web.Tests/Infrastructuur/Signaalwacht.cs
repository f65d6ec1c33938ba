namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// Waits without a sleep until a condition holds, looked at on a signal the app raises (e.g. a cache's
/// <c>StandGewijzigd</c> when another instance's NOTIFY arrives), at most 30 s: the safety net against a hang.
/// </summary>
public static class Signaalwacht
{
    public static async Task WachtAsync(Action<Action> aanmelden, Action<Action> afmelden, Func<bool> klaar, string wat)
    {
        var gebeurd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Kijk() { if (klaar()) gebeurd.TrySetResult(); }
        aanmelden(Kijk);
        try
        {
            Kijk();
            await gebeurd.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new ShouldAssertException($"na 30 s nog niet: {wat}");
        }
        finally
        {
            afmelden(Kijk);
        }
    }
}
