using CountryRelations.Comparison;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Comparison;

/// <summary>A stored pair is compared once for every caller; what is not stored is never shared.</summary>
public sealed class SharedComparisonsTests
{
    [Fact]
    public void The_same_stored_pair_is_diffed_once_and_each_pair_has_its_own()
    {
        using var shared = new SharedComparisons();
        var older = SampleRevisions.Read("fr-en_north-korea_2016-03-23.txt", 1);
        var newer = SampleRevisions.Read("fr-en_north-korea_2017.txt", 2);

        var first = shared.Compare(older, newer, CancellationToken.None);
        var again = shared.Compare(older, newer, CancellationToken.None);
        var fromNothing = shared.Compare(null, newer, CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, fromNothing);
        Assert.Equal(RevisionComparer.Compare(older, newer).Summary, first.Summary);
        Assert.Null(fromNothing.From);
    }

    [Fact]
    public void Revisions_without_an_identity_are_compared_each_time()
    {
        using var shared = new SharedComparisons();
        var older = SampleRevisions.Read("fr-en_north-korea_2016-03-23.txt", 0);
        var newer = SampleRevisions.Read("fr-en_north-korea_2017.txt", 0);

        Assert.NotSame(shared.Compare(older, newer, CancellationToken.None), shared.Compare(older, newer, CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_comparison_is_not_kept()
    {
        using var shared = new SharedComparisons();
        var older = SampleRevisions.Read("fr-en_north-korea_2016-03-23.txt", 1);
        var newer = SampleRevisions.Read("fr-en_north-korea_2017.txt", 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => shared.Compare(older, newer, cancelled.Token));
        Assert.NotNull(shared.Compare(older, newer, CancellationToken.None).Summary);
    }
}
