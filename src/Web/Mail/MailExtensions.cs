using Besluitvorming.Web.Productie;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

public static class MailExtensions
{
    /// <summary>Outbox, links, the dispatcher, and the transport: SMTP when Mail:SmtpHost is set, else an .eml folder.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindEnControleer(configuration, MailOptions.Sectie);
        services.AddSingleton<MailMap>();
        services.AddSingleton<MailSignaal>();
        services.AddScoped<Maillinks>();
        services.AddSingleton<Linktokenkluis>();
        services.AddScoped<MailOpsteller>();
        services.AddScoped<LinkToegang>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<MapMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.GebruiktSmtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<MapMailTransport>());
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MailDispatcher>());
        return services;
    }
}
