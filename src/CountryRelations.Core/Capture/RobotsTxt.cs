namespace CountryRelations.Capture;

/// <summary>
/// A robots.txt file (RFC 9309) as it applies to one product token: the group naming it (else the <c>*</c> group),
/// its allow and disallow rules with <c>*</c> and <c>$</c>; the longest matching rule wins, allow on a tie.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    /// <summary>Everything allowed: no file (4xx), or no rule for us.</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>Nothing allowed: the file could not be read (5xx, unreachable), as RFC 9309 asks.</summary>
    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    /// <summary>The rules of <paramref name="text"/> for <paramref name="productToken"/> (case-insensitive).</summary>
    public static RobotsTxt Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if ((key == "allow" || key == "disallow") && current is not null)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    current.Value.Rules.Add((value, key == "allow"));
                }
            }
            else
            {
                lastWasAgent = false;
            }
        }

        var token = productToken.ToLowerInvariant();
        var ours = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).SelectMany(g => g.Rules).ToList();
        if (ours.Count == 0 && !groups.Any(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))))
        {
            ours = groups.Where(g => g.Agents.Contains("*")).SelectMany(g => g.Rules).ToList();
        }

        return new RobotsTxt(ours);
    }

    /// <summary>Whether the path and query of an address may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = (Length: -1, Allow: true);
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best.Length || pattern.Length == best.Length && allow))
            {
                best = (pattern.Length, allow);
            }
        }

        return best.Allow;
    }

    // '*' matches any run of characters, a final '$' anchors the end; otherwise a rule is a prefix.
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = i == parts.Length - 1 && anchored ? path.LastIndexOf(parts[i], StringComparison.Ordinal) : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < at)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }
}
