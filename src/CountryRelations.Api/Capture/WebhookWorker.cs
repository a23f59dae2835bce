using CountryRelations.Api.Subscriptions;
using CountryRelations.Notifications;
using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.Capture;

/// <summary>
/// Turns each revision the live feed announces into deliveries to matching webhooks, and delivers what is due every
/// poll interval. Every instance enqueues what it hears (a unique key keeps one delivery per webhook and revision);
/// due deliveries are claimed, so each is POSTed by one instance at a time.
/// </summary>
public sealed partial class WebhookWorker(RevisionFeed feed, WebhookDispatcher dispatcher, WebhookOptions options, ILogger<WebhookWorker> logger) : BackgroundService, IObserver<Revision>
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(this);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Failed(logger, DatabaseOutage.Is(exception) ? exception.Message : exception.ToString());
            }

            try
            {
                await Task.Delay(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void OnNext(Revision value) => _ = EnqueueAsync(value);

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    private async Task EnqueueAsync(Revision revision)
    {
        try
        {
            if (await dispatcher.EnqueueAsync(revision) > 0)
            {
                await dispatcher.DeliverDueAsync();
            }
        }
        catch (Exception exception)
        {
            Failed(logger, DatabaseOutage.Is(exception) ? exception.Message : exception.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook deliveries failed; trying again at the next poll: {Reason}")]
    private static partial void Failed(ILogger logger, string reason);
}
