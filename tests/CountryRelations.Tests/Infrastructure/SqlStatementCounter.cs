using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CountryRelations.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements Npgsql runs for one HTTP request. The request carries a W3C <c>traceparent</c> with a
/// fresh trace id; ASP.NET Core adopts it, and every Npgsql command activity under the request shares it, so
/// statements of other tests running at the same time are not counted.
/// </summary>
public sealed class SqlStatementCounter : IDisposable
{
    private static readonly ConcurrentDictionary<ActivityTraceId, int> Counts = new();
    private static readonly ActivityListener Listener = CreateListener();

    public SqlStatementCounter()
    {
        _ = Listener;
        TraceId = ActivityTraceId.CreateRandom();
        Counts[TraceId] = 0;
    }

    public ActivityTraceId TraceId { get; }

    /// <summary>The header value that makes the server's request part of this counter's trace.</summary>
    public string TraceParent => $"00-{TraceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";

    public int Statements => Counts[TraceId];

    public void Dispose() => Counts.TryRemove(TraceId, out _);

    /// <summary>POSTs a GraphQL request to <paramref name="server"/> in a trace of its own; the statements it ran and its response, which must hold no errors.</summary>
    public static async Task<(int Statements, JsonNode Response)> QueryAsync(TestServer server, string query, object? variables = null)
    {
        using var counter = new SqlStatementCounter();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", counter.TraceParent);
        using var response = await server.Client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return (counter.Statements, json);
    }

    private static ActivityListener CreateListener()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity =>
            {
                if (activity.Source.Name == "Npgsql" && Counts.ContainsKey(activity.TraceId))
                {
                    Counts.AddOrUpdate(activity.TraceId, 1, (_, count) => count + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
