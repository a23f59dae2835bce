using CountryRelations.Errors;
using GraphQL;
using GraphQL.Execution;
using CountryRelations.Persistence;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// Gives every error a specific <c>extensions.code</c>: a <see cref="DomainException"/> anywhere in the chain
/// (a resolver, a scalar's parser) lends its code and message; other unexpected failures say only
/// "Internal server error" so nothing about the implementation leaks.
/// </summary>
public sealed class CodedErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCodes = false, ExposeData = false })
{
    /// <summary>The longest message a client is sent.</summary>
    public const int MaxMessageLength = 400;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (Find<DomainException>(executionError) is { } domain)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = domain.Code;
            return new ErrorInfo { Message = domain.Message.Length > MaxMessageLength ? domain.Message[..MaxMessageLength] + "…" : domain.Message, Extensions = extensions };
        }

        if (IsOutage(executionError))
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = ErrorCodes.DatabaseUnavailable;
            return new ErrorInfo { Message = "The database cannot be reached right now; retry later.", Extensions = extensions };
        }

        if (executionError is UnhandledError)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = ErrorCodes.InternalServerError;
            return new ErrorInfo { Message = "Internal server error.", Extensions = extensions };
        }

        // Validation messages quote the document (names, values): never more than a short excerpt of it.
        return info.Message.Length > MaxMessageLength ? new ErrorInfo { Message = info.Message[..MaxMessageLength] + "…", Extensions = info.Extensions } : info;
    }

    /// <summary>True when <paramref name="error"/> comes from a database that could not be reached.</summary>
    public static bool IsOutage(ExecutionError error) =>
        DatabaseOutage.Is(error) || Find<DomainException>(error)?.Code == ErrorCodes.DatabaseUnavailable;

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
