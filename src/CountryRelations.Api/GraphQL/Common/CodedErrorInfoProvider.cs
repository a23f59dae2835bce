using CountryRelations.Errors;
using GraphQL;
using GraphQL.Execution;

namespace CountryRelations.Api.GraphQL.Common;

/// <summary>
/// Gives every error a specific <c>extensions.code</c>: a <see cref="DomainException"/> anywhere in the chain
/// (a resolver, a scalar's parser) lends its code and message; other unexpected failures say only
/// "Internal server error" so nothing about the implementation leaks.
/// </summary>
public sealed class CodedErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (Find<DomainException>(executionError) is { } domain)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = domain.Code;
            return new ErrorInfo { Message = domain.Message, Extensions = extensions };
        }

        if (executionError is UnhandledError)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["code"] = "INTERNAL_SERVER_ERROR";
            return new ErrorInfo { Message = "Internal server error.", Extensions = extensions };
        }

        return info;
    }

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
