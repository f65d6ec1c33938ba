using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// Keeps the Data Protection key ring (in the database) ahead of need, so that a key is never written while a request
/// holds a transaction: the first protect of a request runs inside the transition's transaction (an encrypted mail
/// link), and on SQLite a key written from another connection at that moment waits for the write lock that request
/// holds. A key exists from the start (<see cref="ZorgVoorSleutel"/>, right after migrating), and its successor is made
/// here two weeks before it expires, instead of by the first request that finds it expiring.
/// </summary>
public sealed class Sleutelring(IKeyManager sleutels, ILogger<Sleutelring> log) : BackgroundService
{
    private static readonly TimeSpan Vooruit = TimeSpan.FromDays(14);

    /// <summary>Creates the first key of an empty ring (the table exists from the migration on).</summary>
    public static void ZorgVoorSleutel(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Besluitvorming.Sleutelring").Protect("opstart");

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                Vernieuw(DateTimeOffset.UtcNow);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Opvolger van de Data Protection-sleutel niet gemaakt; het volgende uur opnieuw");
            }
        } while (await timer.WaitForNextTickAsync(ct));
    }

    /// <summary>Data Protection's own clock is the system clock, so this one is too.</summary>
    internal void Vernieuw(DateTimeOffset nu)
    {
        var geldig = sleutels.GetAllKeys().Where(k => !k.IsRevoked && k.ExpirationDate > nu).ToList();
        if (geldig.Any(k => k.ExpirationDate > nu + Vooruit)) return;
        // Activated in two days, as Data Protection itself does, so every instance has read it before it is used.
        var activering = geldig.Any(k => k.ExpirationDate > nu.AddDays(2)) ? nu.AddDays(2) : nu;
        sleutels.CreateNewKey(activering, activering.AddDays(90));
        log.LogInformation("Nieuwe Data Protection-sleutel gemaakt, actief vanaf {Activering:u}", activering);
    }
}
