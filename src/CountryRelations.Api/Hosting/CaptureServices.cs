using System.Net;
using CountryRelations.Api.Capture;
using CountryRelations.Capture;
using CountryRelations.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CountryRelations.Api.Hosting;

/// <summary>Capture (sources, schedule, backfill, WARC) and notifications (webhooks): everything that reaches out.</summary>
public static class CaptureServices
{
    /// <summary>Registers capture and webhooks; their background work runs in <c>serve</c> only.</summary>
    public static IServiceCollection AddCapture(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Capture").Get<CaptureOptions>() ?? new CaptureOptions();
        services.AddSingleton(options);
        services.AddSingleton(configuration.GetSection("Webhooks").Get<WebhookOptions>() ?? new WebhookOptions());
        services.AddSingleton<HostGate>();

        // Every outbound connection goes through the guard against private addresses, checked after DNS resolution.
        services.AddHttpClient("capture")
            .ConfigurePrimaryHttpMessageHandler(() => PrivateAddresses.GuardedHandler(options.AllowPrivateAddresses, options.RequestTimeout))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("capture-retries", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && (args.Outcome.Exception is HttpRequestException
                    || args.Outcome.Result is { } response && (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500))),
            }));
        services.AddHttpClient("webhooks")
            .ConfigurePrimaryHttpMessageHandler(() => PrivateAddresses.GuardedHandler(options.AllowPrivateAddresses, TimeSpan.FromSeconds(10)))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        services.AddSingleton(provider => new PageFetcher(provider.GetRequiredService<IHttpClientFactory>().CreateClient("capture"), options, provider.GetRequiredService<HostGate>()));
        services.AddSingleton<RobotsRules>();
        services.AddSingleton<CaptureService>();
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<WaybackBackfill>();
        services.AddSingleton<WarcImport>();
        services.AddSingleton<BackfillJobs>();
        services.AddSingleton<WebhookRegistry>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<WebhookDispatcher>(provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient("webhooks")));
        return services;
    }

    /// <summary>The background work: the capture schedule (<c>Capture:Enabled</c>) and webhook deliveries (<c>Webhooks:Enabled</c>), both on by default.</summary>
    public static IServiceCollection AddCaptureWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Capture:Enabled", true))
        {
            services.AddHostedService<CaptureWorker>();
        }

        if (configuration.GetValue("Webhooks:Enabled", true))
        {
            services.AddHostedService<WebhookWorker>();
        }
        return services;
    }
}
