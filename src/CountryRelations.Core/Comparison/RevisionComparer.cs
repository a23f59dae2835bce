using CountryRelations.Revisions;
using CountryRelations.Topics;

namespace CountryRelations.Comparison;

/// <summary>Compares two revisions: sections matched by <see cref="SectionMatcher"/>, bodies diffed by words and sentences, figures paired.</summary>
public static class RevisionComparer
{
    /// <summary>
    /// Compares <paramref name="from"/> (null: nothing) with <paramref name="to"/>, all sections or one topic's; stops
    /// between sections once <paramref name="cancellationToken"/> fires (the request's timeout, a client gone).
    /// </summary>
    public static RevisionComparison Compare(Revision? from, Revision to, Topic? topic = null, CancellationToken cancellationToken = default)
    {
        var oldSections = Select(from?.Sections ?? [], topic);
        var newSections = Select(to.Sections, topic);
        var matches = SectionMatcher.Match(oldSections, newSections);
        var moved = MovedGroups(matches);
        var sections = matches
            .Select((match, i) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return CompareGroup(match.Old.Select(o => oldSections[o]).ToList(), match.New.Select(n => newSections[n]).ToList(), moved.Contains(i), LanguageOf(to));
            })
            .ToList();
        return new RevisionComparison(from, to, topic, sections, Summarise(sections));
    }

    /// <summary>The body a group of sections shows a reader: bodies in page order, a blank line between them.</summary>
    public static string Body(IReadOnlyList<Section> sections) => string.Join("\n\n", sections.Select(s => s.Body));

    private static List<Section> Select(IEnumerable<Section> sections, Topic? topic) =>
        sections.Where(s => topic is null || s.Topic == topic).OrderBy(s => s.Position).ToList();

    // A revision read outside the store (tests, tools) may carry no profile: its figures are read in English notation.
    private static string? LanguageOf(Revision revision) => revision.ProfileId == 0 ? null : revision.Profile?.Language;

    private static SectionComparison CompareGroup(List<Section> old, List<Section> @new, bool moved, string? language)
    {
        var oldBody = Body(old);
        var newBody = Body(@new);
        var words = WordDiffer.Compare(oldBody, newBody);
        var (added, removed) = WordDiffer.WordCounts(words.Spans);
        var headingChanged = old.Count > 0 && @new.Count > 0 && !old.Select(s => s.Heading).SequenceEqual(@new.Select(s => s.Heading));
        var kind = (old.Count, @new.Count) switch
        {
            (0, _) => SectionChangeKind.Added,
            (_, 0) => SectionChangeKind.Removed,
            (1, 1) when oldBody == newBody && !headingChanged => moved ? SectionChangeKind.Moved : SectionChangeKind.Unchanged,
            _ => SectionChangeKind.Changed,
        };
        var sentences = WordDiffer.SentenceDiff(oldBody, newBody);
        var figures = kind is SectionChangeKind.Changed or SectionChangeKind.Added or SectionChangeKind.Removed
            ? FigurePairer.Pair(oldBody, newBody, words, language)
            : [];
        return new SectionComparison(kind, old, @new, headingChanged, moved, words.Spans, sentences, figures, added, removed);
    }

    /// <summary>Indexes of groups (present on both sides) outside the longest run kept in the same relative order.</summary>
    private static HashSet<int> MovedGroups(IReadOnlyList<SectionMatch> matches)
    {
        var paired = matches.Select((m, i) => (Index: i, m.Old, m.New)).Where(m => m.Old.Count > 0 && m.New.Count > 0).ToList();

        // Groups come in new order; the ones whose old positions form the longest increasing subsequence stayed put.
        var oldOrder = paired.Select(p => p.Old[0]).ToArray();
        var length = new int[oldOrder.Length];
        var previous = new int[oldOrder.Length];
        var best = -1;
        for (var i = 0; i < oldOrder.Length; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (oldOrder[j] < oldOrder[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var stayed = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            stayed.Add(i);
        }

        return paired.Where((_, i) => !stayed.Contains(i)).Select(p => p.Index).ToHashSet();
    }

    private static ComparisonSummary Summarise(List<SectionComparison> sections) =>
        new(
            sections.Count(s => s.Kind == SectionChangeKind.Added),
            sections.Count(s => s.Kind == SectionChangeKind.Removed),
            sections.Count(s => s.Kind == SectionChangeKind.Changed),
            sections.Count(s => s.Kind == SectionChangeKind.Moved),
            sections.Count(s => s.Kind == SectionChangeKind.Unchanged),
            sections.Sum(s => s.WordsAdded),
            sections.Sum(s => s.WordsRemoved),
            sections.Sum(s => s.Figures.Count));
}
