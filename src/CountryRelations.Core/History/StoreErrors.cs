using CountryRelations.Errors;
using CountryRelations.Persistence;
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

        if (DatabaseOutage.Is(exception))
        {
            return new DomainException(
                ErrorCodes.DatabaseUnavailable,
                "The database cannot be reached; nothing was recorded unless a retry finds the write already stored. Retry later.");
        }

        var postgres = exception as PostgresException ?? (exception as DbUpdateException)?.InnerException as PostgresException;
        return postgres?.SqlState switch
        {
            PostgresErrorCodes.ExclusionViolation => new DomainException(
                ErrorCodes.RevisionExists, "Another current revision of this profile takes effect on the same date."),
            PostgresErrorCodes.UniqueViolation when postgres.ConstraintName?.Contains("sequence", StringComparison.Ordinal) == true =>
                new DomainException(ErrorCodes.RevisionConflict, "Another revision of this profile was recorded at the same time; reload and retry."),
            AppendOnlySqlState => new DomainException(ErrorCodes.HistoryIsAppendOnly, postgres.MessageText),

            // Text the database cannot store or index (a NUL, a section past the text-search limit): the application
            // refuses these first; this keeps any that slip through a refusal of one write, not a failure.
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.ProgramLimitExceeded =>
                new DomainException(ErrorCodes.InvalidInput, "The text cannot be stored: " + postgres.MessageText),
            PostgresErrorCodes.CheckViolation => new DomainException(ErrorCodes.InvalidInput, $"The write breaks the rule {postgres.ConstraintName}."),
            _ => null,
        };
    }
}
