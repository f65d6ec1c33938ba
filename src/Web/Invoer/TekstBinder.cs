using Besluitvorming.Workflows.Voorstellen;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Besluitvorming.Web.Invoer;

/// <summary>
/// Binds every string without its control characters (NUL and the other C0 characters; tab, CR and LF stay). They
/// are invisible, never meant, and PostgreSQL refuses NUL; a form that comes back shows the text as it will be stored.
/// </summary>
public sealed class TekstBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var resultaat = context.ValueProvider.GetValue(context.ModelName);
        if (resultaat == ValueProviderResult.None) return Task.CompletedTask;

        var tekst = Schoon(resultaat.FirstValue);
        context.ModelState.SetModelValue(context.ModelName, tekst, tekst);
        context.Result = ModelBindingResult.Success(
            context.ModelMetadata.ConvertEmptyStringToNull && string.IsNullOrWhiteSpace(tekst) ? null : tekst);
        return Task.CompletedTask;
    }

    public static string? Schoon(string? tekst) =>
        tekst is null || !tekst.Any(Veldlengtes.IsStuurteken) ? tekst : new string(tekst.Where(c => !Veldlengtes.IsStuurteken(c)).ToArray());
}
