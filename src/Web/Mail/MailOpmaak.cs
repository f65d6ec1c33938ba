using System.Net;
using System.Text;
using MimeKit;

namespace Besluitvorming.Web.Mail;

/// <summary>Renders <see cref="MailInhoud"/> as HTML and plain text, and an outbox row as a MIME message.</summary>
public static class MailOpmaak
{
    public static string Tekst(MailInhoud i)
    {
        var sb = new StringBuilder();
        sb.AppendLine(i.Aanhef).AppendLine();
        foreach (var a in i.Alineas) sb.AppendLine(a).AppendLine();
        foreach (var (label, waarde) in i.Gegevens)
        {
            if (!waarde.Contains('\n'))
            {
                sb.AppendLine($"{label}: {waarde}");
                continue;
            }
            // A list (dictum, attachments) or a paragraph: one indented line each, under its label.
            sb.AppendLine($"{label}:");
            foreach (var regel in waarde.Split('\n')) sb.AppendLine($"  {regel.TrimEnd('\r')}");
        }
        if (i.Link is not null) sb.AppendLine().AppendLine($"{i.LinkTekst ?? "Openen"}: {i.Link}");
        if (i.Voetnoot is not null) sb.AppendLine().AppendLine(i.Voetnoot);
        sb.AppendLine().AppendLine("-- ").AppendLine("Besluitvorming – collegevoorstellen van concept tot besluit");
        return sb.ToString();
    }

    public static string Html(MailInhoud i)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>").Append(E(i.Onderwerp)).Append("</title></head>");
        sb.Append("<body style=\"font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a\">");
        sb.Append("<p>").Append(E(i.Aanhef)).Append("</p>");
        foreach (var a in i.Alineas) sb.Append("<p style=\"white-space:pre-line\">").Append(E(a)).Append("</p>");
        if (i.Gegevens.Count > 0)
        {
            sb.Append("<table role=\"presentation\" style=\"border-collapse:collapse\">");
            foreach (var (label, waarde) in i.Gegevens)
                sb.Append("<tr><th style=\"text-align:left;padding:2px 12px 2px 0;vertical-align:top\">").Append(E(label))
                  .Append("</th><td style=\"padding:2px 0;white-space:pre-line\">").Append(E(waarde)).Append("</td></tr>");
            sb.Append("</table>");
        }
        if (i.Link is not null)
            sb.Append("<p><a href=\"").Append(E(i.Link)).Append("\" style=\"display:inline-block;padding:8px 16px;background:#01689b;color:#fff;text-decoration:none\">")
              .Append(E(i.LinkTekst ?? "Openen")).Append("</a></p><p style=\"font-size:13px\">Werkt de knop niet? Kopieer dan deze link: ")
              .Append(E(i.Link)).Append("</p>");
        if (i.Voetnoot is not null) sb.Append("<p style=\"font-size:13px;color:#555\">").Append(E(i.Voetnoot)).Append("</p>");
        sb.Append("<p style=\"font-size:13px;color:#555\">Besluitvorming – collegevoorstellen van concept tot besluit</p></body></html>");
        return sb.ToString();
    }

    /// <summary>
    /// The message to send; <paramref name="token"/> (decrypted just now) goes where the stored body has the link placeholder.
    /// With <paramref name="eerst"/>, the body's end waits for that task when the message is written out (see
    /// <see cref="Vastleggingspoort"/>).
    /// </summary>
    public static MimeMessage Bericht(UitgaandeMail mail, MailOptions opties, string? token = null, Task? eerst = null) =>
        Bericht(TeVersturenMail.Van(mail), opties, token, eerst);

    /// <inheritdoc cref="Bericht(UitgaandeMail, MailOptions, string?, Task?)"/>
    public static MimeMessage Bericht(TeVersturenMail mail, MailOptions opties, string? token = null, Task? eerst = null)
    {
        var bericht = new MimeMessage
        {
            MessageId = mail.MessageId,
            Subject = mail.Onderwerp,
            Date = new DateTimeOffset(DateTime.SpecifyKind(mail.AangemaaktOp, DateTimeKind.Utc)),
        };
        bericht.From.Add(new MailboxAddress(opties.AfzenderNaam, opties.Afzender));
        bericht.To.Add(new MailboxAddress(mail.AanNaam, mail.AanAdres));
        bericht.Headers.Add("Auto-Submitted", "auto-generated");
        // What BodyBuilder makes of a text and an HTML body, built here so the dispatcher's variant is the same message.
        var alternatief = eerst is null ? new MultipartAlternative() : new Vastleggingspoort(eerst);
        alternatief.Add(new TextPart(MimeKit.Text.TextFormat.Plain) { Text = token is null ? mail.Tekst : Maillinks.VulIn(mail.Tekst, token) });
        alternatief.Add(new TextPart(MimeKit.Text.TextFormat.Html) { Text = token is null ? mail.Html : Maillinks.VulIn(mail.Html, token) });
        bericht.Body = alternatief;
        return bericht;
    }
}
