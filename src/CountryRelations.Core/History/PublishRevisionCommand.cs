using CountryRelations.Revisions;

namespace CountryRelations.History;

/// <summary>Record a version of a profile as its publisher put it online.</summary>
/// <param name="Profile">Which profile.</param>
/// <param name="PublishedOn">The date the page states.</param>
/// <param name="Sections">The page's sections in order; at least one.</param>
/// <param name="Provenance">Who, from where, why.</param>
/// <param name="ExpectedLatestRevisionId">When given, the write is refused unless this is still the profile's latest recorded revision.</param>
/// <param name="Kind"><see cref="RevisionKind.Publication"/> or <see cref="RevisionKind.SilentEdit"/>.</param>
/// <param name="EffectiveFrom">First day in force; defaults to <paramref name="PublishedOn"/> (a silent edit gives its capture date).</param>
/// <param name="DatePrecision">How much of <paramref name="PublishedOn"/> the page stated (a month: the first of it).</param>
public sealed record PublishRevisionCommand(
    ProfileSelector Profile,
    DateOnly PublishedOn,
    IReadOnlyList<SectionDraft> Sections,
    Provenance Provenance,
    long? ExpectedLatestRevisionId = null,
    RevisionKind Kind = RevisionKind.Publication,
    DateOnly? EffectiveFrom = null,
    Dates.DatePrecision DatePrecision = Dates.DatePrecision.Day);
