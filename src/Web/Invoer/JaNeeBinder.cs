using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Besluitvorming.Web.Invoer;

/// <summary>
/// Binds bool and bool? from the usual spellings of a checkbox or a yes/no choice: true/false, on/off, 1/0,
/// yes/no, ja/nee. Anything else gets a message at the field, and the form comes back without the odd value,
/// which the checkbox cannot show (it would fail on it).
/// </summary>
public sealed class JaNeeBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var resultaat = context.ValueProvider.GetValue(context.ModelName);
        if (resultaat == ValueProviderResult.None) return Task.CompletedTask;

        var tekst = (resultaat.FirstValue ?? "").Trim().ToLowerInvariant();
        bool? waarde = tekst switch
        {
            "true" or "on" or "yes" or "1" or "ja" => true,
            "false" or "off" or "no" or "0" or "nee" => false,
            _ => null,
        };
        // The raw value is what a re-rendered checkbox reads back: the bool, never the text that was posted.
        context.ModelState.SetModelValue(context.ModelName, waarde, resultaat.FirstValue);
        if (waarde is not null || (tekst.Length == 0 && context.ModelMetadata.IsReferenceOrNullableType))
            context.Result = ModelBindingResult.Success(waarde);
        else
            context.ModelState.TryAddModelError(context.ModelName, "Kies ja of nee.");
        return Task.CompletedTask;
    }
}
