using Besluitvorming.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Besluitvorming.Web.Identiteit;

public static class IdentiteitExtensions
{
    public const string Monitoring = "Monitoring";

    public static IServiceCollection AddIdentiteit(this IServiceCollection services)
    {
        services.AddIdentity<Gebruiker, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<BesluitvormingDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<NederlandseIdentityFouten>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Inloggen";
            o.LogoutPath = "/Account/Uitloggen";
            o.AccessDeniedPath = "/Account/Geweigerd";
            o.Cookie.Name = "besluitvorming";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
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
}
