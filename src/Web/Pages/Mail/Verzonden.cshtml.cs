using System.Text.RegularExpressions;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Besluitvorming.Web.Pages.Mail;

/// <summary>
/// The .eml folder of the embedded default, readable in the browser: the list, one message, and its links to
/// click (the demo user follows an advice link from here). For the beheerder; for everyone in Development.
/// </summary>
public sealed partial class VerzondenModel(MailMap map, IOptions<MailOptions> opties, IWebHostEnvironment env) : PageModel
{
    public sealed record Regel(string Bestand, DateTimeOffset Datum, string Aan, string Onderwerp);
    public sealed record Stuk(string Tekst, bool IsLink);

    public IReadOnlyList<Regel> Berichten { get; private set; } = [];
    public MimeMessage? Bericht { get; private set; }
    public IReadOnlyList<Stuk> Tekst { get; private set; } = [];
    public string? SmtpHost => opties.Value.GebruiktSmtp ? $"{opties.Value.SmtpHost}:{opties.Value.SmtpPoort}" : null;
    public string Map => map.Pad;

    public async Task<IActionResult> OnGetAsync(string? bestand)
    {
        if (!env.IsDevelopment() && !User.IsInRole(Rollen.Beheerder)) return Forbid();
        var bestanden = Directory.Exists(map.Pad)
            ? new DirectoryInfo(map.Pad).GetFiles("*.eml").OrderByDescending(f => f.Name).Take(500).ToList()
            : [];
        if (bestand is null)
        {
            var lijst = new List<Regel>();
            foreach (var f in bestanden)
            {
                var m = await MimeMessage.LoadAsync(f.FullName);
                lijst.Add(new Regel(f.Name, m.Date, m.To.ToString(), m.Subject ?? ""));
            }
            Berichten = lijst;
            return Page();
        }
        // Only a name from the folder's own listing: no paths from the request.
        var gekozen = bestanden.FirstOrDefault(f => f.Name == bestand);
        if (gekozen is null) return NotFound();
        Bericht = await MimeMessage.LoadAsync(gekozen.FullName);
        Tekst = Regex.Split(Bericht.TextBody ?? "", @"(https?://\S+)")
            .Where(s => s.Length > 0).Select(s => new Stuk(s, UrlPatroon().IsMatch(s))).ToList();
        return Page();
    }

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex UrlPatroon();
}
