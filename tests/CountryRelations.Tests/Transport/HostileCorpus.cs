using System.Text;
using System.Text.Json;
using CountryRelations.Api.Security;
using CountryRelations.Tests.Infrastructure;

namespace CountryRelations.Tests.Transport;

/// <summary>
/// Classes of hostile and malformed requests, each class in many variants: what attackers and careless clients
/// send that no ordinary test does. Writes aim at <c>publisher</c>, a publisher of the test's own.
/// </summary>
public static class HostileCorpus
{
    public static IReadOnlyList<HostileCase> Build(string publisher)
    {
        var cases = new List<HostileCase>();

        // 1. Fragments spreading the next one twice: exponential once expanded.
        foreach (var levels in new[] { 10, 12, 16, 20, 24, 28, 32, 40 })
        {
            var fragments = Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
            var query = "query { ...F0 } " + string.Join(' ', fragments) + $" fragment F{levels} on Query {{ countries {{ code nameEn nameFr }} }}";
            cases.Add(Post($"fragment bomb, {levels} levels", query, null, 400, "COMPLEXITY_LIMIT_EXCEEDED"));
            cases.Add(Get($"fragment bomb over GET, {levels} levels", query, 400, "COMPLEXITY_LIMIT_EXCEEDED"));
        }

        // Fragments that fan out wide rather than deep, and aliases under them.
        foreach (var width in new[] { 50, 200, 1000 })
        {
            var query = "query { ...W } fragment W on Query { " + string.Join(' ', Enumerable.Range(0, width).Select(i => $"c{i}: countries {{ code }}")) + " }";
            cases.Add(Post($"{width} aliased fields in a fragment", query, null, 400, query.Length > 20_000 ? "QUERY_TOO_LONG" : "TOO_MANY_ALIASES"));
        }

        // 2. Deep nesting, inside and beyond what the parser reads.
        foreach (var depth in new[] { 20, 40, 100, 300, 1000, 5000 })
        {
            var query = "{ " + string.Concat(Enumerable.Repeat("profile(country: \"KP\") { revision { ", depth / 2)) + "id" + new string('}', (depth / 2) * 2) + " }";
            cases.Add(Post($"query nested {depth} levels", query, null, 400, query.Length > 20_000 ? "QUERY_TOO_LONG" : "DEPTH_LIMIT_EXCEEDED"));

            // A URL past the HTTP server's request-line limit is refused by the server itself: 414, no body.
            var get = Get($"query nested {depth} levels over GET", query, 400, query.Length > 20_000 ? "QUERY_TOO_LONG" : "DEPTH_LIMIT_EXCEEDED");
            cases.Add(get.Query.Length > 60 * 1024 ? get with { Status = 414, Code = "" } : get);
            var list = "[" + string.Concat(Enumerable.Repeat("[", depth)) + "\"KP\"" + string.Concat(Enumerable.Repeat("]", depth)) + "]";
            cases.Add(Post($"list value nested {depth} levels", "{ profiles(countries: " + list + ") { totalCount } }", null, 400, depth >= 64 ? "DEPTH_LIMIT_EXCEEDED" : "ARGUMENTS_OF_CORRECT_TYPE"));
        }

        // 3. Bytes that are not UTF-8, in every part of the body.
        byte[][] badBytes = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];
        foreach (var bytes in badBytes)
        {
            foreach (var (part, template) in new[]
                     {
                         ("query", "{\"query\":\"{ countries { code } }#§\"}"),
                         ("operationName", "{\"query\":\"query Q { countries { code } }\",\"operationName\":\"Q§\"}"),
                         ("variables", "{\"query\":\"query($c: String!) { country(code: $c) { code } }\",\"variables\":{\"c\":\"K§\"}}"),
                     })
            {
                var text = Encoding.UTF8.GetBytes(template);
                var at = Array.IndexOf(text, (byte)0xC2); // "§" is C2 A7 in UTF-8
                byte[] body = [.. text[..at], .. bytes, .. text[(at + 2)..]];
                cases.Add(new($"invalid UTF-8 {Convert.ToHexString(bytes)} in {part}", HttpMethod.Post, "", body, "application/json", null, 400, "INVALID_JSON"));
            }
        }

