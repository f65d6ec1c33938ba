using Besluitvorming.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Overzicht;

public static class OverzichtExtensions
{
    /// <summary>The overview's kept lists, the interceptor that invalidates them on every context, and (PostgreSQL) the listener.</summary>
    public static IServiceCollection AddOverzicht(this IServiceCollection services)
    {
        services.AddSingleton<Overzichtcache>();
        services.AddSingleton<Overzichtbewaking>();
        services.AddHostedService<Overzichtluisteraar>();
        services.ConfigureDbContext<SqliteBesluitvormingDbContext>(Bewaak);
        services.ConfigureDbContext<PostgresBesluitvormingDbContext>(Bewaak);
        services.ConfigureDbContext<SqlServerBesluitvormingDbContext>(Bewaak);
        return services;
    }

    private static void Bewaak(IServiceProvider sp, DbContextOptionsBuilder o)
    {
        var bewaking = sp.GetRequiredService<Overzichtbewaking>();
        o.AddInterceptors(bewaking, bewaking.Transacties);
    }
}
