namespace Besluitvorming.Web.Kalenders;

/// <summary>
/// A meeting of one body (DT, OR, B&amp;W, raad): date, start time, closing date for agenda items and whether it goes
/// ahead. Proposals are planned on it by date (their Gepland&lt;X&gt;), so moving or cancelling it goes through
/// <see cref="Vergaderplanning"/>, which takes them along. A cancelled meeting stays on record with its reason.
/// </summary>
public sealed class Vergaderdatum
{
    public const int RedenLengte = 500;
    public const int LocatieLengte = 200;

    public int Id { get; set; }
    public Vergadersoort Soort { get; set; }
    public DateOnly Datum { get; set; }
    public TimeOnly Aanvang { get; set; }
    public DateOnly Sluitingsdatum { get; set; }
    public string? Locatie { get; set; }
    public Vergaderstatus Status { get; set; } = Vergaderstatus.Gepland;
    /// <summary>The date it was on before its (first) move; null when it never moved.</summary>
    public DateOnly? OorspronkelijkeDatum { get; set; }
    /// <summary>Why it was moved or cancelled, as the stellers are told.</summary>
    public string? Reden { get; set; }

    public bool IsGeannuleerd => Status == Vergaderstatus.Geannuleerd;

    public void Verplaats(DateOnly datum, TimeOnly aanvang, DateOnly sluitingsdatum, string reden)
    {
        if (IsGeannuleerd) throw new InvalidOperationException("Een geannuleerde vergadering wordt niet verplaatst.");
        OorspronkelijkeDatum ??= Datum;
        Datum = datum;
        Aanvang = aanvang;
        Sluitingsdatum = sluitingsdatum;
        // Back on its first date it is simply planned again; the reason stays for whoever asks why it moved twice.
        Status = datum == OorspronkelijkeDatum ? Vergaderstatus.Gepland : Vergaderstatus.Verplaatst;
        if (Status == Vergaderstatus.Gepland) OorspronkelijkeDatum = null;
        Reden = reden.Trim();
    }

    public void Annuleer(string reden)
    {
        Status = Vergaderstatus.Geannuleerd;
        Reden = reden.Trim();
    }
}
