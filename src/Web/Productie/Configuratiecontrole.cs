using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// Runs every start-up validation (<c>ValidateOnStart</c>) before the database is touched, and stops the app with one
/// message that lists each wrong setting, instead of a migration half done and a stack trace about the first one.
/// </summary>
public static class Configuratiecontrole
{
    public const string Kop = "De configuratie is ongeldig; de app start niet. Pas deze instellingen aan:";

    public static void ControleerConfiguratie(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (e is OptionsValidationException or AggregateException or InvalidOperationException)
        {
            var bericht = Kop + string.Concat(Fouten(e).Distinct().Select(f => "\n- " + f));
            app.Logger.LogCritical("{Bericht}", bericht);
            throw new InvalidOperationException(bericht, e);
        }
    }

    private static IEnumerable<string> Fouten(Exception e) => e switch
    {
        OptionsValidationException o => o.Failures,
        AggregateException a => a.InnerExceptions.SelectMany(Fouten),
        // A value that does not convert ("Failed to convert configuration value at 'Mail:SmtpPoort' to type 'System.Int32'").
        _ => [e.Message],
    };
}
