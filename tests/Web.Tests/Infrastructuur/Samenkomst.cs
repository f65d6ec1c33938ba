namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// A meeting point for a fixed number of parties: the first <see cref="Verwacht"/> to arrive wait until all of them
/// are there, then go on together; whoever comes later passes. What happened on the way (conflicts, collisions) is
/// counted here, so a test can assert that the path it forced was taken.
/// </summary>
public sealed class Samenkomst(int verwacht)
{
    /// <summary>Only a safety net against a hang: the proof is that everyone arrived, not that time passed.</summary>
    public static readonly TimeSpan Veiligheidsnet = TimeSpan.FromSeconds(90);

    private readonly TaskCompletionSource _compleet = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _aangekomen, _conflicten, _botsingen;

    public int Verwacht => verwacht;

    /// <summary>Whether all expected parties were waiting here at the same time.</summary>
    public bool Samen => _compleet.Task.IsCompletedSuccessfully;

    /// <summary>Saves that lost an optimistic-concurrency race (a stale version) after the parties met.</summary>
    public int Conflicten => Volatile.Read(ref _conflicten);

    /// <summary>Saves refused by the database for another reason (a unique index) after the parties met.</summary>
    public int Botsingen => Volatile.Read(ref _botsingen);

    internal async Task KomAanAsync(CancellationToken ct)
    {
        var nummer = Interlocked.Increment(ref _aangekomen);
        if (nummer > verwacht) return;
        if (nummer == verwacht) _compleet.TrySetResult();
        try
        {
            await _compleet.Task.WaitAsync(Veiligheidsnet, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Samenkomst: na {Veiligheidsnet.TotalSeconds} s waren er {Math.Min(Volatile.Read(ref _aangekomen), verwacht)} van de {verwacht} partijen.");
        }
    }

    internal void NoteerConflict() => Interlocked.Increment(ref _conflicten);

    internal void NoteerBotsing() => Interlocked.Increment(ref _botsingen);
}
