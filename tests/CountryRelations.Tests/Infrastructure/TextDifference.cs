namespace CountryRelations.Tests.Infrastructure;

/// <summary>Where two committed-versus-generated texts part, so a stale-file failure says what changed.</summary>
public static class TextDifference
{
    /// <summary>The first line that differs, as "Line N was `…`, now `…`." (empty when the texts are equal).</summary>
    public static string First(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var was = i < a.Length ? a[i] : "(end)";
            var now = i < b.Length ? b[i] : "(end)";
            if (was != now)
            {
                return $"Line {i + 1} was `{was.Trim()}`, now `{now.Trim()}`.";
            }
        }

        return "";
    }
}
