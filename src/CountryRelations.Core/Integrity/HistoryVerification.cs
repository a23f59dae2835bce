using CountryRelations.Profiles;

namespace CountryRelations.Integrity;

/// <summary>The outcome of recomputing one profile's hash chain.</summary>
/// <param name="Profile">The profile checked.</param>
/// <param name="RevisionsChecked">How many revisions were read.</param>
/// <param name="HeadSha256">The last revision's content hash: the value to keep to detect a later rewrite of the whole chain.</param>
/// <param name="FirstBroken">The first break, or null when the chain holds.</param>
public sealed record HistoryVerification(Profile Profile, int RevisionsChecked, string? HeadSha256, BrokenLink? FirstBroken)
{
    /// <summary>Whether every revision hashes to its stored value and links to the one before.</summary>
    public bool Intact => FirstBroken is null;
}
