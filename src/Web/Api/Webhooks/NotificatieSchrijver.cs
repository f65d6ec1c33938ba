using System.Text.Json;
using System.Text.Json.Serialization;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Voorstellen;
using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Api.Webhooks;

/// <summary>
/// The reaction to a proposal's domain events, beside the mail outbox's: one <see cref="Notificatie"/> row per event
/// that a channel reports, added to the change tracker so it commits with the change (in the caller's SaveChanges,
/// no query of its own). Who subscribed is only looked at when the dispatcher fans the row out.
/// </summary>
public sealed class NotificatieSchrijver(BesluitvormingDbContext db, IOptions<MailOptions> mail)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Schrijf(Voorstel voorstel, Domeingebeurtenissen gebeurtenissen, Overgangscontext ctx)
    {
        // Nothing is reported about a proposal without a number: a concept is the steller's own.
        if (voorstel.Registratienummer is not { } nummer) return;
        var openbaar = voorstel.IsOpenbaarOp(ctx.Vandaag);
        var basis = mail.Value.BasisUrl.TrimEnd('/');
        string? besluitUrl = voorstel.GepubliceerdOp is not null ? $"{basis}/api/v1/besluiten/{Uri.EscapeDataString(nummer)}" : null;
        foreach (var g in gebeurtenissen.Lijst)
        {
            var bericht = g switch
            {
                StapVoltooid s when s.Van != s.Naar => new Bericht(Kanalen.VoorstelStapVeranderd)
                {
                    Stap = new Stapwissel(s.Van, s.Naar, ctx.Definitie.StatusTitel(s.Naar)),
                },
                // A non-public proposal's decision is reported by its identifiers only.
                Besloten => new Bericht(Kanalen.BesluitGenomen) { Besluit = new Besluitverwijzing(nummer, null, openbaar ? besluitUrl : null) },
                Gepubliceerd p => new Bericht(Kanalen.BesluitGepubliceerd) { Besluit = new Besluitverwijzing(nummer, p.Op, besluitUrl) },
                _ => null,
            };
            if (bericht is null) continue;
            var id = Guid.NewGuid();
            var inhoud = bericht with { GebeurtenisId = id, Tijdstip = ctx.Nu, Voorstel = new Voorstelverwijzing(nummer, openbaar) };
            db.Notificaties.Add(new Notificatie(id, bericht.Kanaal, voorstel.Id, ctx.Nu, JsonSerializer.Serialize(inhoud, Json)));
        }
    }

    /// <summary>The body a subscriber receives; its field names are part of the API.</summary>
    public sealed record Bericht(string Kanaal)
    {
        public Guid GebeurtenisId { get; init; }
        public DateTime Tijdstip { get; init; }
        public Voorstelverwijzing? Voorstel { get; init; }
        public Besluitverwijzing? Besluit { get; init; }
        public Stapwissel? Stap { get; init; }
    }

    public sealed record Voorstelverwijzing(string Identificatie, bool Openbaar);

    /// <param name="Url">The besluit in the API (/api/v1/besluiten); only once it is published.</param>
    public sealed record Besluitverwijzing(string Identificatie, DateOnly? Publicatiedatum, string? Url);

    /// <summary>The route's step codes (stable) and the title of the new one.</summary>
    public sealed record Stapwissel(string Van, string Naar, string Titel);
}