        // 4. Lone surrogate escapes: valid JSON, but no .NET string.
        foreach (var escape in new[] { "\\ud800", "\\udfff", "\\ud83d", "x\\udc00y" })
        {
            cases.Add(Raw($"lone surrogate {escape} in query", $"{{\"query\":\"{{ country(code: \\\"{escape}\\\") {{ code }} }}\"}}", 400, "INVALID_JSON"));
            cases.Add(Raw($"lone surrogate {escape} in operationName", $"{{\"query\":\"query Q {{ countries {{ code }} }}\",\"operationName\":\"{escape}\"}}", 400, "INVALID_JSON"));
            cases.Add(Raw($"lone surrogate {escape} in a variable", $"{{\"query\":\"query($c: String!) {{ country(code: $c) {{ code }} }}\",\"variables\":{{\"c\":\"{escape}\"}}}}", 400, "INVALID_JSON"));
            cases.Add(Raw($"lone surrogate {escape} in a variable's name", $"{{\"query\":\"{{ countries {{ code }} }}\",\"variables\":{{\"{escape}\":1}}}}", 400, "INVALID_JSON"));
        }

        // 5. NUL characters, which PostgreSQL cannot store, in arguments and variables.
        foreach (var (name, query, variables) in new (string, string, object?)[]
                 {
                     ("search text literal", "{ search(text: \"trade\\u0000\") { totalCount } }", null),
                     ("search text variable", "query($t: String!) { search(text: $t) { totalCount } }", new { t = "a\0b" }),
                     ("country literal", "{ profile(country: \"K\\u0000P\") { id } }", null),
                     ("publish body", PublishMutation, PublishVariables(publisher, body: "text\0")),
                     ("publish recordedBy", PublishMutation, PublishVariables(publisher, recordedBy: "me\0")),
                     ("import content", ImportMutation, new { input = new { content = "France and Senegal\n\nPolitical relations\n\nClose.\0", recordedBy = "x", publisher } }),
                     ("nested variable", "query($f: [String!]) { profiles(countries: $f) { totalCount } }", new { f = new[] { "KP", "S\0N" } }),
                 })
        {
            cases.Add(Post($"NUL in {name}", query, variables, 400, "INVALID_INPUT"));
        }

        // 6. Dates that are no dates, or outside the window (±infinity in PostgreSQL).
        foreach (var date in new[] { "0001-01-01", "9999-12-31", "1899-12-31", "0000-01-01", "2016-02-30", "2016-13-01", "16-03-23", "+10000-01-01", "", "2016-03-23T00:00:00Z", "yesterday", "2016-3-3", new string('9', 5000) })
        {
            cases.Add(Post($"asOf \"{Short(date)}\" as a variable", "query($d: Date) { profile(country: \"KP\", asOf: $d) { id } }", new { d = date }, 400, "INVALID_DATE"));
            cases.Add(Post($"asOf \"{Short(date)}\" as a literal", $"{{ profile(country: \"KP\", asOf: \"{date}\") {{ id }} }}", null, 400, "INVALID_DATE"));
            cases.Add(Post($"publishedOn \"{Short(date)}\"", PublishMutation, PublishVariables(publisher, publishedOn: date), 400, "INVALID_DATE"));
        }

