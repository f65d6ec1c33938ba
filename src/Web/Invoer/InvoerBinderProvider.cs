using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Besluitvorming.Web.Invoer;

/// <summary>How every form reads numbers, yes/no, dates and text: the same rules on every page (see the binders).</summary>
public sealed class InvoerBinderProvider : IModelBinderProvider
{
    private static readonly GetalBinder Getallen = new();
    private static readonly JaNeeBinder JaNee = new();
    private static readonly DatumBinder Datums = new();
    private static readonly TekstBinder Teksten = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) switch
        {
            var t when t == typeof(decimal) => Getallen,
            var t when t == typeof(bool) => JaNee,
            var t when t == typeof(DateOnly) => Datums,
            var t when t == typeof(string) => Teksten,
            _ => null,
        };
}
