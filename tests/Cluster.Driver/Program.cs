using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Besluitvorming.Cluster.Driver;
using Npgsql;

// The HTTP work of deploy/cluster-test.sh: one command per proof, each printing what it found and exiting 1 when a check
// fails. Usage: Besluitvorming.Cluster.Driver <opdracht> --a URL --b URL --proxy URL --db CONN --maildev URL [--teken FILE]
var opdracht = args.FirstOrDefault() ?? "";
var opties = new Dictionary<string, string>();
for (var i = 1; i + 1 < args.Length; i += 2) opties[args[i].TrimStart('-')] = args[i + 1];
var a = new Uri(opties.GetValueOrDefault("a", "http://127.0.0.1:15701"));
var b = new Uri(opties.GetValueOrDefault("b", "http://127.0.0.1:15702"));
var proxy = new Uri(opties.GetValueOrDefault("proxy", "http://127.0.0.1:15700"));
var db = opties.GetValueOrDefault("db", "");
var maildev = new Uri(opties.GetValueOrDefault("maildev", "http://127.0.0.1:15711"));
var teken = opties.GetValueOrDefault("teken", "");

var fouten = new List<string>();
void Controleer(bool goed, string wat)
{
    Console.WriteLine($"    {(goed ? "ok  " : "FOUT")} {wat}");
    if (!goed) fouten.Add(wat);
}

async Task<T> WaardeAsync<T>(string sql, params (string, object)[] parameters)
{
    await using var verbinding = new NpgsqlConnection(db);
    await verbinding.OpenAsync();
    await using var opdracht = new NpgsqlCommand(sql, verbinding);
    foreach (var (naam, waarde) in parameters) opdracht.Parameters.AddWithValue(naam, waarde);
    return (T)Convert.ChangeType((await opdracht.ExecuteScalarAsync())!, typeof(T));
}

async Task<List<(int Id, string Gebruiker)>> OpenAdviestakenAsync(int? voorstel = null)
{
    await using var verbinding = new NpgsqlConnection(db);
    await verbinding.OpenAsync();
    await using var opdracht = new NpgsqlCommand(
        "SELECT t.\"VoorstelId\", u.\"UserName\" FROM \"Taken\" t JOIN \"AspNetUsers\" u ON u.\"Id\" = t.\"HouderId\" "
        + "JOIN \"Voorstellen\" v ON v.\"Id\" = t.\"VoorstelId\" AND v.\"Onderwerp\" LIKE 'Clusterproef%' "
        + "WHERE t.\"Toestand\" = 'Open' AND t.\"Aspect\" IS NOT NULL AND (@v = 0 OR t.\"VoorstelId\" = @v) ORDER BY t.\"Id\"", verbinding);
    opdracht.Parameters.AddWithValue("v", voorstel ?? 0);
    var lijst = new List<(int, string)>();
    await using var lezer = await opdracht.ExecuteReaderAsync();
    while (await lezer.ReadAsync()) lijst.Add((lezer.GetInt32(0), lezer.GetString(1)));
    return lijst;
}

/// <summary>
/// Polls until the condition holds or the time is up (the machine may be busy: generous limits, short steps). The
/// instances are other processes on the system clock: nothing in them can be driven from here, so the driver waits for
/// a positive condition with a deadline, and never sleeps to show that something did not happen.
/// </summary>
async Task<bool> WachtOpAsync(Func<Task<bool>> voorwaarde, TimeSpan maximaal)
{
    var klok = Stopwatch.StartNew();
    while (klok.Elapsed < maximaal)
    {
        if (await voorwaarde()) return true;
        await Task.Delay(250);
    }
    return await voorwaarde();
}

