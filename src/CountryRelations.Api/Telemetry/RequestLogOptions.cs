namespace CountryRelations.Api.Telemetry;

/// <summary>How requests are logged (section <c>RequestLog</c>).</summary>
public sealed record RequestLogOptions
{
    public const string Section = "RequestLog";

    /// <summary>A line for every request, successful or not (the summary is then not written).</summary>
    public bool EveryRequest { get; init; }

    /// <summary>How often the successful requests since the last summary are summarised, a line per operation.</summary>
    public TimeSpan SummaryInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A successful request slower than this gets a line of its own.</summary>
    public TimeSpan Slow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many operations a summary tells apart; the rest are counted as "other operations".</summary>
    public int MaxOperations { get; init; } = 500;
}
