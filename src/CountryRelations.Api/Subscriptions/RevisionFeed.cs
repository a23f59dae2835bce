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
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many subscriptions are open on this instance.</summary>
    public int Subscribers => _observers.Count;

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    public IDisposable Subscribe(IObserver<Revision> observer)
    {
        var id = Guid.NewGuid();
        _observers[id] = observer;
        return new Unsubscriber(() => _observers.TryRemove(id, out _));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15, Pooling = false }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notice) => _ = PublishAsync(notice.Payload, stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {RevisionNotices.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

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

    private async Task PublishAsync(string payload, CancellationToken cancellationToken)
    {
        if (_observers.IsEmpty || !long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return;
        }

        try
        {
            if (await _onPrimary.FindAsync(id, cancellationToken) is { } revision)
            {
                foreach (var observer in _observers.Values)
                {
                    observer.OnNext(revision);
                }
            }
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception) || exception is OperationCanceledException)
        {
            logger.LogWarning("Revision {Id} was announced but could not be read: {Reason}", id, exception.Message);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
