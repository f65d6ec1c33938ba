namespace Besluitvorming.Web.Projecten;

public enum Resultaatstatus
{
    NogNietGestart,
    Bezig,
    Behaald,
}