        foreach (var instant in new[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2016-04-01", "2016-04-01T25:00:00Z" })
        {
            cases.Add(Post($"knownAt \"{instant}\"", "query($k: DateTime) { profile(country: \"KP\", knownAt: $k) { id } }", new { k = instant }, 400, "INVALID_DATE"));
        }

        foreach (var line in new[] { "Updated: 01/01/0001", "Updated: 31/12/9999", "Updated: 01/01/1800" })
        {
            cases.Add(Post($"imported page stating \"{line}\"", ImportMutation,
                new { input = new { content = $"France and Senegal\n\nPolitical relations\n\nClose.\n\n{line}", recordedBy = "x", publisher } }, 200, "INVALID_DATE"));
        }

        // 7. Malformed JSON and request shapes.
        foreach (var (name, body, code) in new[]
                 {
                     ("truncated JSON", "{\"query\":\"{ countries { code } }\"", "INVALID_JSON"),
                     ("trailing garbage", "{\"query\":\"{ countries { code } }\"}xx", "INVALID_JSON"),
                     ("a JSON array", "[{\"query\":\"{ countries { code } }\"}]", "INVALID_REQUEST"),
                     ("a JSON string", "\"{ countries { code } }\"", "INVALID_REQUEST"),
                     ("a JSON number", "42", "INVALID_REQUEST"),
                     ("null", "null", "INVALID_REQUEST"),
                     ("empty body", "", "INVALID_JSON"),
                     ("an empty object", "{}", "INVALID_REQUEST"),
                     ("query as a number", "{\"query\":42}", "INVALID_REQUEST"),
                     ("query as an object", "{\"query\":{\"a\":1}}", "INVALID_REQUEST"),
                     ("variables as an array", "{\"query\":\"{ countries { code } }\",\"variables\":[1]}", "INVALID_REQUEST"),
                     ("variables as a string", "{\"query\":\"{ countries { code } }\",\"variables\":\"{}\"}", "INVALID_REQUEST"),
                     ("operationName as a number", "{\"query\":\"{ countries { code } }\",\"operationName\":1}", "INVALID_REQUEST"),
                     ("extensions as a list", "{\"query\":\"{ countries { code } }\",\"extensions\":[]}", "INVALID_REQUEST"),
                     ("JSON nested 200 levels", "{\"query\":\"{ countries { code } }\",\"variables\":{\"a\":" + new string('[', 200) + new string(']', 200) + "}}", "INVALID_JSON"),
                     ("a huge number", "{\"query\":\"query($n: Int) { revisions(country: \\\"KP\\\", first: $n) { totalCount } }\",\"variables\":{\"n\":1e999}}", "INVALID_VALUE"),
                     ("comments in JSON", "{/*x*/\"query\":\"{ countries { code } }\"}", "INVALID_JSON"),
                     ("single-quoted JSON", "{'query':'{ countries { code } }'}", "INVALID_JSON"),
                 })
        {
            cases.Add(Raw(name, body, 400, code));
        }

        // 8. Syntax errors, unknown names, wrong argument types.
        foreach (var (name, query, code) in new[]
                 {
                     ("unclosed brace", "{ countries { code }", "SYNTAX_ERROR"),
                     ("only punctuation", "}}}}{{{{", "SYNTAX_ERROR"),
                     ("a lone string", "\"hello\"", "SYNTAX_ERROR"),
                     ("unterminated string", "{ country(code: \"KP) { code } }", "SYNTAX_ERROR"),
                     ("binary-looking text", "\u0001\u0002\u0003", "SYNTAX_ERROR"),
                     ("an empty query", "", "NO_OPERATION"),
                     ("an unknown field", "{ passwords { hash } }", "FIELDS_ON_CORRECT_TYPE"),
                     ("an unknown argument", "{ countries(drop: true) { code } }", "KNOWN_ARGUMENT_NAMES"),
                     ("a wrong argument type", "{ revisions(country: \"KP\", first: \"ten\") { totalCount } }", "ARGUMENTS_OF_CORRECT_TYPE"),
                     ("a missing required argument", "{ profile { id } }", "PROVIDED_NON_NULL_ARGUMENTS"),
                     ("an undefined variable", "{ profile(country: $c) { id } }", "NO_UNDEFINED_VARIABLES"),
                     ("a fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "NO_FRAGMENT_CYCLES"),
                     ("two anonymous operations", "{ countries { code } } { publishers { code } }", "NO_OPERATION_NAME"),
                     ("a subscription", "subscription { countries { code } }", "OPERATION_NOT_SUPPORTED"),
                 })
        {
            cases.Add(Post(name, query, null, 400, code));
        }

        foreach (var count in new[] { 100, 1000, 4000 })
        {
            var query = "{ countries " + string.Concat(Enumerable.Range(0, count).Select(i => $"@d{i} ")) + "{ code } }";
            cases.Add(Post($"{count} unknown directives", query, null, 400, query.Length > 20_000 ? "QUERY_TOO_LONG" : "KNOWN_DIRECTIVES"));
        }

        // 9. Sizes.
        cases.Add(Raw("a body over the limit", "{\"query\":\"{ countries { code } }\",\"pad\":\"" + new string('x', 2 * 1024 * 1024 + 10) + "\"}", 413, "REQUEST_TOO_LARGE"));
        cases.Add(Post("a query over the length limit", "{ countries { code } }" + new string(' ', 20_001), null, 400, "QUERY_TOO_LONG"));
        cases.Add(Post("a 1.5 MB date", "query($d: Date) { profile(country: \"KP\", asOf: $d) { id } }", new { d = new string('7', 1_500_000) }, 400, "INVALID_DATE"));
        cases.Add(Post("a 1 MB country name", "query($c: String!) { profile(country: $c) { id } }", new { c = new string('K', 1_000_000) }, 200, "COUNTRY_NOT_FOUND"));
        cases.Add(Post("a page of a million", "{ revisions(country: \"KP\", first: 1000000) { totalCount } }", null, 400, "COMPLEXITY_LIMIT_EXCEEDED"));
        cases.Add(Post("a negative page", "{ revisions(country: \"KP\", first: -5) { totalCount } }", null, 200, "INVALID_PAGE"));
        cases.Add(Post("a section past the text-search limit", PublishMutation, PublishVariables(publisher, body: new string('w', 1_200_000)), 200, "INVALID_SECTION"));
        cases.Add(Post("a thousand sections", PublishMutation, PublishVariables(publisher, sections: 1000), 200, "INVALID_SECTION"));
        cases.Add(Post("an HTML page nested 100,000 levels", ImportMutation,
            new { input = new { content = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<h2>Political relations</h2><p>Close.</p></body></html>", format = "HTML", recordedBy = "x", publisher, country = "SN", publishedOn = "2016-01-01" } },
            200, "DOCUMENT_TOO_LARGE"));
        foreach (var (element, count) in new[] { ("div", 60_000), ("object", 45_000) })
        {
            // End tags that close nothing must not make a page look shallower than the parser will build it.
            cases.Add(Post($"an HTML page of <{element}></x> × {count}", ImportMutation,
                new { input = new { content = "<html><body>" + string.Concat(Enumerable.Repeat($"<{element}></x>", count)) + "<h2>Political relations</h2><p>Close.</p></body></html>", format = "HTML", recordedBy = "x", publisher, country = "SN", publishedOn = "2016-01-01" } },
                200, "DOCUMENT_TOO_LARGE"));
        }

        cases.Add(Post("a binary document", ImportMutation, new { input = new { content = "\u0001\u0002PNG", recordedBy = "x", publisher } }, 200, "NOT_TEXT"));

        // 10. Methods, media types, CSRF.
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, new HttpMethod("PROPFIND") })
        {
            cases.Add(new($"method {method}", method, "", Encoding.UTF8.GetBytes("{\"query\":\"{ countries { code } }\"}"), "application/json", null, 405, "METHOD_NOT_ALLOWED"));
        }

        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql", "application/json; charset=latin1" })
        {
            cases.Add(new($"POST as {type}", HttpMethod.Post, "", Encoding.UTF8.GetBytes("{\"query\":\"{ countries { code } }\"}"), type, null, 400, "PREFLIGHT_REQUIRED"));
        }

        cases.Add(new("Accept image/png", HttpMethod.Post, "", Encoding.UTF8.GetBytes("{\"query\":\"{ countries { code } }\"}"), "application/json", null, 406, "NOT_ACCEPTABLE", "image/png"));
        cases.Add(new("a mutation over GET", HttpMethod.Get, "query=" + Uri.EscapeDataString("mutation { importDocument(input: {content: \"x\", recordedBy: \"x\"}) { outcome } }"), null, null, null, 405, "MUTATION_OVER_GET"));
        cases.Add(new("GET with variables that are not JSON", HttpMethod.Get, "query=" + Uri.EscapeDataString("{ countries { code } }") + "&variables=%7Bnot", null, null, null, 400, "INVALID_JSON"));
        cases.Add(new("GET with invalid percent-encoded UTF-8", HttpMethod.Get, "query=%7B%20countries%20%7B%20code%20%7D%20%7D%FF%FE", null, null, null, 400, "SYNTAX_ERROR"));

        // 11. Tokens.
        var developmentKeyEditor = TestServer.Token(Roles.Editor);
        var parts = developmentKeyEditor.Split('.');
        foreach (var (name, token) in new[]
                 {
                     ("no token", ""),
                     ("a garbage token", "not.a.token"),
                     ("an unsigned (alg none) token", Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."),
                     ("a token with a forged signature", parts[0] + "." + parts[1] + "." + Base64Url("forged-signature-bytes-0123456789")),
                     ("a token with a tampered role", parts[0] + "." + Base64Url(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("editor", "editor\",\"role\":\"auditor", StringComparison.Ordinal)) + "." + parts[2]),
                     ("an expired token", TokenIssuer.Issue(TestServer.Jwt, "tests", [Roles.Editor], TimeSpan.FromSeconds(-120))),
                     ("a token signed with the published development key", TokenIssuer.Issue(TestServer.Jwt with { SigningKey = JwtSettings.DevelopmentKey }, "tests", [Roles.Editor], TimeSpan.FromHours(1))),
                     ("a token signed with another key", TokenIssuer.Issue(new JwtSettings { SigningKey = "another-key-another-key-another-key-0123456789" }, "tests", [Roles.Editor], TimeSpan.FromHours(1))),
                     ("a token for another audience", TokenIssuer.Issue(TestServer.Jwt with { Audience = "someone-else" }, "tests", [Roles.Editor], TimeSpan.FromHours(1))),
                 })
        {
            cases.Add(new($"publish with {name}", HttpMethod.Post, "", Json(PublishMutation, PublishVariables(publisher)), "application/json", token, 401, "UNAUTHENTICATED"));
        }

        cases.Add(new("publish as an auditor", HttpMethod.Post, "", Json(PublishMutation, PublishVariables(publisher)), "application/json", TestServer.Token(Roles.Auditor), 403, "FORBIDDEN"));
        cases.Add(new("verify anonymously", HttpMethod.Post, "", Json("{ verifyAllHistory { intact } }", null), "application/json", "", 401, "UNAUTHENTICATED"));
        cases.Add(new("read provenance as an editor-less reader", HttpMethod.Post, "", Json("{ profile(country: \"KP\") { recordedBy } }", null), "application/json", "", 401, "UNAUTHENTICATED"));

        // 12. Sources that are not web addresses.
        foreach (var source in new[] { "javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html,<script>x</script>", "ftp://example.org/page", "//no-scheme.example.org/", "http://" })
        {
            cases.Add(Post($"publish with source {Short(source)}", PublishMutation, PublishVariables(publisher, source: source), 200, "INVALID_INPUT"));
            cases.Add(Post($"import with source {Short(source)}", ImportMutation,
                new { input = new { content = "France and Senegal\n\nPolitical relations\n\nClose.\n\nUpdated: 01/02/2016", recordedBy = "x", publisher, source } }, 200, "INVALID_INPUT"));
        }

        // 13. Ids and cursors.
        foreach (var (name, query, code) in new[]
                 {
                     ("a revision id that is not a number", "{ revision(id: \"abc\") { id } }", "INVALID_INPUT"),
                     ("a negative revision id", "{ revision(id: \"-1\") { id } }", "INVALID_INPUT"),
                     ("a revision id past long", "{ revision(id: \"99999999999999999999999\") { id } }", "INVALID_INPUT"),
                     ("a SQL injection", "{ country(code: \"KP'; DROP TABLE revisions; --\") { code } }", "COUNTRY_NOT_FOUND"),
                     ("a garbage cursor", "{ revisions(country: \"KP\", after: \"!!!\") { totalCount } }", "INVALID_CURSOR"),
                     ("a base64 cursor of garbage", "{ revisions(country: \"KP\", after: \"" + Base64Url("{\"x\":[1,2") + "\") { totalCount } }", "INVALID_CURSOR"),
                     ("another list's cursor", "{ profiles(after: \"" + Base64Url("{\"list\":\"revisions\",\"key\":[\"0001-01-01\",1]}") + "\") { totalCount } }", "INVALID_CURSOR"),
                     ("compare with garbage ids", "{ compare(from: \"x\", to: \"y\") { summary { changed } } }", "INVALID_INPUT"),
                     ("an unknown publisher", "{ profile(country: \"KP\", publisher: \"NOPE\") { id } }", "PUBLISHER_NOT_FOUND"),
                     ("a language that is no tag", "{ profile(country: \"KP\", language: \"<script>\") { id } }", "INVALID_LANGUAGE"),
                     ("an empty search", "{ search(text: \"\") { totalCount } }", "INVALID_SEARCH"),
                 })
        {
            cases.Add(Post(name, query, null, 200, code));
        }

        // 14. Event streams: what a stream asks for is read, priced and refused as a query is, before any stream opens;
        // asking for a stream buys no way around a limit.
        foreach (var levels in new[] { 12, 24 })
        {
            var fragments = Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Revision {{ ...F{i + 1} ...F{i + 1} }}");
            var bomb = "subscription { revisionRecorded { ...F0 } } " + string.Join(' ', fragments) + $" fragment F{levels} on Revision {{ id comparedToPrevious {{ summary {{ changed }} }} }}";
            cases.Add(Stream($"subscription fragment bomb, {levels} levels", bomb, 400, "COMPLEXITY_LIMIT_EXCEEDED"));
            cases.Add(Stream($"query fragment bomb asked as a stream, {levels} levels", bomb.Replace("subscription { revisionRecorded {", "query { revision(id: \"1\") {", StringComparison.Ordinal), 400, "COMPLEXITY_LIMIT_EXCEEDED"));
        }

        var comparisons = string.Join(' ', Enumerable.Range(0, 31).Select(i => $"c{i}: comparedToPrevious {{ summary {{ changed }} }}"));
        cases.Add(Stream("31 aliases of comparedToPrevious in a subscription", $"subscription {{ revisionRecorded {{ {comparisons} }} }}", 400, "TOO_MANY_ALIASES"));
        cases.Add(Stream("a subscription nested past the depth limit", "subscription { revisionRecorded { " + string.Concat(Enumerable.Repeat("comparedToPrevious { to { ", 8)) + "id" + new string('}', 16) + " } }", 400, "DEPTH_LIMIT_EXCEEDED"));
        cases.Add(Stream("an auditor's field on an anonymous stream", "subscription { revisionRecorded { recordedBy } }", 401, "UNAUTHENTICATED", token: ""));

        return cases;
    }

    private const string PublishMutation = "mutation($input: PublishRevisionInput!) { publishRevision(input: $input) { id } }";

    private const string ImportMutation = "mutation($input: ImportDocumentInput!) { importDocument(input: $input) { outcome } }";

    private static object PublishVariables(
        string publisher, string publishedOn = "2016-01-01", string body = "Close relations.", string recordedBy = "hostile", string? source = null, int sections = 1) =>
        new
        {
            input = new
            {
                country = "SN",
                publisher,
                publishedOn,
                recordedBy,
                source,
                sections = Enumerable.Range(0, sections).Select(_ => new { heading = "Political relations", body }).ToArray(),
            },
        };

    private static HostileCase Post(string name, string query, object? variables, int status, string code) =>
        new(name, HttpMethod.Post, "", Json(query, variables), "application/json", null, status, code);

    private static HostileCase Stream(string name, string query, int status, string code, string? token = null) =>
        new(name, HttpMethod.Post, "", Json(query, null), "application/json", token, status, code, "text/event-stream");

    private static HostileCase Get(string name, string query, int status, string code) =>
        new(name, HttpMethod.Get, "query=" + Uri.EscapeDataString(query), null, null, null, status, code);

    private static HostileCase Raw(string name, string body, int status, string code) =>
        new(name, HttpMethod.Post, "", Encoding.UTF8.GetBytes(body), "application/json", null, status, code);

    private static byte[] Json(string query, object? variables) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text + new string('=', (4 - (text.Length % 4)) % 4);
    }

    private static string Short(string text) => text.Length > 24 ? text[..24] + "…" : text;
}
