namespace Besluitvorming.Web.Tests.Mail;

/// <summary>
/// An app host on a database file that outlives it, with a clock the test moves: start one, stop it, move the clock,
/// start the next on the same database (or on the database file moved elsewhere), as a restart would. Mail stays in
/// the outbox until the test runs the dispatcher.
/// </summary>
public sealed class TermijnFabriek : BesluitvormingFabriek
{
    public TermijnFabriek(string database, VerstelbareKlok klok, bool herplanBijStart = true)
    {
        Klok = klok;
        VerzendenOpAchtergrond = false;
        ExtraInstellingen["Database:ConnectionString"] = $"Data Source={database}";
        ExtraInstellingen["Jobs:HerplanBijStart"] = herplanBijStart ? "true" : "false";
    }
}
