using System.Text.RegularExpressions;
using CountryRelations.Countries;

namespace CountryRelations.Import;

/// <summary>
/// What is particular to one publisher's pages: the addresses it publishes at, how its titles name the country,
/// which lines are page chrome, where its footer starts, and how to head text that comes before the first
/// heading. Adding a publisher is adding one of these.
/// </summary>
public abstract class PublisherConventions
{
    /// <summary>The publisher's code in the store.</summary>
    public abstract string PublisherCode { get; }

    /// <summary>The publisher's own country (alpha-2): never the subject of one of its pages.</summary>
    public abstract string HomeCountry { get; }

    /// <summary>Host names the publisher's pages are served from; sub-domains (archives) count too.</summary>
    protected abstract IReadOnlyList<string> Hosts { get; }

    /// <summary>Title lines; a <c>country</c> group, when present, names the subject country.</summary>
    protected abstract IReadOnlyList<Regex> TitlePatterns { get; }

    /// <summary>Whole lines (folded: lower case, no accents) that are navigation or sharing chrome.</summary>
    protected abstract IReadOnlySet<string> ChromeLines { get; }

    /// <summary>Patterns (over folded lines) of chrome such as banners and captions.</summary>
    protected abstract IReadOnlyList<Regex> ChromePatterns { get; }

    /// <summary>Chrome lines (folded) that name the subject country in a <c>country</c> group ("more information about X…").</summary>
    protected virtual IReadOnlyList<Regex> CountryLinePatterns => [];

    /// <summary>Chrome lines (folded) that name this publisher ("from: u.s. state department") on a page reposted elsewhere.</summary>
    protected abstract IReadOnlyList<Regex> PublisherMarks { get; }

    /// <summary>Lines (folded) where the footer starts once content has begun: nothing after them is the profile.</summary>
    protected abstract IReadOnlyList<Regex> FooterStarts { get; }

    /// <summary>Lines (folded) that end a news teaser at the top of a page ("» read more ..."); the teaser is not the profile.</summary>
    protected virtual IReadOnlyList<Regex> TeaserEnds => [];

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

            countryName = match.Groups["country"].Success ? WithoutArticle(match.Groups["country"].Value) : null;
            if (countryName is null || CountryCatalog.Default.Find(countryName) is not null)
            {
                return true;
            }
        }

        countryName = null;
        return false;
    }

    /// <summary>What <paramref name="line"/> says when it is page chrome to drop; null when it is not chrome. The line is folded once.</summary>
    public ChromeLine? Chrome(string line)
    {
        var folded = TextFolding.Fold(line);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var pattern in CountryLinePatterns)
        {
            var match = pattern.Match(folded);
            if (match.Success)
            {
                return new ChromeLine(WithoutArticle(match.Groups["country"].Value), false, false);
            }
        }

        var namesPublisher = PublisherMarks.Any(p => p.IsMatch(folded));
        var endsTeaser = TeaserEnds.Any(p => p.IsMatch(folded));
        return namesPublisher || endsTeaser || ChromeLines.Contains(folded) || ChromePatterns.Any(p => p.IsMatch(folded))
            ? new ChromeLine(null, namesPublisher, endsTeaser)
            : null;
    }

    /// <summary>True when <paramref name="line"/> starts the footer (once content has begun).</summary>
    public bool IsFooterStart(string line)
    {
        var folded = TextFolding.Fold(line);
        return folded.Length > 0 && FooterStarts.Any(p => p.IsMatch(folded));
    }

    /// <summary>True when <paramref name="address"/> is on one of the publisher's hosts.</summary>
    public bool Publishes(Uri address) =>
        Hosts.Any(host => address.Host.Equals(host, StringComparison.OrdinalIgnoreCase)
            || address.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of the page at <paramref name="address"/> (one of the publisher's), when its address tells.</summary>
    public virtual string? LanguageOf(Uri address) => null;

    /// <summary>The title line of this publisher's page on <paramref name="countryName"/> in <paramref name="language"/>; readers recognise it.</summary>
    public abstract string PageTitle(string countryName, string language);

    /// <summary>The heading given to text that precedes the first heading (U.S. fact sheets open this way).</summary>
    public virtual string? IntroductionHeading(string? title) => title;

    private static string WithoutArticle(string name) =>
        Regex.Replace(name.Trim(), @"^(?:(?:the|la|le|les)\s+|l['’]\s*)", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
