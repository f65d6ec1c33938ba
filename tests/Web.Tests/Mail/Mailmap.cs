using MimeKit;

namespace Besluitvorming.Web.Tests.Mail;

/// <summary>Reads what the app wrote to its .eml folder (the embedded default transport).</summary>
public static class Mailmap
{
    public static IReadOnlyList<MimeMessage> Berichten(BesluitvormingFabriek fabriek) =>
        Directory.Exists(fabriek.MailMap)
            ? Directory.GetFiles(fabriek.MailMap, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];

    /// <summary>
    /// Runs the dispatcher and returns the first message that matches. With the background loop on, a round of its own
    /// may be writing the message just then: then this looks again until the deadline.
    /// </summary>
    public static async Task<MimeMessage> WachtOpAsync(BesluitvormingFabriek fabriek, Func<MimeMessage, bool> past, int seconden = 30)
    {
        var tot = DateTime.UtcNow.AddSeconds(seconden);
        while (true)
        {
            await fabriek.VerstuurMailAsync();
            var gevonden = Berichten(fabriek).FirstOrDefault(past);
            if (gevonden is not null) return gevonden;
            if (DateTime.UtcNow > tot)
                throw new TimeoutException("Verwachte mail kwam niet aan. Geschreven: " +
                    string.Join(" | ", Berichten(fabriek).Select(b => $"{b.To}: {b.Subject}")));
            await Task.Delay(200);
        }
    }

    public static bool Aan(this MimeMessage m, string adres) => m.To.Mailboxes.Any(a => a.Address == adres);

    public static string LinkPad(this MimeMessage m) =>
        new MaildevBericht("", m.Subject ?? "", m.TextBody ?? "", m.HtmlBody ?? "", "", m.MessageId ?? "").LinkPad();
}
