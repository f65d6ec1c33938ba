using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Productie;

public static class InstellingencontroleExtensions
{
    /// <summary>Binds the section and validates it when the app starts (see <see cref="Configuratiecontrole"/>).</summary>
    public static OptionsBuilder<T> BindEnControleer<T>(this OptionsBuilder<T> builder, IConfiguration configuration, string sectie)
        where T : class
    {
        builder.Bind(configuration.GetSection(sectie));
        builder.Services.AddSingleton<IValidateOptions<T>>(new Instellingencontrole<T>(sectie));
        return builder.ValidateOnStart();
    }
}
