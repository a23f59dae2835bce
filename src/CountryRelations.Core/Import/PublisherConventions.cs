using System.Text.RegularExpressions;
using CountryRelations.Countries;

namespace CountryRelations.Import;

/// <summary>
/// What is particular to one publisher's pages: how its titles name the country, which lines are page chrome,
/// and how to head text that comes before the first heading. Adding a publisher is adding one of these.
/// </summary>
public abstract class PublisherConventions
{
    /// <summary>The publisher's code in the store.</summary>
    public abstract string PublisherCode { get; }

    /// <summary>Title lines; a <c>country</c> group, when present, names the subject country.</summary>
    protected abstract IReadOnlyList<Regex> TitlePatterns { get; }

    /// <summary>Whole lines (folded: lower case, no accents) that are navigation or sharing chrome.</summary>
    protected abstract IReadOnlySet<string> ChromeLines { get; }

    /// <summary>Patterns (over folded lines) of chrome such as footers.</summary>
    protected abstract IReadOnlyList<Regex> ChromePatterns { get; }

    /// <summary>True when <paramref name="line"/> is one of this publisher's title lines.</summary>
    public bool IsTitle(string line, out string? countryName)
    {
        foreach (var pattern in TitlePatterns)
        {
            var match = pattern.Match(line.Trim());
            if (!match.Success)
            {
                continue;
            }

            countryName = match.Groups["country"].Success ? match.Groups["country"].Value.Trim() : null;
            if (countryName is null || CountryCatalog.Default.Find(countryName) is not null)
            {
                return true;
            }
        }

        countryName = null;
        return false;
    }

    /// <summary>True when <paramref name="line"/> is page chrome to drop.</summary>
    public bool IsChrome(string line)
    {
        var folded = TextFolding.Fold(line);
        return folded.Length > 0 && (ChromeLines.Contains(folded) || ChromePatterns.Any(p => p.IsMatch(folded)));
    }

    /// <summary>The title line of this publisher's page on <paramref name="countryName"/> in <paramref name="language"/>; readers recognise it.</summary>
    public abstract string PageTitle(string countryName, string language);

    /// <summary>The heading given to text that precedes the first heading (U.S. fact sheets open this way).</summary>
    public virtual string? IntroductionHeading(string? title) => title;
}
