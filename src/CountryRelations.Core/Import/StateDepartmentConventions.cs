using System.Text.RegularExpressions;
using CountryRelations.Publishers;

namespace CountryRelations.Import;

/// <summary>U.S. Department of State "U.S. Relations With X" bilateral relations fact sheets.</summary>
public sealed partial class StateDepartmentConventions : PublisherConventions
{
    public override string PublisherCode => KnownPublishers.UsDepartmentOfState;

    protected override IReadOnlyList<Regex> TitlePatterns { get; } = [Title()];

    protected override IReadOnlySet<string> ChromeLines { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "printable banner", "u.s. department of state - great seal", "u.s. department of state", "diplomacy in action", "fact sheet",
        "share", "print", "email", "subscribe to updates",
    };

    protected override IReadOnlyList<Regex> ChromePatterns { get; } = [MoreInformation(), Bureau(), Footer()];

    public override string PageTitle(string countryName, string language) => $"U.S. Relations With {countryName}";

    [GeneratedRegex(@"^U\.?S\.? Relations With (?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"^more information about .+ is available")]
    private static partial Regex MoreInformation();

    [GeneratedRegex(@"^bureau of .+ affairs$")]
    private static partial Regex Bureau();

    [GeneratedRegex(@"^(?:©|copyright\b|all rights reserved|this site is managed by)")]
    private static partial Regex Footer();
}
