using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Dates;
using CountryRelations.Errors;
using CountryRelations.Import;
using CountryRelations.Tests.Infrastructure;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;

namespace CountryRelations.Tests.Transport;

/// <summary>Arbitrary bytes and strings never make the request reader, the date scalars or the importer fail unhandled.</summary>
public sealed class PropertyTests
{
    private static readonly string[] Parts = ["{", "}", "\"query\":", "\"variables\":", "\"operationName\":", "\"", ",", ":", "[", "]", "null", "1e999", "\\u0000", "\\ud800", "{ countries { code } }", "$x", "...F", "fragment F on Query { countries { code } }", "\u00e9", "\ud83d\ude00"];

    // Bytes at random, and JSON-like text built from the pieces a request is made of.
    private static readonly Gen<byte[]> Bodies = Gen.OneOf(
        Gen.Byte.Array[0, 200],
        Gen.OneOf(Parts).Array[0, 30].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts))),
        Gen.String[0, 200].Select(s => Encoding.UTF8.GetBytes("{\"query\":\"" + s + "\"}")),
        Gen.String[0, 100].Select(s => Encoding.UTF8.GetBytes("{\"query\":\"query($v: String) { country(code: $v) { code } }\",\"variables\":{\"v\":\"" + s + "\"}}")));

    [Fact]
    public async Task Arbitrary_request_bodies_get_an_answer_never_a_server_error()
    {
        var server = await TestServer.GetAsync();

        await Bodies.SampleAsync(async body =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            using var response = await server.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var code = (string?)JsonNode.Parse(text)?["errors"]?[0]?["extensions"]?["code"];
            return (int)response.StatusCode < 500 && code != "INTERNAL_SERVER_ERROR";
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Arbitrary_strings_are_a_date_in_the_window_or_invalid_date()
    {
        var window = new DateWindow();
        var dates = new IsoDateGraphType(window, TimeProvider.System);
        var instants = new InstantGraphType(window, TimeProvider.System);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var texts = Gen.OneOf(Gen.String, Gen.Int[-20000, 20000].Select(Gen.Int[-5, 15], Gen.Int[-5, 40]).Select((y, m, d) => $"{y:D4}-{m:D2}-{d:D2}"));

        texts.Sample(text =>
        {
            foreach (var scalar in new TextScalarGraphType[] { dates, instants })
            {
                try
                {
                    var value = scalar.ParseValue(text);
                    var date = value is DateOnly d ? d : DateOnly.FromDateTime((DateTime)value!);
                    Assert.InRange(date, window.EarliestDate, today.AddDays(window.DaysAhead));
                }
                catch (DomainException refusal)
                {
                    Assert.Equal(ErrorCodes.InvalidDate, refusal.Code);
                }
            }
        }, iter: 5000);
    }

    [Fact]
    public async Task Arbitrary_documents_are_read_or_refused_with_a_code_never_thrown()
    {
        var importer = (await TestServer.GetAsync()).Services.GetRequiredService<DocumentImporter>();
        var lines = Gen.OneOf(Gen.String[0, 80], Gen.OneOf("Political relations", "Updated: 31/02/2016", "Updated: 01/01/0001", "Quick access :", "<div>", "</p>", "» Read more ...", "France and Atlantis", "U.S. Relations With Laos", "", "  • bullet", "SOURCE: javascript:x"));
        var documents = Gen.OneOf(Gen.Byte.Array[0, 300], lines.Array[0, 30].Select(l => Encoding.UTF8.GetBytes(string.Join('\n', l))));
        var sources = Gen.OneOf<string?>(null, "https://www.diplomatie.gouv.fr/en/country-files/senegal/", "https://www.state.gov/", "not an address", "https://x.example/" + new string('a', 3000));

        await Gen.Select(documents, sources, Gen.Bool).SampleAsync(async (content, source, html) =>
        {
            var result = await importer.ImportAsync(new ImportRequest("arbitrary", content, html ? DocumentFormat.Html : DocumentFormat.Auto, Source: source, PublishedOn: new DateOnly(2016, 1, 1), DryRun: true));
            return result.Outcome == ImportOutcome.Parsed || (result.Outcome == ImportOutcome.Refused && result.ErrorCode is { Length: > 0 });
        }, iter: 500, threads: 1);
    }

    [Fact]
    public async Task A_page_with_readable_text_and_an_address_naming_its_country_is_never_refused()
    {
        var importer = (await TestServer.GetAsync()).Services.GetRequiredService<DocumentImporter>();
        var words = Gen.OneOf("trade", "France", "cooperation", "visit", "the", "and", "minister", "2016", "€4 million", "relations", "of", "Senegal", "Laos", "agreement");
        var sentences = words.Array[3, 20].Select(w => char.ToUpperInvariant(string.Join(' ', w)[0]) + string.Join(' ', w)[1..] + ".");
        var headings = Gen.OneOf("Political relations", "Economic relations", "Visites", "Bilateral Representation", "Présence française", "U.S. Assistance to Laos", "Miscellaneous");
        var blocks = Gen.OneOf(sentences, headings.Select(sentences, (h, s) => h + "\n\n" + s), Gen.OneOf("Quick access :", "Share", "Latest news"));
        var pages = blocks.Array[1, 12].Where(b => b.Any(x => x.EndsWith('.'))).Select(b => string.Join("\n\n", b));
        var places = Gen.OneOf(("https://www.diplomatie.gouv.fr/en/country-files/senegal/", "SN"), ("https://www.state.gov/countries-areas/laos/", "LA"), ("https://www.diplomatie.gouv.fr/fr/dossiers-pays/cambodge/", "KH"));

        await Gen.Select(pages, places).SampleAsync(async (page, place) =>
        {
            var result = await importer.ImportAsync(new ImportRequest("generated", Encoding.UTF8.GetBytes(page), Source: place.Item1, PublishedOn: new DateOnly(2016, 1, 1), DryRun: true));
            return result.Outcome == ImportOutcome.Parsed && result.Warnings.Count == 0 && result.Identity!.Country.Value == place.Item2;
        }, iter: 300, threads: 1);
    }
}
