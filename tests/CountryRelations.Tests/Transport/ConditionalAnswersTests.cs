using System.Net;
using System.Net.Http.Headers;
using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.PersistedDocuments;
using CountryRelations.History;
using CountryRelations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Transport;

/// <summary>GET answers carry a validator: a client holding the same answer gets 304; a changed answer a new tag.</summary>
public sealed class ConditionalAnswersTests
{
    [Fact]
    public async Task A_GET_answer_has_an_ETag_a_held_one_is_304_and_a_changed_answer_gets_a_new_tag()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var store = server.Services.GetRequiredService<RevisionStore>();
        await store.PublishAsync(TestData.Publish(publisher, "2016-03-23", "First."));
        var query = $"{{ profile(country: \"KP\", publisher: \"{publisher}\") {{ publishedOn sections {{ body }} }} }}";

        using var first = await GetAsync(server, query, null);
        var tag = first.Headers.ETag;
        using var held = await GetAsync(server, query, tag);
        await store.PublishAsync(TestData.Publish(publisher, "2017-05-02", "Second."));
        using var changed = await GetAsync(server, query, tag);
        using var anonymous = await GetAsync(server, "{ publishers { code } }", null, token: false);
        using var posted = await server.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
        Assert.Empty(await held.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("Second.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(anonymous.Headers.CacheControl is { Public: true, NoCache: true, NoStore: false }, anonymous.Headers.CacheControl?.ToString());
        Assert.Null(posted.Headers.ETag);
        Assert.Equal("no-store", posted.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task An_answer_pinned_in_the_past_is_immutable_for_anyone_and_revalidated_with_a_token()
    {
        var server = await TestServer.GetAsync();
        var publisher = await TestData.NewPublisherAsync(server.Services);
        var pinned = $"{{ profile(country: \"KP\", publisher: \"{publisher}\", language: \"en\", asOf: \"2017-01-01\", knownAt: \"2020-01-01T00:00:00Z\") {{ id sections {{ body }} }} }}";

        using var first = await GetAsync(server, pinned, null, token: false);
        using var again = await GetAsync(server, pinned, null, token: false);
        using var held = await GetAsync(server, pinned, first.Headers.ETag, token: false);
        using var withToken = await GetAsync(server, pinned, null);
        using var asKnownNow = await GetAsync(server, pinned.Replace("knownAt: \"2020-01-01T00:00:00Z\"", "", StringComparison.Ordinal), null, token: false);
        var permalink = new PersistedDocumentStore().Documents.Single(d => d.Value.StartsWith("query ProfileAsKnown(", StringComparison.Ordinal)).Key;
        var variables = $"{{\"country\":\"KP\",\"publisher\":\"{publisher}\",\"language\":\"en\",\"asOf\":\"2017-01-01\",\"knownAt\":\"2020-01-01T00:00:00Z\"}}";
        using var persisted = await SendAsync(server, $"documentId={Uri.EscapeDataString(permalink)}&variables={Uri.EscapeDataString(variables)}", null, token: false);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.True(
            first.Headers.CacheControl is { Public: true, NoCache: false, MaxAge: var age } && age == new PinnedAnswerOptions().MaxAge
            && first.Headers.CacheControl.Extensions.Any(e => e.Name == "immutable"),
            first.Headers.CacheControl?.ToString());
        // The second answer comes from the answer cache, which keeps the decision with the bytes.
        Assert.Equal(first.Headers.CacheControl?.ToString(), again.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
        Assert.True(withToken.Headers.CacheControl is { Private: true, NoCache: true }, withToken.Headers.CacheControl?.ToString());
        Assert.True(asKnownNow.Headers.CacheControl is { Public: true, NoCache: true, MaxAge: null }, asKnownNow.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, persisted.StatusCode);
        Assert.Equal(first.Headers.CacheControl?.ToString(), persisted.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task An_answer_with_errors_is_never_kept()
    {
        var server = await TestServer.GetAsync();

        using var refused = await GetAsync(server, "{ country(code: \"ZZ\") { code } }", null);

        Assert.Null(refused.Headers.ETag);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
    }

    private static Task<HttpResponseMessage> GetAsync(TestServer server, string query, EntityTagHeaderValue? held, bool token = true) =>
        SendAsync(server, "query=" + Uri.EscapeDataString(query), held, token);

    private static Task<HttpResponseMessage> SendAsync(TestServer server, string parameters, EntityTagHeaderValue? held, bool token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, server.GraphQLUri + "?" + parameters);
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestServer.StaffToken);
        }

        if (held is not null)
        {
            request.Headers.IfNoneMatch.Add(held);
        }

        return server.Client.SendAsync(request);
    }
}
