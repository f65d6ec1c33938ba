namespace Besluitvorming.Web.Mail;

/// <summary>Wakes the dispatcher right after a commit that wrote outbox rows, so mail does not wait for the next poll.</summary>
public sealed class MailSignaal
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
