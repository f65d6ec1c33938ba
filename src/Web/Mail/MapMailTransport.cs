using MimeKit;

namespace Besluitvorming.Web.Mail;

/// <summary>
/// The embedded default: every message becomes an .eml file, named after its Message-Id (a resend overwrites it).
/// The file is the delivered mail, personal links included, so on Unix only the app's own account may read it.
/// </summary>
public sealed class MapMailTransport(MailMap map) : IMailTransport, IMailSessie
{
    public Task<IMailSessie> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSessie>(this);

    public async Task VerstuurAsync(MimeMessage bericht, CancellationToken ct)
    {
        Directory.CreateDirectory(map.Pad);
        var naam = $"{bericht.Date.UtcDateTime:yyyyMMdd-HHmmss}-{MailMap.Bestandsnaam(bericht.MessageId ?? Guid.NewGuid().ToString("N"))}.eml";
        var tijdelijk = Path.Combine(map.Pad, naam + ".tmp");
        var opties = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) opties.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var bestand = new FileStream(tijdelijk, opties))
            await bericht.WriteToAsync(bestand, ct);
        File.Move(tijdelijk, Path.Combine(map.Pad, naam), overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
