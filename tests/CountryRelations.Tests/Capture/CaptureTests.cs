using Microsoft.AspNetCore.Http;
using System.Text.Json.Nodes;
using CountryRelations.Capture;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Capture;

/// <summary>Scheduled and on-demand capture against a local site: changes, politeness, failures, sharing.</summary>
[Collection(CaptureServer.Collection)]
public sealed class CaptureTests(CaptureServer fixture) : IClassFixture<CaptureServer>
{
    private async Task<Source> SourceAsync(string path, string publisher) =>
        await fixture.Sources.AddAsync(fixture.Site.Url(path), publisher, "KP", "en", "P1D");

    private async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string publisher)
    {
        var services = fixture.Server.Services;
        var profile = await services.GetRequiredService<ProfileKeyResolver>().FindProfileAsync(new ProfileSelector("KP", publisher, "en"));
        return profile is null ? [] : await services.GetRequiredService<ProfileTimeline>().ListAsync(profile.Id, null, null, DateTime.UtcNow);
    }

    [Fact]
    public async Task A_page_that_changes_between_checks_becomes_a_new_revision_and_the_same_page_again_is_unchanged()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var (updated, trade) = ("23/03/2016", "€6.4 million in 2014");
        fixture.Site.Page("/changing", () => CaptureServer.Page(updated, trade));
        var source = await SourceAsync("/changing", publisher);

        var first = await fixture.Capture.CaptureAsync(source, CaptureTriggers.Now);
        (updated, trade) = ("10/05/2017", "€8.2 million in 2016");
        var second = await fixture.Capture.CaptureAsync(await fixture.Sources.FindAsync(source.Id), CaptureTriggers.Now);
        var third = await fixture.Capture.CaptureAsync(await fixture.Sources.FindAsync(source.Id), CaptureTriggers.Now);

        Assert.Equal((CaptureOutcome.Created, CaptureOutcome.Created, CaptureOutcome.Unchanged), (first.Outcome, second.Outcome, third.Outcome));
        Assert.Equal(["2016-03-23", "2017-05-10"], (await TimelineAsync(publisher)).Select(e => e.Revision.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(second.Sha256, third.Sha256);
        Assert.Equal(CaptureService.RecordedBy, (await TimelineAsync(publisher))[1].Revision.RecordedBy);
        Assert.Equal(fixture.Site.Url("/changing"), (await TimelineAsync(publisher))[1].Revision.SourceUrl);
        Assert.Equal(3, (await fixture.Capture.AttemptsAsync(source.Id, 10, null)).Count);
    }

    [Fact]
    public async Task A_page_answering_304_to_its_ETag_is_unchanged_and_is_asked_conditionally()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        fixture.Site.Page("/etagged", () => CaptureServer.Page("23/03/2016", "€1 million in 2014"), etag: "\"v1\"");
        var source = await SourceAsync("/etagged", publisher);

        var first = await fixture.Capture.CaptureAsync(source, CaptureTriggers.Now);
        var second = await fixture.Capture.CaptureAsync(await fixture.Sources.FindAsync(source.Id), CaptureTriggers.Now);

        Assert.Equal(CaptureOutcome.Created, first.Outcome);
        Assert.Equal((CaptureOutcome.Unchanged, 304), (second.Outcome, second.HttpStatus));
        Assert.Equal("\"v1\"", fixture.Site.Requests.Last(r => r.PathAndQuery == "/etagged").Headers.IfNoneMatch.ToString());
    }

    [Fact]
    public async Task A_page_whose_bytes_change_but_not_its_text_records_no_revision()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var token = 1;
        fixture.Site.Page("/banner", () => $"""
            <!DOCTYPE html><html><head><title>France and North Korea</title><meta name="csrf-token" content="rotated-{token}"></head>
            <body><h1>France and North Korea</h1><h2>Political relations</h2><p>France has no diplomatic relations with North Korea.</p>
            <h2>Economic relations</h2><p>Trade is limited (€6.4 million in 2014).</p><p>Updated: 23/03/2016</p></body></html>
            """, "text/html; charset=utf-8");
        var source = await SourceAsync("/banner", publisher);

        var first = await fixture.Capture.CaptureAsync(source, CaptureTriggers.Now);
        token = 2;
        var second = await fixture.Capture.CaptureAsync(await fixture.Sources.FindAsync(source.Id), CaptureTriggers.Now);

        Assert.Equal(CaptureOutcome.Created, first.Outcome);
        Assert.Equal(CaptureOutcome.AlreadyStored, second.Outcome);
        Assert.NotEqual(first.Sha256, second.Sha256);
        Assert.Single(await TimelineAsync(publisher));
    }

    [Fact]
    public async Task A_path_robots_txt_disallows_is_never_fetched()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        fixture.Site.Page("/robots.txt", () => "User-agent: *\nDisallow: /private/\n\nUser-agent: CountryRelations\nDisallow: /ours-only/\n");
        fixture.Site.Page("/ours-only/page", () => CaptureServer.Page("23/03/2016", "€1 million in 2014"));
        var source = await SourceAsync("/ours-only/page", publisher);

        var attempt = await fixture.Capture.CaptureAsync(source, CaptureTriggers.Now);

        Assert.Equal(CaptureOutcome.Disallowed, attempt.Outcome);
        Assert.Equal(0, fixture.Site.Count("/ours-only/page"));
        fixture.Site.Map("/robots.txt", http => { http.Response.StatusCode = 404; return Task.CompletedTask; });
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_wait_the_site_asks_for()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var calls = 0;
        fixture.Site.Map("/busy", async http =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                http.Response.StatusCode = 429;
                http.Response.Headers.RetryAfter = "1";
                return;
            }

            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(CaptureServer.Page("23/03/2016", "€2 million in 2014"));
        });
        var source = await SourceAsync("/busy", publisher);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var attempt = await fixture.Capture.CaptureAsync(source, CaptureTriggers.Now);

        Assert.Equal(CaptureOutcome.Created, attempt.Outcome);
        Assert.Equal(2, calls);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {watch.Elapsed.TotalSeconds:F2} s, not the 1 s asked");
    }

    [Fact]
    public async Task Redirects_are_followed_to_five_and_the_final_address_is_recorded()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        for (var i = 1; i <= 12; i++)
        {
            var next = i;
            fixture.Site.Map($"/hop{i}", http => { http.Response.StatusCode = 302; http.Response.Headers.Location = $"/hop{next + 1}"; return Task.CompletedTask; });
        }

        fixture.Site.Map("/hop3", http => { http.Response.StatusCode = 301; http.Response.Headers.Location = "/landed"; return Task.CompletedTask; });
        fixture.Site.Page("/landed", () => CaptureServer.Page("23/03/2016", "€3 million in 2014"));

        var followed = await fixture.Capture.CaptureAsync(await SourceAsync("/hop1", publisher), CaptureTriggers.Now);
        var endless = await fixture.Capture.CaptureAsync(await SourceAsync("/hop4", publisher), CaptureTriggers.Now);

        Assert.Equal((CaptureOutcome.Created, fixture.Site.Url("/landed")), (followed.Outcome, followed.Url));
        Assert.Equal(CaptureOutcome.FetchFailed, endless.Outcome);
        Assert.Contains("more than 5", endless.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_soft_404_is_refused_with_the_importers_code_and_a_server_error_is_a_failed_fetch()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        fixture.Site.Page("/gone", () => "<html><head><title>Page not found</title></head><body><p>Sorry.</p></body></html>", "text/html");
        fixture.Site.Map("/broken", http => { http.Response.StatusCode = 503; return Task.CompletedTask; });

        var soft = await fixture.Capture.CaptureAsync(await SourceAsync("/gone", publisher), CaptureTriggers.Now);
        var broken = await fixture.Capture.CaptureAsync(await SourceAsync("/broken", publisher), CaptureTriggers.Now);

        Assert.Equal(CaptureOutcome.Refused, soft.Outcome);
        Assert.NotNull(soft.ErrorCode);
        Assert.True(CountryRelations.Errors.ErrorCodes.IsRegistered(soft.ErrorCode!), soft.ErrorCode);
        Assert.Equal((CaptureOutcome.FetchFailed, 503), (broken.Outcome, broken.HttpStatus));
        Assert.Equal(3, fixture.Site.Count("/broken"));
        Assert.Empty(await TimelineAsync(publisher));
    }

    [Fact]
    public async Task Through_GraphQL_editors_add_a_source_capture_it_now_and_read_its_log()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        fixture.Site.Page("/graphql-page", () => CaptureServer.Page("23/03/2016", "€4 million in 2014"));

        var added = await fixture.Server.QueryAsync(
            "mutation($i: AddSourceInput!) { addSource(input: $i) { id url every enabled } }",
            new { i = new { url = fixture.Site.Url("/graphql-page"), publisher, country = "KP", language = "en", every = "PT6H" } });
        var id = (string)added["data"]!["addSource"]!["id"]!;
        var captured = await fixture.Server.QueryAsync("mutation($s: ID!) { captureNow(source: $s) { outcome httpStatus revision } }", new { s = id });
        var log = await fixture.Server.QueryAsync("query($s: ID!) { source(id: $s) { captures { outcome trigger } } }", new { s = id });
        var anonymous = await fixture.Server.QueryAsync("{ sources { totalCount } }", token: "");
        var badInterval = await fixture.Server.QueryAsync(
            "mutation($i: AddSourceInput!) { addSource(input: $i) { id } }", new { i = new { url = fixture.Site.Url("/other"), every = "every day" } });

        Assert.Equal("PT6H", (string)added["data"]!["addSource"]!["every"]!);
        Assert.Equal("CREATED", (string)captured["data"]!["captureNow"]!["outcome"]!);
        Assert.Equal("NOW", (string)log["data"]!["source"]!["captures"]![0]!["trigger"]!);
        Assert.Equal("UNAUTHENTICATED", (string)anonymous["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("INVALID_INPUT", (string)badInterval["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Two_instances_capturing_due_sources_at_once_fetch_each_page_once()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var paths = Enumerable.Range(0, 12).Select(i => $"/shared/{publisher}/{i}").ToList();
        foreach (var path in paths)
        {
            fixture.Site.Page(path, () => CaptureServer.Page("23/03/2016", "€5 million in 2014"));
            await SourceAsync(path, publisher);
        }

        var other = await TestServer.StartAsync(CaptureServer.Settings(fixture.Site.Root));
        try
        {
            var lease = TimeSpan.FromMinutes(5);
            await Task.WhenAll(
                fixture.Capture.CaptureDueAsync(2, lease),
                other.Services.GetRequiredService<CaptureService>().CaptureDueAsync(2, lease));
        }
        finally
        {
            await other.StopAsync();
        }

        Assert.All(paths, path => Assert.Equal(1, fixture.Site.Count(path)));
    }

    [Fact]
    public async Task A_claimed_source_whose_instance_died_is_due_again_when_its_lease_lapses()
    {
        var publisher = await TestData.NewPublisherAsync(fixture.Server.Services);
        var source = await fixture.Sources.RemoveAsync((await SourceAsync($"/lease/{publisher}", publisher)).Id);
        await fixture.Sources.UpdateAsync(source.Id, enabled: true);

        // An instance claims it for a second and "dies": it never captures, never updates the source.
        var claimed = await fixture.Capture.ClaimDueAsync(1000, TimeSpan.FromSeconds(1));
        var duringLease = await fixture.Capture.ClaimDueAsync(1000, TimeSpan.FromMinutes(5));
        await Task.Delay(1500);
        var afterLease = await fixture.Capture.ClaimDueAsync(1000, TimeSpan.FromMinutes(5));

        Assert.Contains(claimed, s => s.Id == source.Id);
        Assert.DoesNotContain(duringLease, s => s.Id == source.Id);
        Assert.Contains(afterLease, s => s.Id == source.Id);
    }
}
