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
        services.AddScoped<ActorLader>();
        services.AddScoped<VoorstelDienst>();
        services.AddSingleton<Besluitvorming.Rules.Regelbeoordelaar>();
        services.AddScoped<Regels.RegelDienst>();
        services.AddScoped<Regels.RegelsetBeheer>();
        services.AddScoped<BijlageOpslag>();
        services.AddOptions<BijlageOptions>().Bind(configuration.GetSection(BijlageOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Huisstijl.HuisstijlOptions>().Bind(configuration.GetSection(Huisstijl.HuisstijlOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizeFolder("/Overzicht", Identiteit.IdentiteitExtensions.Monitoring);
        }).AddMvcOptions(o =>
        {
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
        });
        services.AddAntiforgery(o => o.Cookie.Name = "besluitvorming-af");
        return services;
    }

    public static WebApplication UseBesluitvorming(this WebApplication app)
    {
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
        app.MapRazorPages();
        return app;
    }
}
