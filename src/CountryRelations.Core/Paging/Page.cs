namespace CountryRelations.Paging;

/// <summary>One page of a list, in list order.</summary>
/// <param name="Items">The items and their cursors.</param>
/// <param name="HasNextPage">Whether items follow the last one.</param>
/// <param name="HasPreviousPage">Whether items precede the first one.</param>
/// <param name="Count">Counts the whole list, where counting is cheap enough to offer; else null. Run only when asked.</param>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, bool HasPreviousPage, Func<Task<int>>? Count) : IPageInfo
{
    /// <summary>Cursor of the first item.</summary>
    public string? StartCursor => Items.Count == 0 ? null : Items[0].Cursor;

    /// <summary>Cursor of the last item.</summary>
    public string? EndCursor => Items.Count == 0 ? null : Items[^1].Cursor;

    /// <summary>The page information alone.</summary>
    public IPageInfo Info => this;

    /// <summary>How many items the whole list has; null where the list offers no count. A statement of its own, so only run for a client that asks.</summary>
    public async Task<int?> TotalCountAsync() => Count is null ? null : await Count();

    /// <summary>The same page with its nodes mapped by <paramref name="map"/>.</summary>
    public Page<TOut> Select<TOut>(Func<T, TOut> map) =>
        new(Items.Select(i => new PageItem<TOut>(map(i.Node), i.Cursor)).ToList(), HasNextPage, HasPreviousPage, Count);
}
