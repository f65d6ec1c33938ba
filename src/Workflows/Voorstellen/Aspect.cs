namespace Besluitvorming.Workflows.Voorstellen;

/// <summary>The bedrijfsvoeringsaspecten of the template (seed 002), plus team SMO for Ontwikkelbedrijf projects.</summary>
public enum Aspect
{
    Financien = 1,
    Personeel = 2,
    Informatisering = 3,
    Inkoop = 4,
    Juridisch = 5,
    Communicatie = 6,
    Smo = 7,
}
