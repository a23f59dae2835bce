using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountryRelations.Capture;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Capture;

/// <summary>The past from a (local) web archive and from WARC files, and webhooks told of what is recorded.</summary>
// Archive originals are public addresses, added disabled so that no scheduled capture ever fetches them.
[Collection(CaptureServer.Collection)]
public sealed class BackfillAndNotificationTests(CaptureServer fixture) : IClassFixture<CaptureServer>
{
    private async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string publisher, string country = "KP")
    {
        var services = fixture.Server.Services;
        var profile = await services.GetRequiredService<ProfileKeyResolver>().FindProfileAsync(new ProfileSelector(country, publisher, "en"));
        return profile is null ? [] : await services.GetRequiredService<ProfileTimeline>().ListAsync(profile.Id, null, null, DateTime.UtcNow);
    }

    private static readonly string[] CdxFields = ["timestamp", "original", "statuscode", "digest", "mimetype"];

    // Five captures of one page, three distinct (by digest), listed newest first as an archive might.
    private void Archive(string original, Func<string, int>? status = null)
    {
        var captures = new[]
        {
            ("20170601000000", "D3", "12/05/2017", "€8.2 million in 2016"),
            ("20140102000000", "D1", "02/01/2014", "€5.0 million in 2012"),
            ("20160401000000", "D2", "23/03/2016", "€6.4 million in 2014"),
            ("20140301000000", "D1", "02/01/2014", "€5.0 million in 2012"),
            ("20160501000000", "D2", "23/03/2016", "€6.4 million in 2014"),
        };
        var rows = new List<string[]> { CdxFields };
        rows.AddRange(captures.Select(c => new[] { c.Item1, original, "200", c.Item2, "text/html" }));
        fixture.Site.Map($"/cdx/search/cdx?url={Uri.EscapeDataString(original)}*", async http =>
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(JsonSerializer.Serialize(rows));
        });
        foreach (var (timestamp, _, updated, trade) in captures)
        {
            fixture.Site.Map($"/web/{timestamp}id_/{original}", async http =>
            {
                var code = status?.Invoke(timestamp) ?? 200;
                http.Response.StatusCode = code;
                if (code == 200)
                {
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync(CaptureServer.Page(updated, trade));
                }
            });
        }
    }

    [Fact]
    public async Task Five_archived_captures_of_which_three_differ_give_three_revisions_in_date_order_and_a_rerun_adds_nothing()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var original = $"https://www.example.org/{publisher}/france-and-north-korea";
        Archive(original);
        var source = await fixture.Sources.AddAsync(original, publisher, "KP", "en", enabled: false);
        var backfill = fixture.Server.Services.GetRequiredService<WaybackBackfill>();

        var attempts = await backfill.RunAsync(source, null, null);
        var again = await backfill.RunAsync(await fixture.Sources.FindAsync(source.Id), null, null);

        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(CaptureOutcome.Created, a.Outcome));
        Assert.Equal(["20140102000000", "20160401000000", "20170601000000"], attempts.Select(a => a.ArchiveTimestamp));
        var timeline = await TimelineAsync(publisher);
        Assert.Equal(["2014-01-02", "2016-03-23", "2017-05-12"], timeline.Select(e => e.Revision.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(timeline, e => Assert.Equal(original, e.Revision.SourceUrl));
        Assert.Contains("web archive capture 2016-04-01T00:00:00Z", timeline[1].Revision.ChangeNote, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.Equal("20170601000000", (await fixture.Sources.FindAsync(source.Id)).BackfillCursor);
    }

    [Fact]
    public async Task A_backfill_cut_short_by_the_archive_resumes_where_it_stopped_without_duplicates()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var original = $"https://www.example.org/{publisher}/france-and-north-korea";
        var failing = true;
        Archive(original, timestamp => failing && timestamp == "20160401000000" ? 503 : 200);
        var source = await fixture.Sources.AddAsync(original, publisher, "KP", "en", enabled: false);
        var backfill = fixture.Server.Services.GetRequiredService<WaybackBackfill>();

        var cut = await backfill.RunAsync(source, null, null);
        failing = false;
        var resumed = await backfill.RunAsync(await fixture.Sources.FindAsync(source.Id), null, null);

        Assert.Equal([CaptureOutcome.Created, CaptureOutcome.FetchFailed], cut.Select(a => a.Outcome));
        Assert.Equal(["20160401000000", "20170601000000"], resumed.Select(a => a.ArchiveTimestamp));
        Assert.Equal(3, (await TimelineAsync(publisher)).Count);
    }

    [Fact]
    public async Task A_backfill_older_than_what_is_stored_lands_in_the_past_not_as_corrections()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var original = $"https://www.example.org/{publisher}/france-and-north-korea";
        fixture.Site.Page($"/{publisher}/now", () => CaptureServer.Page("12/05/2020", "€9 million in 2019"));
        var live = await fixture.Sources.AddAsync(fixture.Site.Url($"/{publisher}/now"), publisher, "KP", "en");
        await fixture.Capture.CaptureAsync(live, CaptureTriggers.Now);
        Archive(original);

        await fixture.Server.Services.GetRequiredService<WaybackBackfill>().RunAsync(await fixture.Sources.AddAsync(original, publisher, "KP", "en", enabled: false), null, null);

        var timeline = await TimelineAsync(publisher);
        Assert.Equal(["2014-01-02", "2016-03-23", "2017-05-12", "2020-05-12"], timeline.Select(e => e.Revision.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(timeline, e => e.Revision.Kind == CountryRelations.Revisions.RevisionKind.Correction);
        Assert.Null(timeline[^1].ValidUntil);
    }

    [Fact]
    public async Task A_WARC_file_gzipped_per_record_imports_its_responses_and_reports_every_record()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var target = $"https://www.example.org/{publisher.ToLowerInvariant()}/france-and-senegal/";
        var file = Path.Combine(Directory.CreateTempSubdirectory("warc-").FullName, "crawl.warc.gz");
        await using (var output = File.Create(file))
        {
            WriteRecord(output, "warcinfo", null, "2016-01-01T00:00:00Z", "application/warc-fields", "software: tests\r\n"u8.ToArray());
            WriteRecord(output, "request", target, "2016-04-02T10:00:00Z", "application/http; msgtype=request", Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
            WriteRecord(output, "response", target, "2016-04-02T10:00:00Z", "application/http; msgtype=response",
                Http(CaptureServer.Page("01/04/2016", "€1.1 million in 2015", "Senegal"), chunked: false));
            WriteRecord(output, "revisit", target, "2016-05-02T10:00:00Z", "application/http; msgtype=response", Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n\r\n"));
            WriteRecord(output, "response", target, "2017-07-02T10:00:00Z", "application/http; msgtype=response",
                Http(CaptureServer.Page("01/07/2017", "€1.4 million in 2016", "Senegal"), chunked: true));
        }

        var results = new List<WarcRecordResult>();
        await using (var input = File.OpenRead(file))
        {
            await foreach (var result in fixture.Server.Services.GetRequiredService<WarcImport>().ImportAsync(input, "crawl.warc.gz", publisher: publisher, country: "SN", language: "en"))
            {
                results.Add(result);
            }
        }

        Assert.Equal(["SKIPPED", "SKIPPED", "Created", "Unchanged", "Created"], results.Select(r => r.Outcome));
        Assert.Equal(new DateTime(2016, 4, 2, 10, 0, 0, DateTimeKind.Utc), results[2].Date);
        var timeline = await TimelineAsync(publisher, "SN");
        Assert.Equal(["2016-04-01", "2017-07-01"], timeline.Select(e => e.Revision.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("€1.4 million", timeline[1].Revision.Sections[1].Body, StringComparison.Ordinal);

        // Without a publisher the page's address must name one: an unknown host is refused, with its code.
        await using var again = File.OpenRead(file);
        var refused = await fixture.Server.Services.GetRequiredService<WarcImport>().ImportAsync(again, "crawl.warc.gz").Where(r => r.Type == "response").ToListAsync();
        Assert.All(refused, r => Assert.Equal("Refused", r.Outcome));
        Assert.All(refused, r => Assert.True(CountryRelations.Errors.ErrorCodes.IsRegistered(r.ErrorCode!), r.ErrorCode));
    }

    [Fact]
    public async Task A_WARC_response_of_a_known_publishers_page_is_identified_from_its_address_in_a_dry_run()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("warc-").FullName, "crawl.warc");
        var country = "Senegal";
        var target = "https://www.diplomatie.gouv.fr/en/country-files/senegal/france-and-senegal/";
        var stamp = Guid.NewGuid().ToString("N")[..6];
        await using (var output = File.Create(file))
        {
            WriteRecord(output, "response", target, "2016-04-02T10:00:00Z", "application/http; msgtype=response",
                Http(CaptureServer.Page("01/04/2016", $"€1.1 million in 2015, ref {stamp}", country), chunked: false), gzip: false);
        }

        var results = new List<WarcRecordResult>();
        await using (var input = File.OpenRead(file))
        {
            await foreach (var result in fixture.Server.Services.GetRequiredService<WarcImport>().ImportAsync(input, "crawl.warc", dryRun: true))
            {
                results.Add(result);
            }
        }

        Assert.Equal("Parsed", Assert.Single(results).Outcome);
    }

    [Fact]
    public async Task A_webhook_that_fails_twice_is_delivered_once_signed_when_it_accepts()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var calls = 0;
        fixture.Site.Map($"/hooks/{publisher}", http =>
        {
            http.Response.StatusCode = Interlocked.Increment(ref calls) <= 2 ? 500 : 204;
            return Task.CompletedTask;
        });
        var added = await fixture.Server.QueryAsync(
            "mutation($i: AddWebhookInput!) { addWebhook(input: $i) { id secret } }",
            new { i = new { url = fixture.Site.Url($"/hooks/{publisher}"), publisher } });
        var secret = (string)added["data"]!["addWebhook"]!["secret"]!;

        await fixture.Server.Services.GetRequiredService<RevisionStore>().PublishAsync(TestData.Publish(publisher, "2016-03-23", "Trade grew."));
        for (var waited = 0; Volatile.Read(ref calls) < 3 && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1500);
        var hooks = fixture.Site.Requests.Where(r => r.PathAndQuery == $"/hooks/{publisher}").ToList();
        Assert.True(hooks.Count == 3, (await fixture.Server.QueryAsync("{ webhooks { url deliveries { attempts nextAttemptAt lastError lastStatus abandonedAt } } }")).ToJsonString());
        var accepted = hooks[^1];
        Assert.Single(hooks.Select(h => h.Headers["webhook-id"].ToString()).Distinct());
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(secret["whsec_".Length..]),
            Encoding.UTF8.GetBytes($"{accepted.Headers["webhook-id"]}.{accepted.Headers["webhook-timestamp"]}.{accepted.Body}")));
        Assert.Equal(expected, accepted.Headers["webhook-signature"].ToString());
        var payload = JsonDocument.Parse(accepted.Body).RootElement;
        Assert.Equal(publisher, payload.GetProperty("data").GetProperty("profile").GetProperty("publisher").GetString());
        Assert.Equal(1, payload.GetProperty("data").GetProperty("comparedToPrevious").GetProperty("added").GetInt32());
        var deliveries = await fixture.Server.QueryAsync("{ webhooks { url secret deliveries { attempts deliveredAt } } }");
        var ours = deliveries["data"]!["webhooks"]!.AsArray().Single(w => ((string)w!["url"]!).EndsWith(publisher, StringComparison.Ordinal))!;
        Assert.Null(ours["secret"]);
        Assert.Equal(3, (int)ours["deliveries"]![0]!["attempts"]!);
        Assert.NotNull(ours["deliveries"]![0]!["deliveredAt"]);
    }

    [Fact]
    public async Task Private_and_loopback_addresses_are_refused_unless_configured()
    {
        var shared = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(shared.Services);
        fixture.Site.Page("/private", () => CaptureServer.Page("23/03/2016", "€1 million in 2014"));
        var registry = shared.Services.GetRequiredService<SourceRegistry>();
        // Disabled at once: the other capture fixture (allowed to fetch loopback) claims every due source it sees.
        var source = await registry.RemoveAsync((await registry.AddAsync(fixture.Site.Url("/private"), publisher, "KP", "en")).Id);
        var named = await registry.RemoveAsync((await registry.AddAsync($"http://localhost:{fixture.Site.Root.Port}/private", publisher, "KP", "en")).Id);

        var byAddress = await shared.Services.GetRequiredService<CaptureService>().CaptureAsync(source, CaptureTriggers.Now);
        var byName = await shared.Services.GetRequiredService<CaptureService>().CaptureAsync(named, CaptureTriggers.Now);

        Assert.Equal(CaptureOutcome.FetchFailed, byAddress.Outcome);
        Assert.Equal(CaptureOutcome.FetchFailed, byName.Outcome);
        Assert.Contains("private", byName.Reason, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Site.Count("/private"));
    }

    [Fact]
    public async Task A_backfill_started_through_GraphQL_runs_in_the_background_and_reports_its_progress()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var original = $"https://www.example.org/{publisher}/france-and-north-korea";
        Archive(original);
        var source = await fixture.Sources.AddAsync(original, publisher, "KP", "en", enabled: false);

        var started = await fixture.Server.QueryAsync("mutation($s: ID!) { backfillSource(source: $s, from: \"2014-01-01\") { id state } }", new { s = source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var id = (string)started["data"]!["backfillSource"]!["id"]!;
        JsonNode? job = null;
        for (var i = 0; i < 100 && (string?)job?["state"] is null or "RUNNING"; i++)
        {
            await Task.Delay(100);
            job = (await fixture.Server.QueryAsync("query($j: ID!) { backfillJob(id: $j) { state total done created error } }", new { j = id }))["data"]!["backfillJob"];
        }

        Assert.Equal(("DONE", 3, 3, 3), ((string)job!["state"]!, (int)job["total"]!, (int)job["done"]!, (int)job["created"]!));
        Assert.Equal("BACKFILL_NOT_FOUND", (string)(await fixture.Server.QueryAsync("{ backfillJob(id: \"nope\") { state } }"))["errors"]![0]!["extensions"]!["code"]!);
    }

    private static byte[] Http(string body, bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n{(chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {bytes.Length}")}\r\n\r\n";
        if (!chunked)
        {
            return [.. Encoding.ASCII.GetBytes(head), .. bytes];
        }

        var half = bytes.Length / 2;
        return [.. Encoding.ASCII.GetBytes(head), .. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. bytes[..half], .. "\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{bytes.Length - half:x}\r\n"), .. bytes[half..], .. "\r\n0\r\n\r\n"u8];
    }

    private static void WriteRecord(Stream output, string type, string? target, string date, string contentType, byte[] block, bool gzip = true)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: {date}\r\n" +
                     (target is null ? "" : $"WARC-Target-URI: {target}\r\n") + $"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        byte[] record = [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
        if (!gzip)
        {
            output.Write(record);
            return;
        }

        using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        member.Write(record);
    }
}
