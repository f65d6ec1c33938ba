using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// Validates an options class with its data annotations (and <see cref="IValidatableObject"/>) and names every wrong
/// setting by its configuration key, e.g. "Mail:BasisUrl: ...", so an operator sees which line of the configuration to
/// change. Messages never repeat a value that might be a secret.
/// </summary>
public sealed class Instellingencontrole<T>(string sectie) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var fouten = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), fouten, validateAllProperties: true);
        return fouten.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(fouten.Select(f => f.MemberNames.FirstOrDefault() is { } lid
                ? $"{sectie}:{lid}: {f.ErrorMessage}"
                : $"{sectie}: {f.ErrorMessage}"));
    }
}
