using CountryRelations.Errors;
using CountryRelations.Persistence;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>Logs resolver failures that are not domain refusals: the client sees only "Internal server error", the log has the rest.</summary>
public static class UnhandledErrorLogger
{
    public static void Log(UnhandledExceptionContext context)
    {
        if (context.OriginalException is DomainException or OperationCanceledException)
        {
            return;
        }

        var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("CountryRelations.GraphQL");
        if (DatabaseOutage.Is(context.OriginalException))
        {
            logger?.LogWarning("Database unreachable resolving {Path}: {Reason}", context.FieldContext?.Path is { } at ? string.Join('.', at) : "(document)", context.OriginalException.Message);
            return;
        }

        logger?.LogError(context.OriginalException, "Unhandled error resolving {Path}", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)");
    }
}
