using Microsoft.Extensions.Options;

namespace Besluitvorming.Web.Mail;

/// <summary>The folder .eml files go to, resolved against the content root.</summary>
public sealed class MailMap(IOptions<MailOptions> opties, IHostEnvironment env)
{
    public string Pad { get; } = Path.GetFullPath(opties.Value.Map, env.ContentRootPath);

    public static string Bestandsnaam(string messageId) =>
        new(messageId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
}
