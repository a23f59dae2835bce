using CountryRelations.Dates;
namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// "Now" for one request, read once: every field that defaults <c>knownAt</c> or <c>asOf</c> sees the same instant,
/// so one response is one consistent snapshot and batched loads share their keys.
/// </summary>
public sealed class RequestInstant(TimeProvider clock)
{
    private readonly Lazy<DateTime> _now = new(clock.UtcNow);

    /// <summary>The request's instant (UTC).</summary>
    public DateTime Now => _now.Value;

    /// <summary>The request's date (UTC).</summary>
    public DateOnly Today => Clock.DateOf(Now);
}
