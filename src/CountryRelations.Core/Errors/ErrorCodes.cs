namespace CountryRelations.Errors;

/// <summary>
/// Every code a client may see in <c>extensions.code</c>, the domain's and the transport's alike, with the HTTP status
/// each maps to: the public contract, in one place. The README's table of codes is checked against <see cref="All"/>.
/// </summary>
public static class ErrorCodes
{
    // Refusals of the domain: a field refusing during execution answers 200 with the error beside its data (the
    // GraphQL-over-HTTP rule); the same code raised while reading the request's arguments or variables stops the
    // request before execution, with the status given here.
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
    public const string InvalidSearch = "INVALID_SEARCH";
    public const string SourceNotFound = "SOURCE_NOT_FOUND";
    public const string SourceExists = "SOURCE_EXISTS";
    public const string PublisherExists = "PUBLISHER_EXISTS";
    public const string UnknownHost = "UNKNOWN_HOST";
    public const string HostClaimed = "HOST_CLAIMED";
    public const string TooManyFigures = "TOO_MANY_FIGURES";
    public const string RestoreTruncated = "RESTORE_TRUNCATED";
    public const string RestoreDigestMismatch = "RESTORE_DIGEST_MISMATCH";
    public const string RestoreInvalid = "RESTORE_INVALID";
    public const string RestoreLineTooLong = "RESTORE_LINE_TOO_LONG";
    public const string RestoreUnverifiable = "RESTORE_UNVERIFIABLE";
    public const string WebhookNotFound = "WEBHOOK_NOT_FOUND";
    public const string BackfillNotFound = "BACKFILL_NOT_FOUND";

