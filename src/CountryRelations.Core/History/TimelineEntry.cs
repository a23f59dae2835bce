using CountryRelations.Revisions;

namespace CountryRelations.History;

/// <summary>A revision on a profile's timeline and the first day it was no longer in force (null while it still is).</summary>
public sealed record TimelineEntry(Revision Revision, DateOnly? ValidUntil);
