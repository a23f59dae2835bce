namespace CountryRelations.Errors;

/// <summary>The error codes clients may see in <c>extensions.code</c>; part of the public contract.</summary>
public static class ErrorCodes
{
    public const string CountryNotFound = "COUNTRY_NOT_FOUND";
    public const string PublisherNotFound = "PUBLISHER_NOT_FOUND";
    public const string ProfileNotFound = "PROFILE_NOT_FOUND";
    public const string RevisionNotFound = "REVISION_NOT_FOUND";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidLanguage = "INVALID_LANGUAGE";
    public const string InvalidInput = "INVALID_INPUT";
    public const string EmptySections = "EMPTY_SECTIONS";
    public const string NoSections = "NO_SECTIONS";
    public const string EmptyDocument = "EMPTY_DOCUMENT";
    public const string NotText = "NOT_TEXT";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string RestoreTargetNotEmpty = "RESTORE_TARGET_NOT_EMPTY";
    public const string CountryRequired = "COUNTRY_REQUIRED";
    public const string CountryConflict = "COUNTRY_CONFLICT";
    public const string DateRequired = "DATE_REQUIRED";
    public const string DateMismatch = "DATE_MISMATCH";
    public const string CaptureDateRequired = "CAPTURE_DATE_REQUIRED";
    public const string NothingToCorrect = "NOTHING_TO_CORRECT";
    public const string InvalidSection = "INVALID_SECTION";
    public const string RevisionConflict = "REVISION_CONFLICT";
    public const string RevisionExists = "REVISION_EXISTS";
    public const string RevisionSuperseded = "REVISION_SUPERSEDED";
    public const string HistoryIsAppendOnly = "HISTORY_IS_APPEND_ONLY";
    public const string InvalidPage = "INVALID_PAGE";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSearch = "INVALID_SEARCH";
}
