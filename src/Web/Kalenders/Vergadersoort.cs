namespace Besluitvorming.Web.Kalenders;

public enum Vergadersoort
{
    College = 1,
    Directieteam = 2,
}
