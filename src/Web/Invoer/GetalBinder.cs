using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Besluitvorming.Web.Invoer;

/// <summary>
/// Binds decimal and decimal? through <see cref="Getal"/>, whatever the request culture. A property marked
/// <c>[DataType(DataType.Currency)]</c> is an amount: "1.500" is fifteen hundred there.
/// </summary>
public sealed class GetalBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var resultaat = context.ValueProvider.GetValue(context.ModelName);
        if (resultaat == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, resultaat);

        var (waarde, fout) = Getal.Lees(resultaat.FirstValue, context.ModelMetadata.DataTypeName == nameof(DataType.Currency));
        if (fout is not null) context.ModelState.TryAddModelError(context.ModelName, fout);
        else if (waarde is null && !context.ModelMetadata.IsReferenceOrNullableType)
            context.ModelState.TryAddModelError(context.ModelName, "Vul een getal in.");
        else context.Result = ModelBindingResult.Success(waarde);
        return Task.CompletedTask;
    }
}
