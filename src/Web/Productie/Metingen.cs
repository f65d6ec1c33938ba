using System.Diagnostics.Metrics;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Web.Productie;

/// <summary>
/// The application's own metrics (meter "Besluitvorming"), exported with the HTTP metrics on <c>/metrics</c>:
/// transitions per gate, timer lag, and (see <see cref="Mailmetingen"/>) the mail backlog.
/// </summary>
public static class Metingen
{
    public const string Naam = "Besluitvorming";

    private static readonly Meter Meter = new(Naam);

    private static readonly Counter<long> Overgangen = Meter.CreateCounter<long>("besluitvorming.overgangen", "{overgang}",
        "Overgangen van voorstellen, per poort (geen: zonder poort) en trigger.");

    private static readonly Histogram<double> Timervertraging = Meter.CreateHistogram<double>("besluitvorming.timers.vertraging", "s",
        "Hoe lang na het geplande moment een timer (herinnering, escalatie, opruimen) afging.");

    /// <summary>Counts the committed transitions of one action, from its domain events.</summary>
    public static void TelOvergangen(WorkflowDefinitie definitie, Domeingebeurtenissen gebeurtenissen)
    {
        foreach (var stap in gebeurtenissen.Lijst.OfType<StapVoltooid>())
            Overgangen.Add(1, new("poort", definitie.PoortVoor(stap.Van, stap.Trigger) ?? "geen"), new("trigger", stap.Trigger));
    }

    public static void MeetTimervertraging(string groep, TimeSpan vertraging) =>
        Timervertraging.Record(Math.Max(0, vertraging.TotalSeconds), new KeyValuePair<string, object?>("groep", groep));
}
