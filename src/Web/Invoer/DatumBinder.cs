using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Besluitvorming.Web.Invoer;

/// <summary>
/// Binds DateOnly and DateOnly? from what a date field sends (2025-03-31) or what a Dutch user types (31-3-2025),
/// between 1900 and 2199. Anything else ("1.5.5", "2025-02-30") gets a message instead of a date nobody meant.
/// </summary>
public sealed class DatumBinder : IModelBinder
{
    private static readonly string[] Vormen = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    public Task BindModelAsync(ModelBindingContext context)
    {
        var resultaat = context.ValueProvider.GetValue(context.ModelName);
        if (resultaat == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, resultaat);

        var tekst = (resultaat.FirstValue ?? "").Trim();
        if (tekst.Length == 0)
        {
            if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
            else context.ModelState.TryAddModelError(context.ModelName, "Vul een datum in.");
        }
        else if (!DateOnly.TryParseExact(tekst, Vormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            context.ModelState.TryAddModelError(context.ModelName, "Vul een bestaande datum in, bijvoorbeeld 31-3-2025.");
        else if (datum.Year is < 1900 or > 2199)
            context.ModelState.TryAddModelError(context.ModelName, "Vul een datum tussen 1900 en 2200 in.");
        else context.Result = ModelBindingResult.Success(datum);
        return Task.CompletedTask;
    }
}
