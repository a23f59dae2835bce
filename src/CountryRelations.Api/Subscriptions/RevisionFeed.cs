using System.Collections.Concurrent;
using System.Globalization;
using CountryRelations.Replicas;
using CountryRelations.History;
using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CountryRelations.Api.Subscriptions;

/// <summary>
/// Every revision recorded by any instance, as it is committed: one connection per instance LISTENs on
/// <see cref="RevisionNotices.Channel"/> (so several instances behind a load balancer all deliver every event, and
/// nothing rolled back is announced), loads each revision and hands it to the subscribers. Reconnects with back-off.
/// </summary>
public sealed class RevisionFeed(string connectionString, RevisionLoader history, ILogger<RevisionFeed> logger) : BackgroundService, IObservable<Revision>
{
    // A notified row is committed on the primary; a standby may not have it yet.
    private readonly RevisionLoader _onPrimary = history.OnPrimary();

    private readonly ConcurrentDictionary<Guid, IObserver<Revision>> _observers = new();

    // Notices wait here and one reader loads them in batches, in commit order: a burst of writes costs one
    // connection, not one per notice (a busy machine once grew the pool from 9 to 46 connections).
    private readonly System.Threading.Channels.Channel<long> _notices = System.Threading.Channels.Channel.CreateUnbounded<long>(new() { SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many subscriptions are open on this instance.</summary>
    public int Subscribers => _observers.Count;

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    /// <summary>
    /// Raised, on the listening thread, for every revision announced (before it is loaded) and whenever listening
    /// starts again after an interruption (announcements may have been missed meanwhile): what keeps answers computed
    /// from the history must be dropped.
    /// </summary>
    public event Action? Moved;

    public IDisposable Subscribe(IObserver<Revision> observer)
    {
        var id = Guid.NewGuid();
        _observers[id] = observer;
        return new Unsubscriber(() => _observers.TryRemove(id, out _));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delivering = DeliverAsync(stoppingToken);
        await ListenAsync(stoppingToken);
        _notices.Writer.TryComplete();
        await delivering;
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15, Pooling = false }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notice) => Enqueue(notice.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {RevisionNotices.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Moved?.Invoke();
                _listening.TrySetResult();
                delay = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (DatabaseOutage.Is(exception) || exception is NpgsqlException)
            {
                logger.LogWarning("Revision notifications interrupted ({Reason}); listening again in {Delay} s.", exception.Message, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private void Enqueue(string payload)
    {
        Moved?.Invoke();
        if (!_observers.IsEmpty && long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            _notices.Writer.TryWrite(id);
        }
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        var batch = new List<long>();
        try
        {
            while (await _notices.Reader.WaitToReadAsync(cancellationToken))
            {
                batch.Clear();
                while (batch.Count < 500 && _notices.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                await PublishAsync(batch, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task PublishAsync(List<long> ids, CancellationToken cancellationToken)
    {
        try
        {
            var revisions = await _onPrimary.FindManyAsync(ids, cancellationToken);
            foreach (var id in ids)
            {
                if (revisions.TryGetValue(id, out var revision))
                {
                    foreach (var observer in _observers.Values)
                    {
                        observer.OnNext(revision);
                    }
                }
            }
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception) || exception is NpgsqlException)
        {
            logger.LogWarning("Revisions {Ids} were announced but could not be read: {Reason}", string.Join(", ", ids), exception.Message);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
