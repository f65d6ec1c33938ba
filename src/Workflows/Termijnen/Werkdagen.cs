namespace Besluitvorming.Workflows.Termijnen;

/// <summary>
/// The one notion of a working day (Monday to Friday, not a public holiday: see <see cref="Feestdagen"/>) behind every term: task deadlines, reminder and escalation
/// moments, meeting closing dates and the lead times the rules check.
/// </summary>
public static class Werkdagen
{
    public static bool IsWerkdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Feestdagen.IsFeestdag(dag);

    /// <summary>The day <paramref name="werkdagen"/> working days after <paramref name="dag"/> (before it when negative).</summary>
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

    /// <summary>Working days after <paramref name="van"/> up to and including <paramref name="tot"/>; negative when it lies behind.</summary>
    public static int Tussen(DateOnly van, DateOnly tot)
    {
        var teken = tot >= van ? 1 : -1;
        var (a, b) = teken == 1 ? (van, tot) : (tot, van);
        var n = 0;
        for (var d = a.AddDays(1); d <= b; d = d.AddDays(1))
            if (IsWerkdag(d)) n++;
        return teken * n;
    }
}
