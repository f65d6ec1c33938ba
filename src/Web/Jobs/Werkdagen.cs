namespace Besluitvorming.Web.Jobs;

/// <summary>Monday to Friday, the same notion of a working day as the workflow's deadlines (Overgangscontext.PlusWerkdagen).</summary>
public static class Werkdagen
{
    public static DateOnly Plus(DateOnly dag, int werkdagen)
    {
        var stap = werkdagen < 0 ? -1 : 1;
        for (var over = Math.Abs(werkdagen); over > 0;)
        {
            dag = dag.AddDays(stap);
            if (IsWerkdag(dag)) over--;
        }
        return dag;
    }

    public static bool IsWerkdag(DateOnly dag) => dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
