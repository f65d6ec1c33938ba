namespace Besluitvorming.Web.Kalenders;

public enum Vergadersoort
{
    College = 1,
    Directieteam = 2,
    OndernemingsRaad = 3,
    Gemeenteraad = 4,
}
