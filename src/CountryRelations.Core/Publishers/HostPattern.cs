using System.Text.RegularExpressions;
using CountryRelations.Errors;

namespace CountryRelations.Publishers;

/// <summary>
/// Where a publisher's pages are served: a host that covers its sub-domains (<c>diplo.de</c> covers
/// <c>hanoi.diplo.de</c>), with <c>*</c> standing for part of a label (<c>ambafrance-*.org</c>), optionally followed by a
/// path prefix for a ministry's part of a shared government portal (<c>gov.uk/government/organisations/…</c>).
/// </summary>
public sealed partial record HostPattern
{
    private readonly Regex _host;

    private HostPattern(string text, string host, string path)
    {
        Text = text;
        Path = path;
        _host = new Regex(
            "^(?:[^.]+\\.)*" + string.Join("[^.]*", host.Split('*').Select(Regex.Escape)) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>The pattern as written (lower case, no scheme).</summary>
    public string Text { get; }

    /// <summary>The path prefix, "" for the whole host.</summary>
    public string Path { get; }

    /// <summary>How specific the pattern is: where two publishers' patterns match, the longer wins (a portal's path over the portal).</summary>
    public int Specificity => Text.Replace("*", "", StringComparison.Ordinal).Length;

    /// <summary>True when <paramref name="address"/> is served under this pattern.</summary>
    public bool Matches(Uri address) =>
        _host.IsMatch(address.Host.TrimEnd('.'))
        && (Path.Length == 0
            || address.AbsolutePath.Equals(Path, StringComparison.OrdinalIgnoreCase)
            || address.AbsolutePath.StartsWith(Path.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads <paramref name="text"/> (<c>host</c>, <c>*.host</c> or <c>host/path</c>; a scheme is dropped); refuses
    /// anything else with <c>INVALID_INPUT</c>: a pattern of one label or all wildcard would claim the whole web.
    /// </summary>
    public static HostPattern Parse(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        trimmed = Scheme().Replace(trimmed, "");
        if (trimmed.StartsWith("*.", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? trimmed : trimmed[..slash];
        var path = slash < 0 ? "" : trimmed[slash..].TrimEnd('/');
        var labels = host.Split('.');
        if (trimmed.Length > 200 || !Host().IsMatch(host) || labels.Length < 2 || labels[^1].Contains('*', StringComparison.Ordinal)
            || labels.Count(l => l.Replace("*", "", StringComparison.Ordinal).Length > 0) < 2 || !PathPrefix().IsMatch(path))
        {
            throw new DomainException(
                ErrorCodes.InvalidInput,
                $"hosts: \"{Excerpt.Of(text)}\" is not a host pattern (e.g. \"auswaertiges-amt.de\", \"*.diplo.de\", \"ambafrance-*.org\" or \"gov.uk/world\").");
        }

        return new HostPattern(host + path, host, path);
    }

    [GeneratedRegex("^https?://")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^[a-z0-9*]([a-z0-9*-]{0,61}[a-z0-9*])?(\.[a-z0-9*]([a-z0-9*-]{0,61}[a-z0-9*])?)+$")]
    private static partial Regex Host();

    [GeneratedRegex(@"^(/[A-Za-z0-9._~%!$&'()+,;=:@-]+)*$")]
    private static partial Regex PathPrefix();
}
