namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>The channels a client can subscribe to; their names are part of the API and never change.</summary>
public static class Kanalen
{
    public const string BesluitGenomen = "besluit-genomen";
    public const string BesluitGepubliceerd = "besluit-gepubliceerd";
    public const string VoorstelStapVeranderd = "voorstel-stap-veranderd";

    public static readonly IReadOnlyList<(string Naam, string Omschrijving)> Bekend =
    [
        (BesluitGenomen, "Het college of de raad heeft over een voorstel besloten"),
        (BesluitGepubliceerd, "Een besluit is openbaar gemaakt (Woo)"),
        (VoorstelStapVeranderd, "Een voorstel is naar een andere stap van zijn route gegaan"),
    ];

    public static bool Bestaat(string? kanaal) => Bekend.Any(k => k.Naam == kanaal);
}
