using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Regels;

/// <summary>
/// Runs the rule work a beheerder starts on a version that is not in force (compiling it for a dry run or an
/// activation, and the dry run itself) on a thread of its own, with a large stack and a time limit. An expression
/// within <see cref="Besluitvorming.Rules.Expressiegrenzen"/> can still ask for much work (string functions on huge
/// values); the page then says so instead of hanging. Work cannot be aborted, so while earlier work that ran out of
/// time is still running no new work starts: repeated clicks cannot pile up threads.
/// </summary>
public sealed class Regelwerkbegrenzer(IOptions<RegelsOptions> opties, TimeProvider klok)
{
    private const int MaxGelijktijdig = 2;
    private const int Stapelgrootte = 16 * 1024 * 1024;
    private int _lopend;

    /// <summary>
    /// Runs on the work's thread before the work (tests: holds the work back, so that the limit is what ends the wait,
    /// whatever the machine's load).
    /// </summary>
    internal Action? VoorHetWerk { get; set; }

    public async Task<T> VoerUitAsync<T>(Func<T> werk, CancellationToken ct = default)
    {
        if (Interlocked.Increment(ref _lopend) > MaxGelijktijdig)
        {
            Interlocked.Decrement(ref _lopend);
            throw new RegelwerkTeZwaarException(
                "Er wordt nog gerekend aan een eerdere proefdraai of activering die te lang duurde. Probeer het over een paar minuten opnieuw.");
        }
        var klaar = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var draad = new Thread(() =>
        {
            try
            {
                VoorHetWerk?.Invoke();
                klaar.SetResult(werk());
            }
            catch (Exception e)
            {
                klaar.SetException(e);
            }
            finally
            {
                Interlocked.Decrement(ref _lopend);
            }
        }, Stapelgrootte) { IsBackground = true, Name = "Regelwerk beheerder" };
        draad.Start();
        var limiet = opties.Value.ProefdraaiLimiet;
        try
        {
            return await klaar.Task.WaitAsync(limiet, klok, ct);
        }
        catch (TimeoutException)
        {
            throw new RegelwerkTeZwaarException(
                $"De regelset was na {Seconden(limiet)} nog niet klaar met rekenen; er is geen uitkomst. " +
                "Kijk of een expressie veel werk vraagt, bijvoorbeeld met zeer lange teksten, en vereenvoudig die.");
        }
    }

    private static string Seconden(TimeSpan t) => string.Create(Nl, $"{t.TotalSeconds:0.###} seconden");

    private static readonly System.Globalization.CultureInfo Nl = new("nl-NL");
}