async Task<List<double>> TimerafgiftesAsync()
{
    var perInstantie = new List<double>();
    using var http = new HttpClient();
    foreach (var instantie in new[] { a, b })
    {
        var metrics = await http.GetStringAsync(new Uri(instantie, "/metrics"));
        perInstantie.Add(Regex.Matches(metrics, "^besluitvorming_timers_vertraging_seconds_count\\{[^}]*termijnen[^}]*\\} (\\S+)", RegexOptions.Multiline)
            .Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }
    return perInstantie;
}

var klanten = new ConcurrentDictionary<string, Task<Klant>>();
Task<Klant> Als(string gebruiker, params Uri[] adressen) =>
    klanten.GetOrAdd($"{gebruiker}@{string.Join(",", adressen.Select(x => x.Port))}", _ => Klant.IngelogdAsync(gebruiker, adressen));

async Task<int> IndienenAsync(Klant steller, string onderwerp, params int[] aspecten)
{
    var formulier = await steller.PaginaAsync("/Voorstellen/Bewerken");
    var bw = formulier.QuerySelectorAll("select[name='Invoer.GeplandBw'] option").Select(o => o.GetAttribute("value") ?? "")
        .Where(v => v != "").ToList();
    var velden = new Dictionary<string, string>
    {
        ["Invoer.Onderwerp"] = onderwerp, ["Invoer.Portefeuillehouder"] = "H. Brauer", ["Invoer.Openbaarheid"] = "Ja",
        ["Invoer.BijlagenOpenbaar"] = "true", ["Invoer.GeplandBw"] = bw[Math.Min(8, bw.Count - 1)],
        // No OR and no raad, as a browser sends the lists left on their empty first option (the form refuses an OR
        // after the college or a raad before it; the form filler would otherwise take each list's first meeting).
        ["Invoer.GeplandOr"] = "", ["Invoer.GeplandOrNaBw"] = "", ["Invoer.GeplandRaad"] = "",
        ["Invoer.Dictum"] = "Instemmen met de aanpak.", ["Invoer.SamenvattingWatEnWaarom"] = "Omdat het nodig is.",
        ["Invoer.SamenvattingHoe"] = "Stap voor stap.", ["Invoer.Aanleiding"] = "Clusterproef.",
        ["Invoer.BudgettaireConsequenties"] = "false", ["Invoer.FormatieveConsequenties"] = "false",
    };
    foreach (var aspect in aspecten) velden[$"Invoer.Aspecten[{aspect}].AdviesGevraagd"] = "true";
    var antwoord = await steller.VerstuurAsync("/Voorstellen/Bewerken", velden, knop: "Opslaan en indienen");
    var pad = antwoord.Headers.Location?.OriginalString ?? "";
    if (antwoord.StatusCode != HttpStatusCode.Redirect || !pad.StartsWith("/Voorstellen/"))
        throw new InvalidOperationException($"indienen '{onderwerp}': HTTP {(int)antwoord.StatusCode} {pad} {await Meldingen(antwoord)}");
    return int.Parse(pad.Split('/')[2]);
}

static async Task<string> Meldingen(HttpResponseMessage antwoord)
{
    if (antwoord.StatusCode != HttpStatusCode.OK) return "";
    var html = await antwoord.Content.ReadAsStringAsync();
    return string.Join(" | ", Regex.Matches(html, "class=\"(?:veld-fout|melding--fout)[^\"]*\"[^>]*>([^<]+)<").Select(m => m.Groups[1].Value.Trim()));
}

async Task DoeAsync(Klant wie, int id, string trigger, Dictionary<string, string>? velden = null)
{
    var antwoord = await wie.VerstuurAsync($"/Voorstellen/{id}/Actie/{trigger}", velden ?? []);
    if (antwoord.StatusCode != HttpStatusCode.Redirect)
        throw new InvalidOperationException($"{trigger} op voorstel {id}: HTTP {(int)antwoord.StatusCode} {await Meldingen(antwoord)}");
}

// The instances run on the system clock of this machine (no adjustable clock outside the test host), so their "today" is
// this process's.
var vandaag = DateTime.Today.ToString("yyyy-MM-dd");
switch (opdracht)
{
    case "inloggen":
    {
        Console.WriteLine("(1) Een login op instantie A geldt op instantie B (Data Protection-sleutels in de database)");
        var opA = await Klant.IngelogdAsync("steller", a);
        var viaA = await opA.GetAsync("/");
        Controleer(viaA.StatusCode == HttpStatusCode.OK, $"ingelogd op A ({a}), GET / op A: HTTP {(int)viaA.StatusCode}");
        var opB = await opA.Naar(b).GetAsync("/");
        Controleer(opB.StatusCode == HttpStatusCode.OK, $"dezelfde cookie op B ({b}), GET / op B: HTTP {(int)opB.StatusCode} {opB.Headers.Location}");
        var zonder = await new Klant(new CookieContainer(), b).GetAsync("/");
        Controleer(zonder.StatusCode == HttpStatusCode.Redirect, $"zonder cookie stuurt B naar inloggen: HTTP {(int)zonder.StatusCode}");
        var viaProxy = await opA.Naar(proxy).GetAsync("/");
        Controleer(viaProxy.StatusCode == HttpStatusCode.OK, $"dezelfde cookie via nginx ({proxy}): HTTP {(int)viaProxy.StatusCode}");
        break;
    }
    case "route":
    {
        Console.WriteLine("(2) Een voorstel langs alle poorten, elk verzoek afwisselend naar A en B");
        var beide = new[] { a, b };
        var id = await IndienenAsync(await Als("steller", beide), "Clusterproef route", 1, 2);
        var stappen = new List<string>();
        for (var stap = 0; stap < 20; stap++)
        {
            var status = await WaardeAsync<string>("SELECT \"Status\" FROM \"Voorstellen\" WHERE \"Id\" = @id", ("id", id));
            stappen.Add(status);
            if (status is "Besloten" or "Gepubliceerd") break;
            switch (status)
            {
                case "ParaafAfdelingshoofd": await DoeAsync(await Als("afdelingshoofd", beide), id, "Paraferen"); break;
                case "InAdvies":
                    foreach (var (_, gebruiker) in await OpenAdviestakenAsync(id))
                        await DoeAsync(await Als(gebruiker, beide), id, "AdviesUitbrengen", new() { ["Invoer.Instemming"] = "true" });
                    break;
                case "Directieteam":
                    await DoeAsync(await Als("dtsecretaris", beide), id, "DirectiebesluitVastleggen",
                        new() { ["Invoer.Datum"] = vandaag, ["Invoer.Tekst"] = "Conform advies." });
                    break;
                case "OndernemingsRaad":
                    await DoeAsync(await Als("orsecretaris", beide), id, "OrAdviesVastleggen",
                        new() { ["Invoer.Datum"] = vandaag, ["Invoer.Tekst"] = "Positief advies." });
                    break;
                case "CollegeVanBW":
                    var bw = await WaardeAsync<string>("SELECT to_char(\"GeplandBw\", 'YYYY-MM-DD') FROM \"Voorstellen\" WHERE \"Id\" = @id", ("id", id));
                    await DoeAsync(await Als("secretariaat", beide), id, "Instemmen", new()
                    {
                        ["Invoer.Datum"] = bw, ["Invoer.Volgnummer"] = "1", ["Invoer.BehandelendTeam"] = "MOADO",
                        ["Invoer.Tekst"] = "Het college stemt in.",
                    });
                    break;
                case "Gemeenteraad":
                    await DoeAsync(await Als("griffie", beide), id, "RaadVaststellen",
                        new() { ["Invoer.Datum"] = vandaag, ["Invoer.Tekst"] = "De raad stelt vast." });
                    break;
                default: throw new InvalidOperationException($"onbekende status {status}");
            }
        }
        Console.WriteLine($"    voorstel {id}: {string.Join(" -> ", stappen)}");
        Controleer(stappen[^1] is "Besloten" or "Gepubliceerd", $"het voorstel eindigt besloten (eindstatus {stappen[^1]})");
        var dubbel = await WaardeAsync<long>("SELECT count(*) FROM (SELECT \"VanStatus\", \"NaarStatus\", \"Soort\" FROM \"Gebeurtenissen\" "
            + "WHERE \"VoorstelId\" = @id AND \"NaarStatus\" IS NOT NULL AND \"NaarStatus\" <> \"VanStatus\" GROUP BY 1, 2, 3 HAVING count(*) > 1) d", ("id", id));
        Controleer(dubbel == 0, $"geen overgang dubbel in de tijdlijn ({dubbel} dubbel)");
        break;
    }
    case "timers":
    {
        var aantalVoorstellen = int.Parse(opties.GetValueOrDefault("voorstellen", "50"));
        Console.WriteLine($"(3) {aantalVoorstellen * 4} timers (herinnering + escalatie van {aantalVoorstellen * 2} adviestaken) gaan over A en B samen precies één keer af");
        var steller = await Als("steller", proxy);
        var afdelingshoofd = await Als("afdelingshoofd", proxy);
        var ids = new ConcurrentBag<int>();
        await Parallel.ForEachAsync(Enumerable.Range(1, aantalVoorstellen), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, _) =>
        {
            var id = await IndienenAsync(steller, $"Clusterproef timer {n}", 1, 2);
            await DoeAsync(afdelingshoofd, id, "Paraferen");
            ids.Add(id);
        });
        var lijst = string.Join(",", ids);
        var taken = await WaardeAsync<long>($"SELECT count(*) FROM \"Taken\" WHERE \"Toestand\" = 'Open' AND \"Aspect\" IS NOT NULL AND \"VoorstelId\" IN ({lijst})");
        Controleer(taken == aantalVoorstellen * 2, $"{taken} open adviestaken");
        var verwacht = aantalVoorstellen * 4;
        // This run's timers only: the demo proposals have timers of their own.
        var eigen = $"trigger_group = 'termijnen' AND trigger_name IN (SELECT s || '-' || t.\"Id\" FROM \"Taken\" t "
            + $"CROSS JOIN (VALUES ('herinnering'), ('escalatie')) AS z(s) WHERE t.\"VoorstelId\" IN ({lijst}))";
        var gepland = await WachtOpAsync(async () => await WaardeAsync<long>($"SELECT count(*) FROM qrtz_triggers WHERE {eigen}") == verwacht,
            TimeSpan.FromSeconds(60));
        Controleer(gepland, $"{await WaardeAsync<long>($"SELECT count(*) FROM qrtz_triggers WHERE {eigen}")} timers gepland in de gedeelde job store");
        var voor = await WaardeAsync<long>("SELECT count(*) FROM \"UitgaandeMails\" WHERE \"Soort\" IN ('Herinnering', 'Escalatie')");
        var metingVoor = await TimerafgiftesAsync();
        // Their moment arrives: the same as a clock passing the reminder and escalation days, without waiting days. "Now" is
        // the system clock, the one the instances' schedulers compare fire times with.
        var verzet = await WaardeAsync<long>($"WITH z AS (UPDATE qrtz_triggers SET next_fire_time = @nu WHERE {eigen} RETURNING 1) SELECT count(*) FROM z",
            ("nu", DateTimeOffset.UtcNow.UtcTicks));
        Console.WriteLine($"    {verzet} timers op nu gezet");
        var klok = Stopwatch.StartNew();
        var afgegaan = await WachtOpAsync(async () =>
            await WaardeAsync<long>($"SELECT count(*) FROM qrtz_triggers WHERE {eigen}") == 0
            && await WaardeAsync<long>("SELECT count(*) FROM qrtz_fired_triggers") == 0, TimeSpan.FromMinutes(3));
        Controleer(afgegaan, $"alle timers afgegaan na {klok.Elapsed.TotalSeconds:0.0} s");
        var metingNa = await TimerafgiftesAsync();
        var perInstantie = metingNa.Zip(metingVoor, (na, voor) => na - voor).ToList();
        Console.WriteLine($"    afgegaan op A: {perInstantie[0]}, op B: {perInstantie[1]} (uit /metrics van elke instantie)");
        Controleer(perInstantie.Sum() == verwacht, $"samen {perInstantie.Sum()} keer afgegaan, verwacht {verwacht}");
        var mails = await WaardeAsync<long>("SELECT count(*) FROM \"UitgaandeMails\" WHERE \"Soort\" IN ('Herinnering', 'Escalatie')") - voor;
        var dubbeleMails = await WaardeAsync<long>("SELECT count(*) FROM (SELECT \"Sleutel\", \"AanAdres\" FROM \"UitgaandeMails\" "
            + "WHERE \"Soort\" IN ('Herinnering', 'Escalatie') GROUP BY 1, 2 HAVING count(*) > 1) d");
        Controleer(mails > 0 && dubbeleMails == 0, $"{mails} herinnerings- en escalatiemails in de outbox, {dubbeleMails} dubbel");
        break;
    }
    case "belasting":
    {
        var totaal = int.Parse(opties.GetValueOrDefault("verzoeken", "500"));
        var killNa = int.Parse(opties.GetValueOrDefault("kill-na", "150"));
        Console.WriteLine($"(4) {totaal} gelijktijdige advies- en opmerking-POSTs via nginx; instantie A krijgt kill -9 na {killNa} antwoorden");
        var taken = await OpenAdviestakenAsync();
        var voorstellen = taken.Select(t => t.Id).Distinct().ToList();
        var werk = new List<(string Soort, int Voorstel, string Gebruiker, string Tekst)>();
        foreach (var (voorstel, gebruiker) in taken) werk.Add(("advies", voorstel, gebruiker, ""));
        for (var i = 0; werk.Count < totaal; i++)
            werk.Add(("opmerking", voorstellen[i % voorstellen.Count], "steller", $"Clusterproef opmerking {i} {Guid.NewGuid():N}"));
        werk = werk.OrderBy(_ => Random.Shared.Next()).ToList();
        foreach (var g in werk.Select(w => w.Gebruiker).Distinct()) await Als(g, proxy);

        var bevestigd = new ConcurrentBag<(string Soort, int Voorstel, string Gebruiker, string Tekst)>();
        var mislukt = new ConcurrentDictionary<string, int>();
        var antwoorden = 0;
        await Parallel.ForEachAsync(werk, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (w, _) =>
        {
            try
            {
                var klant = await Als(w.Gebruiker, proxy);
                var antwoord = w.Soort == "advies"
                    ? await klant.VerstuurAsync($"/Voorstellen/{w.Voorstel}/Actie/AdviesUitbrengen", new() { ["Invoer.Instemming"] = "true" })
                    : await klant.VerstuurAsync($"/Voorstellen/{w.Voorstel}", new() { ["tekst"] = w.Tekst }, selector: "form[data-opmerking]");
                if (antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location?.OriginalString == $"/Voorstellen/{w.Voorstel}")
                    bevestigd.Add(w);
                else mislukt.AddOrUpdate($"HTTP {(int)antwoord.StatusCode}", 1, (_, n) => n + 1);
            }
            catch (Exception e)
            {
                mislukt.AddOrUpdate($"{e.GetType().Name} ({e.Message[..Math.Min(60, e.Message.Length)]})", 1, (_, n) => n + 1);
            }
            if (Interlocked.Increment(ref antwoorden) == killNa && teken != "") await File.WriteAllTextAsync(teken, "kill");
        });
        Console.WriteLine($"    bevestigd: {bevestigd.Count(w => w.Soort == "advies")} adviezen, {bevestigd.Count(w => w.Soort == "opmerking")} opmerkingen; "
            + $"niet bevestigd: {string.Join(", ", mislukt.Select(m => $"{m.Value}x {m.Key}"))}");
        Controleer(bevestigd.Count > killNa, $"{bevestigd.Count} van {totaal} verzoeken bevestigd");

        var opmerkingen = await WaardeAsync<long>("SELECT count(*) FROM \"Gebeurtenissen\" WHERE \"Omschrijving\" LIKE 'Opmerking: Clusterproef opmerking %'");
        var ontbrekend = 0;
        foreach (var w in bevestigd.Where(w => w.Soort == "opmerking"))
            if (await WaardeAsync<long>("SELECT count(*) FROM \"Gebeurtenissen\" WHERE \"VoorstelId\" = @v AND \"Omschrijving\" = @t",
                    ("v", w.Voorstel), ("t", "Opmerking: " + w.Tekst)) != 1)
                ontbrekend++;
        Controleer(ontbrekend == 0, $"elke bevestigde opmerking staat één keer in de tijdlijn ({ontbrekend} niet; {opmerkingen} opmerkingen in totaal)");
        var adviesOntbreekt = 0;
        foreach (var w in bevestigd.Where(w => w.Soort == "advies"))
            if (await WaardeAsync<long>("SELECT count(*) FROM \"Taken\" t JOIN \"AspNetUsers\" u ON u.\"Id\" = t.\"HouderId\" "
                    + "WHERE t.\"VoorstelId\" = @v AND u.\"UserName\" = @g AND t.\"Aspect\" IS NOT NULL AND t.\"Toestand\" <> 'Open'", ("v", w.Voorstel), ("g", w.Gebruiker)) != 1)
                adviesOntbreekt++;
        Controleer(adviesOntbreekt == 0, $"elk bevestigd advies heeft zijn taak gesloten ({adviesOntbreekt} niet)");
        var dubbel = await WaardeAsync<long>("SELECT count(*) FROM (SELECT \"VoorstelId\", \"ActorId\", \"Soort\", \"VanStatus\", \"NaarStatus\" "
            + "FROM \"Gebeurtenissen\" WHERE \"Soort\" <> 'Opmerking' AND \"Soort\" LIKE 'Advies%' GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) d");
        Controleer(dubbel == 0, $"geen advies of overgang dubbel ({dubbel} dubbel)");
        break;
    }
    case "mail":
    {
        Console.WriteLine("    mail: elke mail uit de outbox bij de SMTP-server, één keer (op de mail na die een gedode instantie aan het versturen was)");
        var leeg = await WachtOpAsync(async () => await WaardeAsync<long>("SELECT count(*) FROM \"UitgaandeMails\" WHERE \"VerzondenOp\" IS NULL") == 0,
            TimeSpan.FromMinutes(3));
        var verzonden = await WaardeAsync<long>("SELECT count(*) FROM \"UitgaandeMails\" WHERE \"VerzondenOp\" IS NOT NULL");
        Controleer(leeg, $"de outbox is leeg ({verzonden} verzonden, {await WaardeAsync<long>("SELECT count(*) FROM \"UitgaandeMails\" WHERE \"VerzondenOp\" IS NULL")} over)");
        using var http = new HttpClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri(maildev, "/api/email")));
        var ontvangen = json.RootElement.EnumerateArray()
            .Select(m => m.GetProperty("headers").TryGetProperty("message-id", out var id) ? id.GetString()!.Trim('<', '>') : "").ToList();
        var uitOutbox = new HashSet<string>();
        await using (var verbinding = new NpgsqlConnection(db))
        {
            await verbinding.OpenAsync();
            await using var lezer = await new NpgsqlCommand("SELECT \"MessageId\" FROM \"UitgaandeMails\" WHERE \"VerzondenOp\" IS NOT NULL", verbinding)
                .ExecuteReaderAsync();
            while (await lezer.ReadAsync()) uitOutbox.Add(lezer.GetString(0).Trim('<', '>'));
        }
        var dubbel = ontvangen.GroupBy(i => i).Count(g => g.Count() > 1);
        var ontbreekt = uitOutbox.Count(id => !ontvangen.Contains(id));
        var onbekend = ontvangen.Count(id => !uitOutbox.Contains(id));
        Console.WriteLine($"    maildev ontving {ontvangen.Count} berichten, de outbox verzond {verzonden}");
        // The dispatcher records a send after the SMTP server accepted it: an instance killed in between leaves that one
        // mail to be sent again after Mail:Claimduur, with the same Message-ID (MailDispatcher). So per killed instance
        // at most one mail may arrive twice; more, or one never arriving, is a failure.
        var toegestaan = int.Parse(opties.GetValueOrDefault("gedode-instanties", "0"));
        var meerDanTwee = ontvangen.GroupBy(i => i).Count(g => g.Count() > 2);
        Controleer(ontbreekt == 0 && onbekend == 0 && meerDanTwee == 0 && dubbel <= toegestaan,
            $"elke verzonden mail ontvangen, {dubbel} twee keer (toegestaan: {toegestaan}, de mail die een gedode instantie verstuurde "
            + $"maar niet meer kon vastleggen, opnieuw met dezelfde Message-ID); {ontbreekt} niet ontvangen, {onbekend} niet uit de outbox");
        break;
    }
    case "last":
    {
        // Until the stop file exists: GETs through nginx, logged in; every answer other than 200 is a failure.
        var klant = await Als("steller", proxy);
        long goed = 0, fout = 0;
        var redenen = new ConcurrentDictionary<string, int>();
        var stop = opties.GetValueOrDefault("stop", "");
        await Parallel.ForEachAsync(Enumerable.Range(0, 4), async (n, _) =>
        {
            while (!File.Exists(stop))
            {
                try
                {
                    var antwoord = await klant.GetAsync(n % 2 == 0 ? "/" : "/Voorstellen");
                    if (antwoord.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref goed);
                    else { Interlocked.Increment(ref fout); redenen.AddOrUpdate($"HTTP {(int)antwoord.StatusCode}", 1, (_, x) => x + 1); }
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref fout);
                    redenen.AddOrUpdate(e.GetType().Name, 1, (_, x) => x + 1);
                }
            }
        });
        Console.WriteLine($"    laadlus via nginx: {goed} verzoeken goed, {fout} mislukt {string.Join(", ", redenen.Select(r => $"{r.Value}x {r.Key}"))}");
        Controleer(goed > 0 && fout == 0, "geen mislukt verzoek tijdens de rollende herstart");
        break;
    }
    default:
        Console.Error.WriteLine("opdracht: inloggen | route | timers | belasting | mail | last");
        return 2;
}
return fouten.Count == 0 ? 0 : 1;