    // Refusals of the transport, before execution.
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string MutationOverGet = "MUTATION_OVER_GET";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";
    public const string ComplexityLimitExceeded = "COMPLEXITY_LIMIT_EXCEEDED";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Timeout = "TIMEOUT";
    public const string ServerBusy = "SERVER_BUSY";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>Every code with its status and meaning.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } =
    [
        new(CountryNotFound, 400, "No country has that code, name or alias."),
        new(PublisherNotFound, 400, "No publisher has that code, or no publisher serves the page's address."),
        new(ProfileNotFound, 400, "The publisher has no profile of that country in that language."),
        new(RevisionNotFound, 400, "No revision has that id."),
        new(InvalidDate, 400, "A date or instant is malformed or outside the dates accepted."),
        new(InvalidLanguage, 400, "A language is not a BCP 47 tag."),
        new(InvalidInput, 400, "An argument or variable holds what no field accepts (a NUL character, an address that is not http or https)."),
        new(EmptySections, 400, "A revision was given no sections."),
        new(InvalidSection, 400, "A section is empty, too long, or one too many."),
        new(EmptyDocument, 400, "An imported document holds no text."),
        new(NotText, 400, "An imported document is not text."),
        new(NoSections, 400, "No section could be read from an imported document."),
        new(DocumentTooLarge, 400, "An imported document is over the size or nesting limit."),
        new(CountryRequired, 400, "Nothing tells which country an imported page is about."),
        new(CountryConflict, 400, "The page's title and address name different countries."),
        new(DateRequired, 400, "An imported page states no date and none was given."),
        new(DateMismatch, 400, "The date given is not the date the page states."),
        new(CaptureDateRequired, 400, "A silent edit needs the date it was captured."),
        new(NothingToCorrect, 400, "A correction matches no stored revision."),
        new(RevisionExists, 400, "A current revision already takes effect on that date: correct it instead."),
        new(RevisionConflict, 400, "expectedLatestRevision is stale."),
        new(RevisionSuperseded, 400, "That revision was already corrected."),
        new(HistoryIsAppendOnly, 400, "The database refused to change or delete recorded history."),
        new(InvalidPage, 400, "first/last/after/before do not describe a page."),
        new(InvalidCursor, 400, "A cursor is not one this list issued."),
        new(InvalidSearch, 400, "The search text has nothing to search for."),
        new(SourceNotFound, 400, "No source has that id."),
        new(SourceExists, 400, "That address is already a source."),
        new(PublisherExists, 400, "A publisher already has that code."),
        new(UnknownHost, 400, "No registered publisher serves pages from the page's host: register one (registerPublisher, `publishers add`) or give the publisher."),
        new(HostClaimed, 400, "Another publisher already claims that host pattern."),
        new(RestoreTruncated, 400, "restore: the archive is empty or ends without its trailer (cut short); nothing was restored."),
        new(RestoreDigestMismatch, 400, "restore: the archive's lines do not match its trailer's digest or counts (changed after it was written); nothing was restored."),
        new(RestoreInvalid, 400, "restore: a line of the archive is malformed or inconsistent (named by its number); nothing was restored."),
        new(RestoreLineTooLong, 400, "restore: a line of the archive is longer than any archive line can be; nothing was restored."),
        new(RestoreUnverifiable, 400, "restore: a version 1 archive has no trailer; restore it only with --without-trailer."),
        new(TooManyFigures, 400, "A figures query would return more figures than HistoryLimits allows; narrow it by kind, topic or knownAt."),
        new(WebhookNotFound, 400, "No webhook has that id."),
        new(BackfillNotFound, 400, "No backfill has that id (they are kept while the server runs)."),
        new(RestoreTargetNotEmpty, 400, "restore was pointed at a database that holds history."),
        new(NotAcceptable, 406, "Accept allows neither application/graphql-response+json nor application/json."),
        new(MethodNotAllowed, 405, "Only GET and POST are served."),
        new(MutationOverGet, 405, "Mutations must be POSTed."),
        new(UnsupportedMediaType, 415, "A POST body that is not JSON."),
        new(RequestTooLarge, 413, "The request body is over Limits:MaxBodyBytes."),
        new(InvalidJson, 400, "The body is not UTF-8 JSON."),
        new(InvalidRequest, 400, "The JSON is not a GraphQL request (no query, wrong types)."),
        new(QueryTooLong, 400, "The document is over Limits:MaxQueryLength."),
        new(PreflightRequired, 400, "A GET or non-JSON POST without the GraphQL-Require-Preflight header."),
        new(OperationNotSupported, 400, "A subscription not sent as an event stream."),
        new(DepthLimitExceeded, 400, "The document nests deeper than allowed."),
        new(ComplexityLimitExceeded, 400, "The document selects more fields, or costs more, than allowed."),
        new(TooManyAliases, 400, "The document has more aliased fields than allowed."),
        new(TooManyErrors, 400, "More errors than Limits:MaxErrors; the rest are counted in this one."),
        new(Unauthenticated, 401, "A field needs a bearer token, or the token is not valid."),
        new(Forbidden, 403, "The token's roles do not include the one a field needs."),
        new(Timeout, 503, "The request took longer than Limits:Timeout."),
        new(ServerBusy, 503, "Too many requests at once (Retry-After)."),
        new(RateLimited, 429, "This client sent more requests than Limits:ClientRequestsPerSecond (or TokenRequestsPerSecond) allows (Retry-After)."),
        new(DatabaseUnavailable, 503, "PostgreSQL cannot be reached right now (Retry-After)."),
        new(InternalServerError, 500, "An unexpected failure; details are in the log only."),
        .. GraphQLNetCodes(
            "SYNTAX_ERROR", "NO_OPERATION", "NO_OPERATION_NAME", "INVALID_OPERATION", "INVALID_OPERATION_NAME", "QUERY_MISSING",
            "DOCUMENT_ID_INVALID", "DOCUMENT_ID_MISSING", "DOCUMENT_NOT_FOUND",
            "ARGUMENTS_OF_CORRECT_TYPE", "DEFAULT_VALUES_OF_CORRECT_TYPE", "DIRECTIVES_IN_ALLOWED_LOCATIONS", "FIELDS_ON_CORRECT_TYPE",
            "FRAGMENTS_ON_COMPOSITE_TYPES", "INPUT_FIELDS_AND_ARGUMENTS_OF_CORRECT_LENGTH", "KNOWN_ARGUMENT_NAMES", "KNOWN_DIRECTIVES",
            "KNOWN_FRAGMENT_NAMES", "KNOWN_TYPE_NAMES", "LONE_ANONYMOUS_OPERATION", "NO_FRAGMENT_CYCLES", "NO_UNDEFINED_VARIABLES",
            "NO_UNUSED_FRAGMENTS", "NO_UNUSED_VARIABLES", "ONE_OF_INPUT_VALUES", "OVERLAPPING_FIELDS_CAN_BE_MERGED",
            "POSSIBLE_FRAGMENT_SPREADS", "PROVIDED_NON_NULL_ARGUMENTS", "SCALAR_LEAFS", "SINGLE_ROOT_FIELD_SUBSCRIPTIONS",
            "UNIQUE_ARGUMENT_NAMES", "UNIQUE_DIRECTIVES_PER_LOCATION", "UNIQUE_FRAGMENT_NAMES", "UNIQUE_INPUT_FIELD_NAMES",
            "UNIQUE_OPERATION_NAMES", "UNIQUE_VARIABLE_NAMES", "VARIABLES_ARE_INPUT_TYPES", "VARIABLES_IN_ALLOWED_POSITION",
            "INVALID_LITERAL", "INVALID_VALUE", "INVALID_VARIABLE"),
    ];

    private static readonly Dictionary<string, ErrorCode> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> is registered.</summary>
    public static bool IsRegistered(string code) => ByCode.ContainsKey(code);

    /// <summary>The HTTP status <paramref name="code"/> maps to when it refuses a request.</summary>
    public static int StatusOf(string code) =>
        ByCode.TryGetValue(code, out var known) ? known.Status : throw new ArgumentException($"{code} is not a registered error code.", nameof(code));

    // GraphQL.NET's own: the document could not be parsed, validated or found (the specification's validation rules).
    private static IEnumerable<ErrorCode> GraphQLNetCodes(params string[] codes) =>
        codes.Select(code => new ErrorCode(code, 400, "The document breaks a GraphQL validation rule (GraphQL.NET's code)."));
}

/// <summary>One error code of the contract: the HTTP status of a request it refuses, and what it means.</summary>
public sealed record ErrorCode(string Code, int Status, string Meaning);
