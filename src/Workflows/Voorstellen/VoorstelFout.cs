namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>An action that cannot be done; the message is Dutch and fit to show the user as it is.</summary>
public class VoorstelFout(string melding) : Exception(melding);

/// <summary>Input that does not satisfy the action; keys name the offending fields.</summary>
public sealed class ActieOngeldigException(IReadOnlyDictionary<string, string> fouten)
    : VoorstelFout("Controleer de gemarkeerde velden.")
{
    public IReadOnlyDictionary<string, string> Fouten { get; } = fouten;
}

public sealed class GeenToegangException(string melding) : VoorstelFout(melding);

/// <summary>Someone else changed the proposal since the user opened it.</summary>
public sealed class VoorstelGewijzigdException()
    : VoorstelFout("Iemand anders heeft dit voorstel intussen gewijzigd of behandeld. Bekijk de actuele stand en probeer het zo nodig opnieuw.");
