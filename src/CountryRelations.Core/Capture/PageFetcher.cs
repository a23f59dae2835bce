using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CountryRelations.History;

namespace CountryRelations.Capture;

/// <summary>
/// Fetches pages politely and safely: http and https only, one request at a time per host with a rest between,
/// conditional GET, redirects followed (each hop checked) up to a limit, bodies capped at what the importer takes,
/// text turned to UTF-8 from the charset the header or the document names. The client it is given carries the
/// user agent, the retries (429 and 5xx, honouring Retry-After) and the guard against private addresses.
/// </summary>
public sealed partial class PageFetcher(HttpClient http, CaptureOptions options, HostGate gate)
{
    static PageFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The page at <paramref name="address"/>; <paramref name="etag"/> and <paramref name="lastModified"/> make it conditional.</summary>
    /// <exception cref="FetchFailedException">Not fetched: refused address, too many redirects, an error status, too large.</exception>
    public async Task<FetchedPage> FetchAsync(Uri address, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await SendAsync(address, etag, lastModified, cancellationToken);
        if (answer.Status == (int)HttpStatusCode.NotModified)
        {
            return new FetchedPage(answer.Url.ToString(), answer.Status, etag, lastModified, null, Stopwatch.GetElapsedTime(started));
        }

        if (answer.Status is < 200 or > 299)
        {
            throw new FetchFailedException($"{answer.Url} answered HTTP {answer.Status}.", answer.Status, answer.Url.ToString());
        }

        return new FetchedPage(answer.Url.ToString(), answer.Status, answer.ETag, answer.LastModified, ToUtf8(answer.Body, answer.ContentType), Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Any answer at all, whatever its status (for robots.txt, whose 4xx and 5xx mean different things).</summary>
    internal Task<Answer> SendAsync(Uri address, CancellationToken cancellationToken) => SendAsync(address, null, null, cancellationToken);

    internal sealed record Answer(Uri Url, int Status, string? ETag, string? LastModified, string? ContentType, byte[] Body);

    private async Task<Answer> SendAsync(Uri address, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var current = address;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                throw new FetchFailedException($"{current} is not an http or https address.", url: current.ToString());
            }

            Answer answer;
            try
            {
                answer = await gate.RunAsync(current.Authority, options.MinimumHostDelay, () => OneRequestAsync(current, etag, lastModified, cancellationToken), cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                var refused = FindPrivate(exception);
                throw new FetchFailedException(refused?.Message ?? exception.Message, url: current.ToString(), inner: (Exception?)refused ?? exception);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new FetchFailedException($"{current} did not answer within {options.RequestTimeout.TotalSeconds:F0} s.", url: current.ToString());
            }

            if (answer.Status is not (301 or 302 or 303 or 307 or 308))
            {
                return answer;
            }

            var location = answer.ContentType;
            if (hop >= options.MaxRedirects || location is null || !Uri.TryCreate(current, location, out var next))
            {
                throw new FetchFailedException(hop >= options.MaxRedirects
                    ? $"{address} redirects more than {options.MaxRedirects} times."
                    : $"{current} redirects without a usable Location.", answer.Status, current.ToString());
            }

            current = next;
        }
    }

    // One request, its body read inside the host's turn and capped; for a redirect, ContentType carries the Location.
    private async Task<Answer> OneRequestAsync(Uri address, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain", 0.9));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.1));
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var status = (int)response.StatusCode;
        if (status is 301 or 302 or 303 or 307 or 308)
        {
            return new Answer(address, status, null, null, response.Headers.Location?.OriginalString, []);
        }

        if (response.Content.Headers.ContentLength > HistoryLimits.MaxDocumentBytes)
        {
            throw new FetchFailedException($"{address} is {response.Content.Headers.ContentLength} bytes; at most {HistoryLimits.MaxDocumentBytes} are imported.", status, address.ToString());
        }

        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            if (body.Length + read > HistoryLimits.MaxDocumentBytes)
            {
                throw new FetchFailedException($"{address} is larger than {HistoryLimits.MaxDocumentBytes} bytes, the most that is imported.", status, address.ToString());
            }

            body.Write(buffer, 0, read);
        }

        return new Answer(address, status, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"),
            response.Content.Headers.ContentType?.ToString(), body.ToArray());
    }

    private static PrivateAddressException? FindPrivate(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PrivateAddressException found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The body as UTF-8: transcoded from the charset the Content-Type header names, else the one the document's meta names.</summary>
    public static byte[] ToUtf8(byte[] body, string? contentType)
    {
        var charset = CharsetOf(contentType) ?? CharsetOf(Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048)));
        if (charset is null)
        {
            return body;
        }

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return body;
        }

        return encoding.CodePage == Encoding.UTF8.CodePage ? body : Encoding.UTF8.GetBytes(encoding.GetString(body));
    }

    private static string? CharsetOf(string? text) =>
        text is not null && Charset().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
