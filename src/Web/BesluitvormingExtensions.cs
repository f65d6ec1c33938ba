using System.Globalization;
using Besluitvorming.Web.Bijlagen;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Voorstellen;
using Besluitvorming.Web.Workflows;
using Microsoft.AspNetCore.Localization;

namespace Besluitvorming.Web;

public static class BesluitvormingExtensions
{
    public static IServiceCollection AddBesluitvorming(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<WorkflowRegister>();
        services.AddScoped<WorkflowBeheer>();
        services.AddScoped<ActorLader>();
        Pages.Overzicht.OverzichtExtensions.AddOverzicht(services);
        services.AddScoped<VoorstelDienst>();
        services.AddScoped<Agendering.AgendaDienst>();
        services.AddScoped<Kalenders.Vergaderplanning>();
        services.AddScoped<Projecten.ProjectLezer>();
        services.AddScoped<Trajecten.TrajectDienst>();
        services.AddScoped<Trajecten.TrajectOverzicht>();
        services.AddScoped<Trajecten.TrajectReacties>();
        services.AddScoped<Trajecten.Besluitmomenten>();
        services.AddScoped<Trajecten.TrajectMail>();
        services.AddScoped<Trajecten.StapLinkToegang>();
        services.AddSingleton<Besluitvorming.Rules.Regelbeoordelaar>();
        services.AddScoped<Regels.RegelDienst>();
        services.AddScoped<Regels.RegelsetBeheer>();
        services.AddSingleton<Regels.Regelwerkbegrenzer>();
        services.AddOptions<Regels.RegelsOptions>().Bind(configuration.GetSection(Regels.RegelsOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<BijlageOpslag>();
        services.AddOptions<BijlageOptions>().Bind(configuration.GetSection(BijlageOptions.Sectie)).PostConfigure(BijlageOptions.VulAan)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Huisstijl.HuisstijlOptions>().Bind(configuration.GetSection(Huisstijl.HuisstijlOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizeFolder("/Overzicht", Identiteit.IdentiteitExtensions.Monitoring);
        }).AddMvcOptions(o =>
        {
            // Numbers, yes/no, dates and text are read the same way on every form (see Invoer).
            o.ModelBinderProviders.Insert(0, new Invoer.InvoerBinderProvider());
            var m = o.ModelBindingMessageProvider;
            m.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
            m.SetAttemptedValueIsInvalidAccessor((waarde, _) => $"'{waarde}' is geen geldige waarde.");
            m.SetValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
            m.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
            m.SetMissingBindRequiredValueAccessor(_ => "Vul dit veld in.");
            m.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
            m.SetUnknownValueIsInvalidAccessor(_ => "Deze waarde is ongeldig.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is ongeldig.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Er is niets verstuurd.");
        }).ConfigureApplicationPartManager(GeenControllers);
        return services;
    }

    /// <summary>
    /// The app has Razor Pages and minimal API endpoints, no MVC controllers. AddRazorPages still registers MVC's
    /// controller discovery, which loads every type of the app assembly (2,475) and of each other application part at
    /// the first request (issue 12, P4); without it no controller is found, as none exists.
    /// </summary>
    internal static void GeenControllers(Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartManager onderdelen)
    {
        foreach (var zoeker in onderdelen.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList())
            onderdelen.FeatureProviders.Remove(zoeker);
    }

    public static WebApplication UseBesluitvorming(this WebApplication app)
    {
        // First: the client address and scheme as a trusted proxy saw them (Identiteit/ProxyOptions).
        app.UseForwardedHeaders();
        var nl = new CultureInfo("nl-NL");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(nl),
            SupportedCultures = [nl],
            SupportedUICultures = [nl],
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Fout");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Fout", "?code={0}");
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();
        return app;
    }
}
