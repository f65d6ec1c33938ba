using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Identiteit;

public static class IdentiteitExtensions
{
    public const string Monitoring = "Monitoring";

    /// <summary>The rate-limiting policy on the login post (see <see cref="InloggenOptions"/>).</summary>
    public const string InlogRem = "inloggen";

    /// <summary>Set in <see cref="HttpContext.Items"/> when the login post was refused by the throttle.</summary>
    public const string TeVaakGeprobeerd = "Besluitvorming.TeVaakGeprobeerd";

    public static IServiceCollection AddIdentiteit(this IServiceCollection services)
    {
        services.AddOptions<InloggenOptions>().BindConfiguration(InloggenOptions.Sectie).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Sectie).ValidateDataAnnotations().ValidateOnStart();

        services.AddIdentity<Gebruiker, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = true;
                // "Confirmed" means active here (see ActiefAccount): someone who left cannot sign in.
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<BesluitvormingDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<NederlandseIdentityFouten>();
        services.AddScoped<IUserConfirmation<Gebruiker>, ActiefAccount>();
        services.AddScoped<Aanmelding>();
        services.AddSingleton<Sessiecache>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<InloggenOptions>>((o, inloggen) =>
        {
            o.Lockout.MaxFailedAccessAttempts = inloggen.Value.MaxMislukt;
            o.Lockout.DefaultLockoutTimeSpan = inloggen.Value.Blokkeerduur;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Inloggen";
            o.LogoutPath = "/Account/Uitloggen";
            o.AccessDeniedPath = "/Account/Geweigerd";
            o.Cookie.Name = "besluitvorming";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            var periodiek = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!await StempelKloptAsync(context)) return;
                if (PeriodiekeControleIsAanDeBeurt(context)) await periodiek(context);
            };
        });
        // Both cookies are Secure when the request is HTTPS, directly or as a trusted proxy says. In Production the
        // session cookie is Secure whatever the request says, so a proxy that is not (yet) configured cannot send it
        // in the clear. The antiforgery cookie stays SameAsRequest: ASP.NET refuses every form over HTTP when it is
        // Always, and on its own it grants nothing.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "besluitvorming-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IHostEnvironment>((o, env) =>
            o.Cookie.SecurePolicy = env.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // The middleware trusts every address when both lists are empty: then it must forward nothing at all.
            if (!proxy.Value.IsIngesteld)
            {
                o.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Walk back through a chain of trusted proxies; the walk stops at the first address that is not one.
            o.ForwardLimit = null;
            foreach (var p in proxy.Value.Proxies) o.KnownProxies.Add(p);
            foreach (var n in proxy.Value.Netwerken) o.KnownIPNetworks.Add(n);
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(InlogRem, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("lezen");
                var opties = context.RequestServices.GetRequiredService<IOptions<InloggenOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter("client " + Clientsleutel(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = opties.PogingenPerClient, Window = opties.Venster, QueueLimit = 0 });
            });
            // The login page itself answers the refused post (HTTP 429), so the form keeps what was typed.
            o.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wacht))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wacht.TotalSeconds)).ToString();
                http.Items[TeVaakGeprobeerd] = true;
                if (http.GetEndpoint()?.RequestDelegate is { } pagina) await pagina(http);
            };
        });

        services.AddAuthorization(o =>
        {
            // Every page requires a signed-in user unless it says [AllowAnonymous].
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            o.AddPolicy(Monitoring, p => p.RequireRole(
                Besluitvorming.Workflows.Organisatie.Rollen.Bestuurssecretariaat,
                Besluitvorming.Workflows.Organisatie.Rollen.Directieteam,
                Besluitvorming.Workflows.Organisatie.Rollen.DtSecretaris,
                Besluitvorming.Workflows.Organisatie.Rollen.Griffie,
                Besluitvorming.Workflows.Organisatie.Rollen.College));
        });
        return services;
    }

    /// <summary>
    /// One client for the throttle: an IPv4 address, or the /64 of an IPv6 address (one machine or household
    /// usually has a whole /64 and could otherwise change address for every attempt).
    /// </summary>
    private static string Clientsleutel(IPAddress? adres)
    {
        if (adres is null) return "onbekend";
        if (adres.IsIPv4MappedToIPv6) adres = adres.MapToIPv4();
        if (adres.AddressFamily != AddressFamily.InterNetworkV6) return adres.ToString();
        var bytes = adres.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>
    /// Whether Identity's own validator (roles and claims read anew every ValidationInterval) has work to do: the test it
    /// makes itself, with its clock. Asked first because resolving that validator builds a SignInManager and a
    /// UserManager on every request, only to find the interval has not passed (issue 12, P1).
    /// </summary>
    private static bool PeriodiekeControleIsAanDeBeurt(CookieValidatePrincipalContext context)
    {
        var opties = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var nu = (opties.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } uitgegeven || nu - uitgegeven > opties.ValidationInterval;
    }

    /// <summary>
    /// The session is valid only while its security stamp is the account's current one. Signing out changes the
    /// stamp, so a copied cookie dies with the session it came from. Answered from the instance's <see cref="Sessiecache"/>
    /// (dropped at the commit of every change to the account, in every instance), otherwise by one indexed read that also
    /// reads the actor; Identity's own validator still refreshes roles and claims every 30 minutes.
    /// </summary>
    private static async Task<bool> StempelKloptAsync(CookieValidatePrincipalContext context)
    {
        var diensten = context.HttpContext.RequestServices;
        var claims = diensten.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stempel = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        // The same read gives the page its actor (ActorLader), so the check costs the request no extra query.
        // An account made inactive (someone who left) loses its sessions at once, like a logout.
        if (id is not null && stempel is not null
            && await diensten.GetRequiredService<Besluitvorming.Web.Organisatie.ActorLader>().SessieGeldigAsync(id, stempel))
            return true;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return false;
    }
}
