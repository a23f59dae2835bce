namespace CountryRelations.Paging;

/// <summary>Relay page information of a <see cref="Page{T}"/>.</summary>
public interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}
