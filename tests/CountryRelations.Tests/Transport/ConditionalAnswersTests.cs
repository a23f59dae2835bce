using System.Net;
using System.Net.Http.Headers;
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
        using var anonymous = await GetAsync(server, "{ countries(search: \"Senegal\") { code } }", null, token: false);
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
    public async Task An_answer_with_errors_is_never_kept()
    {
        var server = await TestServer.GetAsync();

        using var refused = await GetAsync(server, "{ country(code: \"ZZ\") { code } }", null);

        Assert.Null(refused.Headers.ETag);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
    }

    private static Task<HttpResponseMessage> GetAsync(TestServer server, string query, EntityTagHeaderValue? held, bool token = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, server.GraphQLUri + "?query=" + Uri.EscapeDataString(query));
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
