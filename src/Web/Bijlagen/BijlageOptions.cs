using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Bijlagen;

public sealed class BijlageOptions
{
    public const string Sectie = "Bijlagen";

    [Range(1024, 524_288_000)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    [MinLength(1)]
    public string[] ToegestaneExtensies { get; set; } = [".pdf", ".docx", ".xlsx", ".odt", ".ods", ".txt", ".png", ".jpg", ".jpeg"];
}
