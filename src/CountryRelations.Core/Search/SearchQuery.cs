using CountryRelations.Profiles;
using CountryRelations.Topics;

namespace CountryRelations.Search;

/// <summary>What to look for and where.</summary>
/// <param name="Text">Words, "quoted phrases", OR, -excluded (web search syntax); stemmed and accent-folded per language.</param>
/// <param name="Topic">Only sections of this topic.</param>
/// <param name="Profiles">Only these profiles (countries, publisher, language).</param>
/// <param name="AsOf">Only revisions in force on this date; null searches all history.</param>
/// <param name="KnownAt">System time: only rows this database held then.</param>
public sealed record SearchQuery(string Text, Topic? Topic, ProfileFilter Profiles, DateOnly? AsOf, DateTime KnownAt);
