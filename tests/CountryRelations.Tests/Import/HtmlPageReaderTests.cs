using System.Diagnostics;
using System.Text;
using CountryRelations.Errors;
using CountryRelations.Import;

namespace CountryRelations.Tests.Import;

/// <summary>
/// The HTML reader's work is bounded whatever the markup: a page of up to 4 MiB is read or refused with
/// DOCUMENT_TOO_LARGE in well under a second, however its tags nest, close or fail to close.
/// </summary>
public sealed class HtmlPageReaderTests
{
    private const int Budget = 4 * 1024 * 1024;

    // Shapes of markup that make a tree builder walk its stack: deep nesting, end tags closing nothing, both together,
    // formatting elements the adoption agency reconstructs, tables, and a well-formed page to be read.
    public static TheoryData<string, Func<int, string>> Shapes => new()
    {
        { "nested divs", n => Repeat("<div>", n) },
        { "div then an unmatched end tag", n => Repeat("<div></x>", n) },
        { "object then an unmatched end tag", n => Repeat("<object></x>", n) },
        { "span then an unmatched end tag", n => Repeat("<span></nope>", n) },
        { "500 levels, then end tags closing nothing", n => Repeat("<section>", 500) + Repeat("</x>", n) },
        { "500 levels, then start and unmatched end", n => Repeat("<section>", 500) + Repeat("<b></i>", n) },
        { "misnested formatting", n => Repeat("<b><i></b></i>", n) },
        { "table cells outside a table", n => Repeat("<td><tr></table>", n) },
        { "a long well-formed page", n => Repeat("<h2>Political relations</h2><p>Close and friendly relations.</p>", n / 10) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Any_markup_up_to_the_size_limit_is_read_or_refused_quickly(string shape, Func<int, string> build)
    {
        var body = build(Budget / 8);
        var html = "<html><body>" + (body.Length > Budget ? body[..Budget] : body) + "<h2>Political relations</h2><p>Close.</p></body></html>";

        var watch = Stopwatch.StartNew();
        var refusal = Record.Exception(() => HtmlPageReader.Read(html));
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{shape}: {watch.ElapsedMilliseconds} ms");
        Assert.True(refusal is null || refusal is DomainException { Code: ErrorCodes.DocumentTooLarge }, $"{shape}: {refusal}");
    }

    [Fact]
    public void A_text_page_of_a_million_empty_lines_is_read_in_linear_time()
    {
        var text = new string('\n', 2_000_000) + "Political relations\n\nClose.\n";

        var watch = Stopwatch.StartNew();
        var page = PlainTextPageReader.Read(text);

        // Quadratic reading took minutes at this size; linear takes a fraction of a second, with room for a busy machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal("Close.", Assert.Single(page.Sections).Body);
    }

    [Theory]
    [InlineData("Political relations\n\nClose.\n\n")]
    [InlineData("• A\n")]
    [InlineData("Updated: 01/02/2016\n")]
    public void A_text_page_of_up_to_4_MiB_of_repeated_lines_is_read_or_refused_quickly(string line)
    {
        var text = Repeat(line, Budget / line.Length);

        var watch = Stopwatch.StartNew();
        var refusal = Record.Exception(() => PlainTextPageReader.Read(text));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.ElapsedMilliseconds} ms");
        Assert.True(refusal is null or DomainException { Code: ErrorCodes.DocumentTooLarge or ErrorCodes.NoSections }, refusal?.ToString());
    }

    [Fact]
    public void A_real_page_s_structure_is_well_within_the_bounds()
    {
        var html = "<html><body><main>" + Repeat("<div class=\"block\"><section><h2>Economic relations</h2><p>Trade grew to <b>€6.4 million</b> in 2014.<br>Exports rose.</p><ul><li>One</li><li>Two</li></ul></section></div>", 2_000) + "</main></body></html>";

        var page = HtmlPageReader.Read(html);

        Assert.Equal(2_000, page.Sections.Count);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
