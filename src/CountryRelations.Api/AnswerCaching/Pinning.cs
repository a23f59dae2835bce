using GraphQL.Builders;
using GraphQL.Types;

namespace CountryRelations.Api.AnswerCaching;

/// <summary>
/// What a field's value depends on, declared next to the field, so <see cref="PinnedAnswer"/> can tell an answer that
/// can never change. A field that declares nothing may change (publishers are edited, rows are corrected, "now" moves),
/// so an answer that selects it is never pinned: forgetting a declaration costs a revalidation, never a stale answer.
/// </summary>
public static class Pinning
{
    private const string Key = "countryrelations.pinning";

    /// <summary>A field whose value follows from its parent's value and its own arguments alone.</summary>
    private static readonly FieldPin Fixed = new(ByKnownAt: false, Given: []);

    /// <summary>Declares that every field of <paramref name="type"/> follows from its parent's value and its arguments alone.</summary>
    public static void FieldsFollowTheirParent(this IComplexGraphType type) => type.Metadata[Key] = Fixed;

    /// <summary>Declares that the field follows from its parent's value and its arguments alone.</summary>
    public static FieldBuilder<TSource, TReturn> FollowsItsParent<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[Key] = Fixed;
        return field;
    }

    /// <summary>
    /// Declares that the field reads the history as known at its <c>knownAt</c> argument: its value never changes
    /// once that instant has settled, provided every argument in <paramref name="given"/> (those that default to
    /// today or to configuration) was given too.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> KnownAtPins<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] given)
    {
        field.FieldType.Metadata[Key] = new FieldPin(ByKnownAt: true, Given: given);
        return field;
    }

    /// <summary>What <paramref name="field"/> of <paramref name="parent"/> declared; null when nothing.</summary>
    internal static FieldPin? Of(IComplexGraphType parent, FieldType field) =>
        field.GetMetadata<FieldPin?>(Key) ?? parent.GetMetadata<FieldPin?>(Key);
}

/// <summary>
/// A field's declaration: whether its <c>knownAt</c> argument must be given and settled, and which other arguments
/// must be given, for its value to be fixed.
/// </summary>
internal sealed record FieldPin(bool ByKnownAt, IReadOnlyList<string> Given);
