using CountryRelations.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountryRelations.History;

/// <summary>Turns the database's own refusals (constraints, history triggers) into coded domain errors.</summary>
internal static class StoreErrors
{
    /// <summary>SQLSTATE raised by the history triggers when a row would be changed or deleted.</summary>
    public const string AppendOnlySqlState = "CR001";

    public static DomainException? Translate(Exception exception)
    {
        if (exception is DomainException)
        {
            return null;
        }

        var postgres = exception as PostgresException ?? (exception as DbUpdateException)?.InnerException as PostgresException;
        return postgres?.SqlState switch
        {
            PostgresErrorCodes.ExclusionViolation => new DomainException(
                ErrorCodes.RevisionExists, "Another current revision of this profile takes effect on the same date."),
            PostgresErrorCodes.UniqueViolation when postgres.ConstraintName?.Contains("sequence", StringComparison.Ordinal) == true =>
                new DomainException(ErrorCodes.RevisionConflict, "Another revision of this profile was recorded at the same time; reload and retry."),
            AppendOnlySqlState => new DomainException(ErrorCodes.HistoryIsAppendOnly, postgres.MessageText),
            _ => null,
        };
    }
}
