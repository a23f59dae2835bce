namespace CountryRelations.Errors;

/// <summary>Short quotations of client input for error messages, which must never echo a whole request back.</summary>
public static class Excerpt
{
    /// <summary>The longest quotation, in characters.</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/> if short, else its start and an ellipsis; control characters shown as '?'.</summary>
    public static string Of(string text)
    {
        var cut = text.Length > MaxLength ? text[..MaxLength] + "…" : text;
        return string.Create(cut.Length, cut, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) ? '?' : source[i];
            }
        });
    }
}
