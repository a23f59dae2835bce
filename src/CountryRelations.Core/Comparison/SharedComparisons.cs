using CountryRelations.Revisions;
using Microsoft.Extensions.Caching.Memory;

namespace CountryRelations.Comparison;

/// <summary>
/// Comparisons of two stored revisions, computed once and shared: a stored revision never changes, so the comparison
/// of the same pair is the same for every caller. One event delivered to many streams, or one document asking for the
/// same comparison under many aliases, costs one diff instead of one per stream and alias. Bounded by the characters
/// compared (<see cref="CharacterBudget"/>); the least recently used go first.
/// </summary>
public sealed class SharedComparisons : IDisposable
{
    /// <summary>Characters of compared bodies kept at most (each entry weighs its two revisions' text).</summary>
    public const long CharacterBudget = 16_000_000;

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = CharacterBudget });

    /// <summary><paramref name="from"/> (null: nothing) compared with <paramref name="to"/>, all sections, as <see cref="RevisionComparer.Compare"/> gives it.</summary>
    public RevisionComparison Compare(Revision? from, Revision to, CancellationToken cancellationToken)
    {
        // Revisions not yet stored (id 0: a dry run, a test's) have no identity to share by.
        if (to.Id == 0 || from is { Id: 0 })
        {
            return RevisionComparer.Compare(from, to, cancellationToken: cancellationToken);
        }

        var key = (from?.Id ?? 0, to.Id);
        if (_kept.TryGetValue(key, out RevisionComparison? kept) && kept is not null)
        {
            return kept;
        }

        var comparison = RevisionComparer.Compare(from, to, cancellationToken: cancellationToken);
        var weight = Math.Max(1, Weight(from) + Weight(to));
        if (weight <= CharacterBudget / 4)
        {
            _kept.Set(key, comparison, new MemoryCacheEntryOptions { Size = weight });
        }

        return comparison;
    }

    private static long Weight(Revision? revision) => revision?.Sections.Sum(s => (long)s.Body.Length + s.Heading.Length) ?? 0;

    public void Dispose() => _kept.Dispose();
}
