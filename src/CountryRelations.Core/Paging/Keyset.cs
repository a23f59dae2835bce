namespace CountryRelations.Paging;

/// <summary>
/// Builds a page from a keyset fetch: the caller reads at most <c>limit</c> items strictly beyond a cursor in the
/// reading direction (ascending list order forwards, descending backwards); one extra item tells whether more follow.
/// </summary>
public static class Keyset
{
    /// <summary>Fetches one page of <paramref name="request"/>.</summary>
    /// <param name="request">The validated page request.</param>
    /// <param name="cursorOf">The cursor of an item.</param>
    /// <param name="fetch">Reads up to <c>limit</c> items beyond the cursor (null: from the start) in the given direction (true: backwards).</param>
    /// <param name="totalCount">Counts the whole list, when that is cheap enough to offer; run only if a client asks.</param>
    public static async Task<Page<T>> PageAsync<T>(
        PageRequest request,
        Func<T, string> cursorOf,
        Func<string?, bool, int, Task<IReadOnlyList<T>>> fetch,
        Func<Task<int>>? totalCount = null)
    {
        var size = request.Size;
        var rows = size == 0 ? [] : await fetch(request.Cursor, request.Backward, size + 1);
        var more = rows.Count > size;
        var kept = rows.Take(size).ToList();
        if (request.Backward)
        {
            kept.Reverse();
        }

        var items = kept.Select(node => new PageItem<T>(node, cursorOf(node))).ToList();
        return request.Backward
            ? new Page<T>(items, request.Before is not null, more, totalCount)
            : new Page<T>(items, more, request.After is not null, totalCount);
    }
}
