using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Besluitvorming.Web.Bijlagen;

/// <summary>
/// Reads a multipart form post itself, before the antiforgery check and model binding would read it under the
/// framework's limits (where one file too many megabytes lost the whole form to an error page). Form fields are read as
/// usual and acceptable files buffered (on disk past 64 kB); a file over Bijlagen:MaxBytes is read to its end without
/// being kept and only recorded (<see cref="TeGroteBestanden"/>), so the page puts the size message at that file's row
/// and keeps everything else. Only a post over Bijlagen:MaxVerzoekBytes gets a 413 page, a malformed one a 400 page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MultipartFormulierAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public sealed record TeGrootBestand(string Veld, string Bestandsnaam, long Grootte);

    private const int GeheugenGrens = 64 * 1024;

    /// <summary>Before the antiforgery filter (order 1000), which reads the form.</summary>
    public int Order => -1000;

    public static IReadOnlyList<TeGrootBestand> TeGroteBestanden(HttpContext http) =>
        http.Items[typeof(MultipartFormulierAttribute)] as IReadOnlyList<TeGrootBestand> ?? [];

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return;
        var opties = http.RequestServices.GetRequiredService<IOptions<BijlageOptions>>().Value;
        var formulier = http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limiet)
            limiet.MaxRequestBodySize = opties.MaxVerzoekBytes;

        var grens = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrWhiteSpace(grens) || grens.Length > formulier.MultipartBoundaryLengthLimit)
        {
            Weiger(context, StatusCodes.Status400BadRequest);
            return;
        }
        if (request.ContentLength > opties.MaxVerzoekBytes)
        {
            Weiger(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        try
        {
            var (velden, teGroot) = await LeesAsync(http, grens, opties, formulier);
            http.Features.Set<IFormFeature>(new FormFeature(velden));
            http.Items[typeof(MultipartFormulierAttribute)] = teGroot;
        }
        catch (Exception e) when (e is BegrensdeStroom.TeGrootException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            Weiger(context, StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !http.RequestAborted.IsCancellationRequested)
        {
            Weiger(context, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The status page follows; an empty form makes sure nothing reads the rest of the body after this.</summary>
    private static void Weiger(AuthorizationFilterContext context, int status)
    {
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(status);
    }

    private static async Task<(FormCollection, List<TeGrootBestand>)> LeesAsync(HttpContext http, string grens, BijlageOptions opties,
        FormOptions formulier)
    {
        var ct = http.RequestAborted;
        var lezer = new MultipartReader(grens, new BegrensdeStroom(http.Request.Body, opties.MaxVerzoekBytes))
        {
            HeadersCountLimit = formulier.MultipartHeadersCountLimit,
            HeadersLengthLimit = formulier.MultipartHeadersLengthLimit,
        };
        var velden = new KeyValueAccumulator();
        var bestanden = new FormFileCollection();
        var teGroot = new List<TeGrootBestand>();
        var buffer = new byte[81920];
        while (await lezer.ReadNextSectionAsync(ct) is { } sectie)
        {
            if (!ContentDispositionHeaderValue.TryParse(sectie.ContentDisposition, out var dispositie)
                || !dispositie.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                throw new InvalidDataException("Een deel van het formulier heeft geen geldige Content-Disposition.");
            var naam = HeaderUtilities.RemoveQuotes(dispositie.Name).Value ?? "";
            if (velden.ValueCount + bestanden.Count + teGroot.Count >= formulier.ValueCountLimit)
                throw new InvalidDataException("Het formulier heeft te veel velden.");

            if (dispositie.FileName.HasValue || dispositie.FileNameStar.HasValue)
            {
                var bestandsnaam = HeaderUtilities.RemoveQuotes(dispositie.FileNameStar.HasValue ? dispositie.FileNameStar : dispositie.FileName).Value ?? "";
                var (opslag, lengte) = await BufferAsync(sectie.Body, opties.MaxBytes, buffer, http, ct);
                // A file input left empty is sent as a nameless, empty file: nothing to bind.
                if (bestandsnaam.Length == 0 && lengte == 0) continue;
                if (opslag is null) teGroot.Add(new TeGrootBestand(naam, bestandsnaam, lengte));
                else bestanden.Add(new FormFile(opslag, 0, lengte, naam, bestandsnaam) { Headers = new HeaderDictionary(sectie.Headers) });
            }
            else
            {
                velden.Append(naam, await LeesWaardeAsync(sectie.Body, formulier.ValueLengthLimit, buffer, ct));
            }
        }
        return (new FormCollection(velden.GetResults(), bestanden), teGroot);
    }

    /// <summary>The file's bytes, or null and its length when it is over the limit (then it was read but not kept).</summary>
    private static async Task<(Stream?, long)> BufferAsync(Stream bron, long max, byte[] buffer, HttpContext http, CancellationToken ct)
    {
        Stream? opslag = new MemoryStream();
        long lengte = 0;
        int n;
        while ((n = await bron.ReadAsync(buffer, ct)) > 0)
        {
            lengte += n;
            if (opslag is null) continue;
            if (lengte > max)
            {
                await opslag.DisposeAsync();
                opslag = null;
                continue;
            }
            if (opslag is MemoryStream geheugen && lengte > GeheugenGrens)
            {
                var tijdelijk = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew,
                    FileAccess.ReadWrite, FileShare.None, 16 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                http.Response.RegisterForDisposeAsync(tijdelijk);
                geheugen.Position = 0;
                await geheugen.CopyToAsync(tijdelijk, ct);
                opslag = tijdelijk;
            }
            await opslag.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        if (opslag is not null) opslag.Position = 0;
        return (opslag, lengte);
    }

    private static async Task<string> LeesWaardeAsync(Stream bron, int max, byte[] buffer, CancellationToken ct)
    {
        using var waarde = new MemoryStream();
        int n;
        while ((n = await bron.ReadAsync(buffer, ct)) > 0)
        {
            if (waarde.Length + n > max) throw new BegrensdeStroom.TeGrootException();
            waarde.Write(buffer, 0, n);
        }
        return Encoding.UTF8.GetString(waarde.GetBuffer(), 0, (int)waarde.Length);
    }
}
