using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Besluitvorming.Web.Identiteit;

/// <summary>
/// The reverse proxies (TLS terminators) whose X-Forwarded-For, -Proto and -Host are believed. Nothing is trusted by
/// default, not even loopback: forwarded headers from any other address are ignored.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Sectie = "Proxy";

    /// <summary>Single addresses, e.g. 10.0.0.5 or 2001:db8::5.</summary>
    public List<string> VertrouwdeProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. 10.0.0.0/24.</summary>
    public List<string> VertrouwdeNetwerken { get; set; } = [];

    public bool IsIngesteld => VertrouwdeProxies.Count > 0 || VertrouwdeNetwerken.Count > 0;

    public IEnumerable<IPAddress> Proxies => VertrouwdeProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<IPNetwork> Netwerken => VertrouwdeNetwerken.Select(n => IPNetwork.Parse(n.Trim()));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var p in VertrouwdeProxies.Where(p => !IPAddress.TryParse(p.Trim(), out _)))
            yield return new ValidationResult(
                $"{Sectie}:{nameof(VertrouwdeProxies)} bevat '{p}': dat is geen IP-adres (bijvoorbeeld 10.0.0.5 of 2001:db8::5; geen hostnaam).",
                [nameof(VertrouwdeProxies)]);
        foreach (var n in VertrouwdeNetwerken.Where(n => !IPNetwork.TryParse(n.Trim(), out _)))
            yield return new ValidationResult(
                $"{Sectie}:{nameof(VertrouwdeNetwerken)} bevat '{n}': dat is geen netwerk in CIDR-notatie (bijvoorbeeld 10.0.0.0/24, met het eerste adres van het netwerk).",
                [nameof(VertrouwdeNetwerken)]);
    }
}
