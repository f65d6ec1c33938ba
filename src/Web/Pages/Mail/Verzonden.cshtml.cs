using System.Text.RegularExpressions;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Mail;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Besluitvorming.Web.Pages.Mail;

/// <summary>
/// The .eml folder of the embedded default, readable in the browser: the list, one message, and its links to
/// click. For the beheerder; for everyone in Development. A personal link (<c>/Link/...</c>) lets whoever opens it
/// act as its holder, so it is shown only in the Development demo (where following the demo advisor's link is the
/// point); anywhere else it is blanked out.
/// </summary>
public sealed partial class VerzondenModel(MailMap map, IOptions<MailOptions> opties, IOptions<DatabaseOptions> database,
    IWebHostEnvironment env) : PageModel
{
    public const string Afgeschermd = "[persoonlijke link: alleen voor de ontvanger]";

    public sealed record Regel(string Bestand, DateTimeOffset Datum, string Aan, string Onderwerp);
    public sealed record Stuk(string Tekst, bool IsLink);

    public IReadOnlyList<Regel> Berichten { get; private set; } = [];
    public MimeMessage? Bericht { get; private set; }
    public IReadOnlyList<Stuk> Tekst { get; private set; } = [];
    public string? SmtpHost => opties.Value.GebruiktSmtp ? $"{opties.Value.SmtpHost}:{opties.Value.SmtpPoort}" : null;
    public string Map => map.Pad;
    public bool ToontPersoonlijkeLinks => env.IsDevelopment() && database.Value.DemoData;

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
        var tekst = Bericht.TextBody ?? "";
        if (!ToontPersoonlijkeLinks) tekst = PersoonlijkeLink().Replace(tekst, Afgeschermd);
        Tekst = Regex.Split(tekst, @"(https?://\S+)")
            .Where(s => s.Length > 0).Select(s => new Stuk(s, UrlPatroon().IsMatch(s))).ToList();
        return Page();
    }

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex UrlPatroon();

    /// <summary>A mail link with whatever follows /Link/ (its token, or a token's attachment path).</summary>
    [GeneratedRegex(@"https?://\S*?/Link/\S+")]
    private static partial Regex PersoonlijkeLink();
}
