using CountryRelations.Errors;

namespace CountryRelations.Paging;

/// <summary>
/// A Relay page request: <c>first</c> items after the cursor <c>after</c>, or <c>last</c> items before <c>before</c>.
/// Sizes default to <see cref="DefaultSize"/> and may not exceed <see cref="MaxSize"/>.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    /// <summary>Whether the page is read backwards from <see cref="Before"/> (or from the end).</summary>
    public bool Backward => Last is not null || Before is not null && First is null;

    /// <summary>How many items the page holds at most.</summary>
    public int Size => (Backward ? Last : First) ?? DefaultSize;

    /// <summary>The cursor to continue from, in the reading direction.</summary>
    public string? Cursor => Backward ? Before : After;

    /// <summary>Refuses contradictory or out-of-range arguments with <c>INVALID_PAGE</c>.</summary>
    public PageRequest Validated()
    {
        if (First is not null && Last is not null)
        {
            throw new DomainException(ErrorCodes.InvalidPage, "Give `first` (with `after`) or `last` (with `before`), not both.");
        }

        if (First is not null && Before is not null || Last is not null && After is not null || After is not null && Before is not null)
        {
            throw new DomainException(ErrorCodes.InvalidPage, "`after` goes with `first`, `before` with `last`.");
        }

        if (First is < 0 or > MaxSize || Last is < 0 or > MaxSize)
        {
            throw new DomainException(ErrorCodes.InvalidPage, $"`first` and `last` must be between 0 and {MaxSize}.");
        }

        return this;
    }
}
