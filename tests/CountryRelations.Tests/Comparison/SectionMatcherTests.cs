using CountryRelations.Comparison;
using static CountryRelations.Tests.Infrastructure.SampleRevisions;

namespace CountryRelations.Tests.Comparison;

public sealed class SectionMatcherTests
{
    private const string Trade = "Trade between the two countries reached €8.2 million in 2016, mostly machinery and pharmaceutical products.";
    private const string Aid = "France funds two NGOs working with the rural population since the start of the millennium, and the World Food Programme.";
    private const string Culture = "A French language assistant teaches at Kim Il-sung University; short language courses are held for teachers.";

    private static RevisionComparison Compare(CountryRelations.Revisions.Section[] old, CountryRelations.Revisions.Section[] @new) =>
        RevisionComparer.Compare(RevisionComparerTests.WithSections(old), RevisionComparerTests.WithSections(@new));

    [Fact]
    public void Renamed_heading_with_the_same_words_in_it_is_matched()
    {
        var matches = SectionMatcher.Match(
            [Section(0, "Humanitarian assistance", Aid)],
            [Section(0, "Other types of cooperation: humanitarian assistance", Aid + " It also contributes through the EU.")]);

        Assert.Equal([new SectionMatch([0], [0])], matches, new MatchComparer());
    }

    [Fact]
    public void Renamed_heading_with_unchanged_text_is_matched_by_its_text()
    {
        var comparison = Compare([Section(0, "Economy", Trade)], [Section(0, "Bilateral trade", Trade)]);

        var only = Assert.Single(comparison.Sections);
        Assert.Equal((SectionChangeKind.Changed, true, 0, 0), (only.Kind, only.HeadingChanged, only.WordsAdded, only.WordsRemoved));
    }

    [Fact]
    public void Reordered_sections_are_moved_and_the_rest_unchanged()
    {
        var comparison = Compare(
            [Section(0, "Economic relations", Trade), Section(1, "Humanitarian assistance", Aid), Section(2, "Cultural cooperation", Culture)],
            [Section(0, "Cultural cooperation", Culture), Section(1, "Economic relations", Trade), Section(2, "Humanitarian assistance", Aid)]);

        Assert.Equal([SectionChangeKind.Moved, SectionChangeKind.Unchanged, SectionChangeKind.Unchanged], comparison.Sections.Select(s => s.Kind));
        Assert.Equal(1, comparison.Summary.Moved);
    }

    [Fact]
    public void Two_sections_merged_into_one_form_one_changed_group()
    {
        var comparison = Compare(
            [Section(0, "Economic relations", Trade), Section(1, "Humanitarian assistance", Aid)],
            [Section(0, "Economic relations and assistance", Trade + "\n\n" + Aid)]);

        var merged = Assert.Single(comparison.Sections);
        Assert.Equal(["Economic relations", "Humanitarian assistance"], merged.Old.Select(s => s.Heading));
        Assert.Equal(SectionChangeKind.Changed, merged.Kind);
        Assert.Equal((0, 0), (merged.WordsAdded, merged.WordsRemoved));
    }

    [Fact]
    public void One_section_split_in_two_forms_one_changed_group()
    {
        var comparison = Compare(
            [Section(0, "Cooperation", Culture + "\n\n" + Aid)],
            [Section(0, "Cultural cooperation", Culture), Section(1, "Humanitarian cooperation", Aid)]);

        var split = Assert.Single(comparison.Sections);
        Assert.Equal(["Cultural cooperation", "Humanitarian cooperation"], split.New.Select(s => s.Heading));
        Assert.Equal(SectionChangeKind.Changed, split.Kind);
    }

    [Fact]
    public void Unrelated_sections_are_removed_and_added_not_paired()
    {
        var comparison = Compare([Section(0, "Economic relations", Trade)], [Section(0, "Cultural cooperation", Culture)]);

        Assert.Equal([SectionChangeKind.Removed, SectionChangeKind.Added], comparison.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void A_removed_section_keeps_its_place_after_the_section_before_it()
    {
        var comparison = Compare(
            [Section(0, "Economic relations", Trade), Section(1, "Humanitarian assistance", Aid), Section(2, "Cultural cooperation", Culture)],
            [Section(0, "Economic relations", Trade), Section(1, "Cultural cooperation", Culture)]);

        Assert.Equal([SectionChangeKind.Unchanged, SectionChangeKind.Removed, SectionChangeKind.Unchanged], comparison.Sections.Select(s => s.Kind));
    }

    private sealed class MatchComparer : IEqualityComparer<SectionMatch>
    {
        public bool Equals(SectionMatch? x, SectionMatch? y) => x!.Old.SequenceEqual(y!.Old) && x.New.SequenceEqual(y.New);

        public int GetHashCode(SectionMatch obj) => obj.Old.Count;
    }
}
