namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>
/// Something that happened to a proposal, raised by its domain verbs and kept on the aggregate until the host takes
/// them (<see cref="Voorstel.NeemDomeingebeurtenissen"/>): the outbox writes mail from them in the same transaction,
/// the timer planner changes Quartz triggers from them after the commit. Not stored; the timeline is the record.
/// </summary>
public abstract record Domeingebeurtenis;
