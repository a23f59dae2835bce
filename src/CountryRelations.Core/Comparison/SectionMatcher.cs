using CountryRelations.Countries;
using CountryRelations.Revisions;

namespace CountryRelations.Comparison;

/// <summary>
/// Matches sections across two revisions. Identical headings pair first; then the best remaining pairs by a score
/// of heading words in common (so "Humanitarian assistance" finds "Other types of cooperation: humanitarian
/// assistance"), body words in common and same topic. A section left over whose words mostly sit in a section of
/// the other side was merged into it or split from it.
/// </summary>
public static class SectionMatcher
{
    private const double PairThreshold = 0.45;
    private const double MergeThreshold = 0.5;

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "of", "in", "to", "a", "an", "for", "with", "on", "at", "by", "from", "as", "is", "are", "its", "their", "other", "types",
        "relations", "relation", "le", "la", "les", "de", "des", "du", "et", "en", "au", "aux", "un", "une", "avec", "sur", "pour", "par", "autres",
    ];

    /// <summary>The matches, in the new revision's order, removed sections placed after the section that preceded them.</summary>
    public static IReadOnlyList<SectionMatch> Match(IReadOnlyList<Section> oldSections, IReadOnlyList<Section> newSections)
    {
        var oldProfiles = oldSections.Select(Profile).ToArray();
        var newProfiles = newSections.Select(Profile).ToArray();
        var oldPartner = Enumerable.Repeat(-1, oldSections.Count).ToArray();
        var newPartner = Enumerable.Repeat(-1, newSections.Count).ToArray();

        PairIdenticalHeadings(oldProfiles, newProfiles, oldPartner, newPartner);
        PairBestScores(oldProfiles, newProfiles, oldPartner, newPartner);

        // Groups are keyed by a representative: the new index for anything that has a new side, else ~old index.
        var groups = new Dictionary<int, (List<int> Old, List<int> New)>();
        for (var n = 0; n < newSections.Count; n++)
        {
            groups[n] = ([], [n]);
            if (newPartner[n] >= 0)
            {
                groups[n].Old.Add(newPartner[n]);
            }
        }

        var splitInto = new Dictionary<int, int>();
        for (var n = 0; n < newSections.Count; n++)
        {
            if (newPartner[n] < 0 && Container(newProfiles[n], oldProfiles) is { } o && oldPartner[o] >= 0)
            {
                // A split: the new section's content came out of old section o, already paired with another new section.
                splitInto[n] = oldPartner[o];
            }
        }

        for (var o = 0; o < oldSections.Count; o++)
        {
            if (oldPartner[o] >= 0)
            {
                continue;
            }

            if (Container(oldProfiles[o], newProfiles) is { } n && newPartner[n] >= 0)
            {
                groups[n].Old.Add(o); // A merge: old section o went into new section n.
            }
            else
            {
                groups[~o] = ([o], []);
            }
        }

        foreach (var (split, into) in splitInto)
        {
            groups[into].New.Add(split);
            groups.Remove(split);
        }

        return Order(groups.Values);
    }

    private static void PairIdenticalHeadings(SectionProfile[] olds, SectionProfile[] news, int[] oldPartner, int[] newPartner)
    {
        for (var o = 0; o < olds.Length; o++)
        {
            var candidates = Enumerable.Range(0, news.Length).Where(n => newPartner[n] < 0 && news[n].Heading == olds[o].Heading).ToList();
            if (candidates.Count > 0)
            {
                var n = candidates.Count == 1 ? candidates[0] : candidates.MaxBy(n => Overlap(olds[o].Words, news[n].Words));
                oldPartner[o] = n;
                newPartner[n] = o;
            }
        }
    }

    private static void PairBestScores(SectionProfile[] olds, SectionProfile[] news, int[] oldPartner, int[] newPartner)
    {
        var candidates = new List<(double Score, int Old, int New)>();
        for (var o = 0; o < olds.Length; o++)
        {
            for (var n = 0; n < news.Length; n++)
            {
                if (oldPartner[o] < 0 && newPartner[n] < 0)
                {
                    candidates.Add((Score(olds[o], news[n]), o, n));
                }
            }
        }

        foreach (var (score, o, n) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (score >= PairThreshold && oldPartner[o] < 0 && newPartner[n] < 0)
            {
                oldPartner[o] = n;
                newPartner[n] = o;
            }
        }
    }

    private static double Score(SectionProfile a, SectionProfile b) =>
        0.4 * Containment(a.HeadingWords, b.HeadingWords) + 0.45 * Jaccard(a.Words, b.Words) + (a.Topic == b.Topic ? 0.15 : 0);

    /// <summary>The section of <paramref name="others"/> holding most of <paramref name="section"/>'s words, if most of them.</summary>
    private static int? Container(SectionProfile section, SectionProfile[] others)
    {
        if (section.Words.Count == 0)
        {
            return null;
        }

        var (index, share) = (-1, 0.0);
        for (var i = 0; i < others.Length; i++)
        {
            var candidate = 0.5 * Overlap(section.Words, others[i].Words) / section.Words.Count
                            + 0.5 * Containment(section.HeadingWords, others[i].HeadingWords);
            if (candidate > share)
            {
                (index, share) = (i, candidate);
            }
        }

        return share >= MergeThreshold ? index : null;
    }

    private static List<SectionMatch> Order(IEnumerable<(List<int> Old, List<int> New)> groups)
    {
        // New order first; a removed section goes after the group holding the old section before it.
        var ordered = groups.ToList();
        foreach (var (old, @new) in ordered)
        {
            old.Sort();
            @new.Sort();
        }

        var withNew = ordered.Where(g => g.New.Count > 0).OrderBy(g => g.New[0]).ToList();
        var result = withNew.Select(g => new SectionMatch(g.Old, g.New)).ToList();
        foreach (var removed in ordered.Where(g => g.New.Count == 0).OrderBy(g => g.Old[0]))
        {
            var previousOld = removed.Old[0] - 1;
            var at = previousOld < 0 ? 0 : result.FindLastIndex(m => m.Old.Any(o => o <= previousOld)) + 1;
            result.Insert(at, new SectionMatch(removed.Old, []));
        }

        return result;
    }

    private static double Containment(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)Overlap(a, b) / Math.Min(a.Count, b.Count);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var common = Overlap(a, b);
        var union = a.Count + b.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    private static int Overlap(HashSet<string> a, HashSet<string> b) => a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);

    private static SectionProfile Profile(Section section) =>
        new(TextFolding.Fold(section.Heading), Words(section.Heading), new Lazy<HashSet<string>>(() => Words(section.Body)), section.Topic);

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextTokenChunker.Instance.Chunk(TextFolding.Fold(text)))
        {
            if (char.IsLetterOrDigit(token[0]) && !StopWords.Contains(token))
            {
                words.Add(token);
            }
        }

        return words;
    }

    // Body words are only read when identical headings leave sections unpaired, so most comparisons never build them.
    private sealed record SectionProfile(string Heading, HashSet<string> HeadingWords, Lazy<HashSet<string>> BodyWords, Topics.Topic Topic)
    {
        public HashSet<string> Words => BodyWords.Value;
    }
}
