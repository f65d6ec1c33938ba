namespace Besluitvorming.Web.Kalenders;

/// <summary>Whether a meeting takes place as generated or added, on another date than first set, or not at all.</summary>
public enum Vergaderstatus
{
    Gepland = 1,
    Verplaatst = 2,
    Geannuleerd = 3,
}
