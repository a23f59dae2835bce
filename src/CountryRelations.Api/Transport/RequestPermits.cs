using System.Threading.RateLimiting;
using CountryRelations.Errors;

namespace CountryRelations.Api.Transport;

/// <summary>
/// Turns: how many GraphQL requests run at once, and how many event streams stay open. Every request — a query or
/// mutation asked for as an event stream too — takes a request turn once its body is read, and holds it through
/// validation and execution; only a subscription, once its stream exists, gives that turn back for a stream's.
/// So a stream's Accept header buys nothing but a stream, and a slow sender waits for its body without a turn.
/// </summary>
public sealed class RequestPermits(RequestLimits limits) : IDisposable
{
    private readonly ConcurrencyLimiter _requests = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.MaxConcurrentRequests,
        QueueLimit = limits.MaxQueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly ConcurrencyLimiter _streams = new(new ConcurrencyLimiterOptions { PermitLimit = limits.MaxEventStreams, QueueLimit = 0 });

    /// <summary>Requests running now (for health and tests).</summary>
    public long RequestsRunning => limits.MaxConcurrentRequests - (_requests.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <summary>Streams open now.</summary>
    public long StreamsOpen => limits.MaxEventStreams - (_streams.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <summary>A request's turn, waiting in the queue (until <paramref name="cancellationToken"/>), or the refusal when the queue is full.</summary>
    public async Task<(IDisposable? Turn, TransportError? Refusal)> RequestAsync(CancellationToken cancellationToken)
    {
        var lease = await _requests.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired ? (lease, null) : (null, Refuse(lease, "Too many requests at once; retry shortly."));
    }

    /// <summary>A stream's place, or the refusal when every place is taken.</summary>
    public (IDisposable? Place, TransportError? Refusal) Stream()
    {
        var lease = _streams.AttemptAcquire(1);
        return lease.IsAcquired ? (lease, null) : (null, Refuse(lease, "Too many event streams are open; retry later."));
    }

    private static TransportError Refuse(RateLimitLease lease, string message)
    {
        lease.Dispose();
        return new TransportError(ErrorCodes.ServerBusy, message);
    }

    public void Dispose()
    {
        _requests.Dispose();
        _streams.Dispose();
    }
}
