using CountryRelations.Api.Transport;
using CountryRelations.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CountryRelations.Api.Subscriptions;

/// <summary>
/// How one event of a stream becomes an answer. Each event runs the stream's document afresh in a scope of its own,
/// so "now" (the default <c>knownAt</c>) and the per-request loaders are the event's, never the first event's. The
/// work runs outside the request pool and after the request deadline, so it has its own bounds: at most
/// <see cref="RequestLimits.MaxConcurrentEventWork"/> events are worked on at once across every stream (a burst of
/// events waits rather than taking every core from requests), and each has <see cref="RequestLimits.EventTimeout"/>,
/// waiting included, after which the stream gets a <c>TIMEOUT</c> error for that event and stays open.
/// </summary>
public sealed class EventWorkBudget(IServiceScopeFactory scopes, RequestLimits limits) : ScopedSubscriptionExecutionStrategy(scopes), IDisposable
{
    private readonly SemaphoreSlim _turns = new(limits.MaxConcurrentEventWork, limits.MaxConcurrentEventWork);

    /// <summary>Events being worked on now.</summary>
    public int Working => limits.MaxConcurrentEventWork - _turns.CurrentCount;

    /// <summary>One turn of event work, waiting until <paramref name="cancellationToken"/>; dispose it to give it back.</summary>
    public async Task<IDisposable> TurnAsync(CancellationToken cancellationToken)
    {
        await _turns.WaitAsync(cancellationToken);
        return new Turn(_turns);
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        var stream = context.CancellationToken;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stream);
        deadline.CancelAfter(limits.EventTimeout);
        IDisposable turn;
        try
        {
            turn = await TurnAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!stream.IsCancellationRequested)
        {
            return TimedOut(node, "waited");
        }

        using (turn)
        {
            context.CancellationToken = deadline.Token;
            var result = await base.ProcessDataAsync(context, node, value);
            return deadline.IsCancellationRequested && !stream.IsCancellationRequested ? TimedOut(node, "took") : result;
        }
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 0)
            {
                turns.Release();
            }
        }
    }

    private ExecutionResult TimedOut(ExecutionNode node, string how)
    {
        var result = new ExecutionResult { Executed = true };
        result.AddError(new ExecutionError($"This event {how} longer than {limits.EventTimeout.TotalSeconds:F0} s to answer and was dropped; the stream goes on. Ask for less per event.")
        {
            Code = ErrorCodes.Timeout,
            Path = node.ResponsePath,
        });
        return result;
    }

    public void Dispose() => _turns.Dispose();
}
