using System.Reflection;
using System.Text.RegularExpressions;
using CountryRelations.Errors;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Errors;

/// <summary>The registry of error codes is the contract: complete, used by name, and what the README documents.</summary>
public sealed partial class ErrorCodesTests
{
    [Fact]
    public void Every_named_code_is_registered_once_with_a_status_and_a_meaning()
    {
        var named = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.All(named, code => Assert.True(ErrorCodes.IsRegistered(code), code));
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(ErrorCodes.All, c => Assert.InRange(c.Status, 400, 599));
        Assert.All(ErrorCodes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Meaning), c.Code));
    }

    [Fact]
    public void Every_validation_error_GraphQL_NET_can_raise_is_registered()
    {
        // GraphQL.NET names a rule's code after its error type: FieldsOnCorrectTypeError → FIELDS_ON_CORRECT_TYPE.
        var types = typeof(global::GraphQL.Validation.ValidationError).Assembly.GetTypes()
            .Where(t => t.Namespace == "GraphQL.Validation.Errors" && typeof(global::GraphQL.Validation.ValidationError).IsAssignableFrom(t));
        var codes = types.Select(t => global::GraphQL.Execution.ErrorInfoProvider.GetErrorCode(t)).Select(c => c.EndsWith("_ERROR", StringComparison.Ordinal) ? c[..^"_ERROR".Length] : c).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(ErrorCodes.IsRegistered(code), $"{code} is not in ErrorCodes.All"));
    }

    [Fact]
    public void No_source_file_spells_a_code_instead_of_naming_it()
    {
        var registered = ErrorCodes.All.Select(c => c.Code).ToHashSet();
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                || Path.GetFileName(file) == "ErrorCodes.cs")
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match literal in CodeLiteral().Matches(lines[i]))
                {
                    if (registered.Contains(literal.Groups[1].Value) || CodeContext().IsMatch(lines[i]))
                    {
                        offences.Add($"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(offences.Count == 0, "Name codes through ErrorCodes:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_README_table_lists_exactly_the_registered_codes_with_their_status()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var section = readme[readme.IndexOf("### Errors", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        var documented = new Dictionary<string, int>();
        foreach (Match row in TableRow().Matches(section))
        {
            foreach (Match code in Regex.Matches(row.Groups["codes"].Value, "`([A-Z_]+)`"))
            {
                documented[code.Groups[1].Value] = int.Parse(row.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var registered = ErrorCodes.All.ToDictionary(c => c.Code, c => c.Status);
        Assert.Empty(registered.Keys.Except(documented.Keys).Select(c => "undocumented: " + c));
        Assert.Empty(documented.Keys.Except(registered.Keys).Select(c => "documented but not registered: " + c));
        Assert.All(registered, c => Assert.Equal(c.Value, documented[c.Key]));
    }

    [GeneratedRegex("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"")]
    private static partial Regex CodeLiteral();

    // A literal where a code goes: an error's Code, a refusal's first argument.
    [GeneratedRegex(@"Code\s*=\s*""|TransportError\(\s*""|DomainException\(\s*""|ValidationError\([^)]*,\s*""[A-Z]")]
    private static partial Regex CodeContext();

    [GeneratedRegex(@"^\| (?<codes>`[^|]+) \| (?<status>\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
