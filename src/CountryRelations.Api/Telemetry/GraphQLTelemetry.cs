using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CountryRelations.Api.Telemetry;

/// <summary>
/// What the GraphQL endpoint reports about each request: a span named after the operation, and metrics — requests
/// by operation, status and error code, and their duration. Never a variable's value or a token.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "CountryRelations.GraphQL";

    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("countryrelations.graphql.requests", description: "GraphQL requests, by operation, HTTP status and first error code.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("countryrelations.graphql.duration", unit: "ms", description: "Time to answer a GraphQL request.");

    /// <summary>The operation's label: its name, else its type, else "unknown" (a request that never parsed).</summary>
    public static string OperationLabel(string? operationName, string? operationType) => operationName ?? operationType ?? "unknown";

    /// <summary>Counts and times one answered request.</summary>
    public static void Record(string operation, int status, string? code, TimeSpan elapsed)
    {
        var tags = new TagList { { "graphql.operation", operation }, { "http.status_code", status }, { "error.code", code ?? "" } };
        Requests.Add(1, tags);
        Duration.Record(elapsed.TotalMilliseconds, tags);
    }
}
