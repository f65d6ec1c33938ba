namespace Besluitvorming.Web.Mail;

/// <summary>
/// What the dispatcher needs of a claimed outbox row to send it: read untracked, only these columns (not the status,
/// the attempts or the keys), straight from the claim statement (<see cref="Verzendclaim"/>).
/// </summary>
public sealed record TeVersturenMail(long Id, string MessageId, string AanAdres, string AanNaam, string Onderwerp, string Html,
    string Tekst, DateTime AangemaaktOp, string? VersleuteldToken)
{
    public static TeVersturenMail Van(UitgaandeMail m) =>
        new(m.Id, m.MessageId, m.AanAdres, m.AanNaam, m.Onderwerp, m.Html, m.Tekst, m.AangemaaktOp, m.VersleuteldToken);
}
