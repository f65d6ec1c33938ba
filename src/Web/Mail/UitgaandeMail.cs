namespace Besluitvorming.Web.Mail;

/// <summary>
/// One message in the transactional outbox: written in the same transaction as the change it reports, sent later
/// by <see cref="MailDispatcher"/>. The Message-Id is fixed when the row is written, so a resend after a crash
/// between sending and marking carries the same id and the receiving side can recognise the duplicate.
/// </summary>
public sealed class UitgaandeMail
{
    public long Id { get; private set; }
    public string MessageId { get; private set; } = "";
    public string AanAdres { get; private set; } = "";
    public string AanNaam { get; private set; } = "";
    public string Onderwerp { get; private set; } = "";
    public string Html { get; private set; } = "";
    public string Tekst { get; private set; } = "";
    public int? VoorstelId { get; private set; }
    /// <summary>The traject the mail is about (a step opened, a reminder), if any.</summary>
    public int? TrajectId { get; private set; }
    /// <summary>What the mail is about (see <see cref="MailSoorten"/>).</summary>
    public string Soort { get; private set; } = "";
    public DateTime AangemaaktOp { get; private set; }
    public int Pogingen { get; private set; }
    public DateTime VolgendePogingOp { get; private set; }
    public DateTime? VerzondenOp { get; private set; }
    public string? LaatsteFout { get; private set; }
    public MailStatus Status { get; private set; }
    /// <summary>Makes a mail that must go out once per occasion unique (a reminder for one deadline); null otherwise.</summary>
    public string? Sleutel { get; private set; }
    /// <summary>
    /// The token of the mail's personal link, encrypted (<see cref="Linktokenkluis"/>), while the mail still has to go
    /// out; <see cref="Html"/> and <see cref="Tekst"/> carry <see cref="Maillinks.Plaatshouder"/> instead. Cleared
    /// when the mail is sent; a failed mail keeps it until it is sent again.
    /// </summary>
    public string? VersleuteldToken { get; private set; }

    private UitgaandeMail() { }

    public UitgaandeMail(string domein, string aanAdres, string aanNaam, string onderwerp, string html, string tekst,
        int? voorstelId, string soort, DateTime nu, string? sleutel = null, string? versleuteldToken = null)
    {
        Sleutel = sleutel;
        VersleuteldToken = versleuteldToken;
        MessageId = $"{Guid.NewGuid():N}@{domein}";
        AanAdres = aanAdres;
        AanNaam = aanNaam;
        Onderwerp = onderwerp;
        Html = html;
        Tekst = tekst;
        VoorstelId = voorstelId;
        Soort = soort;
        AangemaaktOp = nu;
        VolgendePogingOp = nu;
        Status = MailStatus.Wachtend;
    }

    /// <summary>Marks the mail as being about a traject (set right after construction, before it is saved).</summary>
    public UitgaandeMail OverTraject(int trajectId)
    {
        TrajectId = trajectId;
        return this;
    }

    public void MarkeerVerzonden(DateTime nu)
    {
        Status = MailStatus.Verzonden;
        VerzondenOp = nu;
        LaatsteFout = null;
        // Only the recipient holds the link from now on.
        SchermLinksAf();
    }

    /// <summary>
    /// Keeps no usable token: drops the encrypted one, and blanks out any raw token in the body (mail written before
    /// tokens were kept apart had them there).
    /// </summary>
    public void SchermLinksAf()
    {
        VersleuteldToken = null;
        Html = Maillinks.SchermAf(Html);
        Tekst = Maillinks.SchermAf(Tekst);
    }

    /// <summary>Backoff doubles per attempt up to a ceiling; after the last attempt the message is given up.</summary>
    public void MarkeerMislukt(string fout, DateTime nu, MailOptions opties)
    {
        Pogingen++;
        LaatsteFout = fout.Length > 2000 ? fout[..2000] : fout;
        if (Pogingen >= opties.MaxPogingen)
        {
            Status = MailStatus.Mislukt;
            return;
        }
        var wacht = opties.EersteWachttijd * Math.Pow(2, Pogingen - 1);
        VolgendePogingOp = nu + (wacht < opties.MaxWachttijd ? wacht : opties.MaxWachttijd);
    }

    /// <summary>A dispatcher claimed the message and did not try it (the server went away): due again from <paramref name="nu"/>.</summary>
    public void GeefClaimVrij(DateTime nu)
    {
        if (Status == MailStatus.Wachtend) VolgendePogingOp = nu;
    }

    /// <summary>The beheerder sends a failed message again: a fresh round of attempts, the same Message-Id.</summary>
    public void OpnieuwVersturen(DateTime nu)
    {
        if (Status != MailStatus.Mislukt) throw new InvalidOperationException("Alleen een mislukt bericht kan opnieuw worden verstuurd.");
        Status = MailStatus.Wachtend;
        Pogingen = 0;
        VolgendePogingOp = nu;
    }
}
