namespace Besluitvorming.Workflows.Voorstellen;

public enum CollegeUitkomst
{
    Ingestemd = 1,
    IngestemdMetWijzigingen = 2,
    Aangehouden = 3,
    Afgewezen = 4,
}
