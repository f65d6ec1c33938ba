using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Regels;

public sealed class RegelsOptions
{
    public const string Sectie = "Regels";

    /// <summary>How long the beheerder's page waits for a dry run (or for compiling a version to activate).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ProefdraaiLimiet { get; set; } = TimeSpan.FromSeconds(10);
}
