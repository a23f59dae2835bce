using CountryRelations.Tests.Infrastructure;
using CountryRelations.Comparison;
using CountryRelations.Revisions;

namespace CountryRelations.Tests.Comparison;

public sealed class RevisionComparerTests
{
    private static readonly string[] AllSamples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Select(Path.GetFileName).ToArray()!;

    private static RevisionComparison NorthKorea() =>
        RevisionComparer.Compare(SampleRevisions.Read("fr-en_north-korea_2016-03-23.txt"), SampleRevisions.Read("fr-en_north-korea_2017.txt", 2));

    private static SectionComparison Group(RevisionComparison comparison, string newHeading) =>
        comparison.Sections.Single(s => s.New.Any(n => n.Heading == newHeading));

    [Fact]
    public void A_comparison_stops_when_its_request_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => RevisionComparer.Compare(
            SampleRevisions.Read("fr-en_north-korea_2016-03-23.txt"), SampleRevisions.Read("fr-en_north-korea_2017.txt", 2), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void North_korea_trade_figure_is_paired_with_the_year_it_refers_to_and_years_alone_are_not_figures()
    {
        var economic = Group(NorthKorea(), "Economic relations");

        Assert.Equal(SectionChangeKind.Changed, economic.Kind);
        var amount = economic.Figures.Single(f => f.Old?.Text == "€6.4 million");
        Assert.Equal((6_400_000m, 8_200_000m, "EUR"), (amount.Old!.Value, amount.New!.Value, amount.New.Currency));
        Assert.Equal((2014, 2016), (amount.Old.Year, amount.New.Year));
        Assert.Equal("Trade between France and North Korea is not very significant (€8.2 million in 2016).", amount.NewSentence);
        Assert.DoesNotContain(economic.Figures, f => f.Kind == FigureKind.Year);
        Assert.Contains(new DiffSpan(SpanKind.Deleted, "€6.4"), economic.Words);
        Assert.Contains(new DiffSpan(SpanKind.Inserted, "€8.2"), economic.Words);
    }

    [Fact]
    public void North_korea_french_company_sentence_is_replaced_sentence_by_sentence()
    {
        var economic = Group(NorthKorea(), "Economic relations");

        Assert.Contains(new DiffSpan(SpanKind.Deleted, "One French company is represented in the country, where it operates a cement factory as a joint venture."), economic.Sentences);
        Assert.Contains(new DiffSpan(SpanKind.Inserted, "There are no French companies working in the country."), economic.Sentences);
        Assert.DoesNotContain(economic.Sentences, s => s.Text.Contains("\n\nNorth", StringComparison.Ordinal));
    }

    [Fact]
    public void North_korea_renamed_humanitarian_heading_is_matched_and_european_union_section_is_added()
    {
        var comparison = NorthKorea();

        var humanitarian = Group(comparison, "Other types of cooperation: humanitarian assistance");
        Assert.Equal(["Humanitarian assistance"], humanitarian.Old.Select(s => s.Heading));
        Assert.True(humanitarian.HeadingChanged);
        Assert.Equal(SectionChangeKind.Changed, humanitarian.Kind);
        Assert.Contains(humanitarian.Figures, f => f.Old?.Text == "€700,000" && f.New is null);

        var union = Group(comparison, "Relations with the European Union");
        Assert.Equal(SectionChangeKind.Added, union.Kind);
        Assert.Empty(union.Old);

        Assert.Equal(["Political relations", "Economic relations", "Cultural, scientific and technical cooperation", "Other types of cooperation: humanitarian assistance", "Relations with the European Union"],
            comparison.Sections.SelectMany(s => s.New).Select(s => s.Heading));
        Assert.Equal((1, 0, 4, 0, 0), (comparison.Summary.Added, comparison.Summary.Removed, comparison.Summary.Changed, comparison.Summary.Moved, comparison.Summary.Unchanged));
        Assert.Equal(comparison.Sections.Sum(s => s.WordsAdded), comparison.Summary.WordsAdded);
        Assert.True(comparison.Summary.WordsRemoved > comparison.Summary.WordsAdded, "the 2017 page is shorter");
    }

    [Fact]
    public void Senegal_political_section_is_rewritten_and_visits_and_economy_sections_are_new()
    {
        var comparison = RevisionComparer.Compare(SampleRevisions.Read("fr-en_senegal_2016.txt"), SampleRevisions.Read("fr-en_senegal_2017.txt", 2));

        var political = Group(comparison, "Political relations");
        Assert.Equal(["Political relations and bilateral relations"], political.Old.Select(s => s.Heading));
        Assert.True(political.HeadingChanged);
        Assert.Contains(new DiffSpan(SpanKind.Inserted, "Senegal is the only sub-Saharan African country with which France holds an intergovernmental seminar every year (alternating between Dakar and Paris)."), political.Sentences);
        Assert.Equal(SectionChangeKind.Added, Group(comparison, "Bilateral visits").Kind);
        var economic = Group(comparison, "Economic relations");
        Assert.Equal(SectionChangeKind.Added, economic.Kind);
        Assert.Contains(economic.Figures, f => f.New is { Kind: FigureKind.Amount, Value: 834_200_000m, Currency: "EUR" } && f.Old is null);
        Assert.Contains(economic.Figures, f => f.New is { Kind: FigureKind.Percentage, Value: 78m });
    }

    [Fact]
    public void A_revision_compared_with_itself_is_all_unchanged()
    {
        var revision = SampleRevisions.Read("fr-fr_coree-du-nord_2023.txt");

        var comparison = RevisionComparer.Compare(revision, SampleRevisions.Read("fr-fr_coree-du-nord_2023.txt", 2));

        Assert.All(comparison.Sections, s => Assert.Equal(SectionChangeKind.Unchanged, s.Kind));
        Assert.False(comparison.Summary.HasChanges);
        Assert.Equal(revision.Sections.Count, comparison.Summary.Unchanged);
    }

    [Fact]
    public void Against_nothing_every_section_is_added()
    {
        var comparison = RevisionComparer.Compare(null, SampleRevisions.Read("us-en_laos_2014-01-31.txt"));

        Assert.All(comparison.Sections, s => Assert.Equal(SectionChangeKind.Added, s.Kind));
        Assert.Null(comparison.From);
    }

    public static TheoryData<string, string> SamplePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var a in AllSamples)
        {
            foreach (var b in AllSamples)
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplePairs))]
    public void Applying_the_spans_of_any_comparison_to_the_old_text_gives_the_new_text(string from, string to)
    {
        var comparison = RevisionComparer.Compare(SampleRevisions.Read(from), SampleRevisions.Read(to, 2));

        Assert.All(comparison.Sections, s =>
        {
            Assert.Equal(RevisionComparer.Body(s.Old), WordDiffer.OldText(s.Words));
            Assert.Equal(RevisionComparer.Body(s.New), WordDiffer.NewText(s.Words));
        });

        // Every section of both revisions is in exactly one group.
        Assert.Equal(comparison.From!.Sections.Select(s => s.Position).Order(), comparison.Sections.SelectMany(s => s.Old).Select(s => s.Position).Order());
        Assert.Equal(comparison.To.Sections.Select(s => s.Position).Order(), comparison.Sections.SelectMany(s => s.New).Select(s => s.Position).Order());
    }

    [Fact]
    public void Topic_comparison_looks_at_that_topic_only()
    {
        var comparison = RevisionComparer.Compare(
            SampleRevisions.Read("fr-en_north-korea_2016-03-23.txt"), SampleRevisions.Read("fr-en_north-korea_2017.txt", 2), CountryRelations.Topics.Topic.Economic);

        var only = Assert.Single(comparison.Sections);
        Assert.Equal("Economic relations", only.New.Single().Heading);
    }

    internal static Revision WithSections(params Section[] sections) => new() { RecordedBy = "tests", Sections = [.. sections] };
}
