using System.Text.RegularExpressions;
using CountryRelations.Publishers;

namespace CountryRelations.Import;

/// <summary>
/// U.S. Department of State pages: "U.S. Relations With X" bilateral relations fact sheets of every era
/// (the 1997–2001 archive's "U.S.-X Relations", today's country pages) and their reposts.
/// </summary>
public sealed partial class StateDepartmentConventions : PublisherConventions
{
    public override string PublisherCode => KnownPublishers.UsDepartmentOfState;

    public override string HomeCountry => "US";

    protected override IReadOnlyList<string> Hosts { get; } = ["state.gov"];

    protected override IReadOnlyList<Regex> TitlePatterns { get; } = [Title(), ArchiveTitle(), SiteTitle()];

    protected override IReadOnlySet<string> ChromeLines { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "printable banner", "u.s. department of state - great seal", "u.s. department of state", "diplomacy in action", "fact sheet",
        "share", "print", "email", "subscribe to updates", "great seal", "blue bar", "bilateral relations fact sheet", "u.s. relationship",
        "official websites use .gov", "secure .gov websites use https",
    };

    protected override IReadOnlyList<Regex> ChromePatterns { get; } =
        [Bureau(), Footer(), Banner(), Archive(), ReadMore(), PhotoCaption(), ImageCredit(), ReleasedBy()];

    protected override IReadOnlyList<Regex> CountryLinePatterns { get; } = [MoreInformation()];

    protected override IReadOnlyList<Regex> PublisherMarks { get; } = [Department()];

    protected override IReadOnlyList<Regex> FooterStarts { get; } = [Footer(), DepartmentAlone()];

    public override string? LanguageOf(Uri address) => "en";

    public override string PageTitle(string countryName, string language) => $"U.S. Relations With {countryName}";

    [GeneratedRegex(@"^U\.?S\.? Relations With (?<country>.+?)(?:\s*[:–-]\s*Bilateral Relations Fact Sheet)?(?:\s+[-–|]\s+(?:United States |U\.S\. )?Department of State)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"^U\.?S\.?\s?[-–]\s?(?<country>.+?) Relations$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveTitle();

    [GeneratedRegex(@"^(?<country>.+?)\s+[-–|]\s+(?:United States |U\.S\. )?Department of State$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteTitle();

    [GeneratedRegex(@"^more information about (?<country>.+?) is available")]
    private static partial Regex MoreInformation();

    [GeneratedRegex(@"^bureau of .+ affairs$")]
    private static partial Regex Bureau();

    [GeneratedRegex(@"^(?:©|copyright\b|all rights reserved|this site is managed by)")]
    private static partial Regex Footer();

    [GeneratedRegex(@"^u\.s\. department of state$")]
    private static partial Regex DepartmentAlone();

    // The banner of today's .gov sites, line by line.
    [GeneratedRegex(@"^(?:an official website of the united states government|a \.gov website belongs to|a lock \(|here's how you know$)")]
    private static partial Regex Banner();

    [GeneratedRegex(@"^(?:other state department archive sites|the state department web site below is a permanent electronic archive)")]
    private static partial Regex Archive();

    [GeneratedRegex(@"^read more about .+$")]
    private static partial Regex ReadMore();

    // "Pyongyang/ North Korea- 04/13/2018": a photograph's place and date.
    [GeneratedRegex(@"^[\p{L} .'-]+/\s*[\p{L} .'-]+-\s*\d{1,2}/\d{1,2}/\d{4}$")]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"(?:\[(?:shutterstock|getty images|ap photo|reuters|state department)[^\]]*\]$|^(?:map|photo|image) credit\s*:)")]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^fact sheet released by ")]
    private static partial Regex ReleasedBy();

    [GeneratedRegex(@"(?:^from\s*:\s*(?:the )?u\.?s\.? (?:state department|department of state)|^(?:map |photo )?credit\s*:\s*u\.?s\.? (?:state department|department of state))")]
    private static partial Regex Department();
}
