namespace Besluitvorming.Web.Jobs;

/// <summary>Wakes this instance's <see cref="Termijnrij"/> right after a commit that queued timer changes.</summary>
public sealed class TermijnSignaal
{
    private readonly SemaphoreSlim _signaal = new(0, 1);

    public void Wek()
    {
        try
        {
            if (_signaal.CurrentCount == 0) _signaal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    public Task<bool> WachtAsync(TimeSpan maximaal, CancellationToken ct) => _signaal.WaitAsync(maximaal, ct);
}
