using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CountryRelations.Errors;

namespace CountryRelations.Import;

/// <summary>
/// Reads the HTML of a profile page with AngleSharp: the main content only (navigation, headers, footers,
/// scripts and forms dropped), h1–h4 as headings, paragraphs, line breaks and list items as in the text form.
/// </summary>
public static class HtmlPageReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "template", "iframe",
    };

    /// <summary>Deepest element nesting read; real pages nest a few dozen levels.</summary>
    public const int MaxNesting = 512;

    // Elements that never enclose others, or whose end tags pages often omit: they do not deepen the nesting count.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "td", "th", "tr", "dt", "dd", "option",
    };

    /// <summary>
    /// Most tree-building work a page may ask for: the sum, over its tags, of how deep each is opened or closed. Real
    /// pages ask for a few hundred thousand; the bound is reached only by pages built to make the parser walk its stack.
    /// </summary>
    public const long MaxTreeWork = 20_000_000;

    /// <summary>Most elements a page may have; real pages have a few thousand.</summary>
    public const int MaxElements = 100_000;

    /// <summary>Parses <paramref name="html"/> and assembles the page; refuses nesting past <see cref="MaxNesting"/> or work past <see cref="MaxTreeWork"/>.</summary>
    public static ParsedPage Read(string html, PublisherConventions? conventions = null, IReadOnlyList<PublisherConventions>? publishers = null)
    {
        // The HTML parser's tree building walks its stack of open elements for many tags: a page nested tens of
        // thousands of levels deep, or one that keeps the stack deep while sending end tags that close nothing
        // ("<div></x>" repeated), would take minutes. What the tree builder will do is counted first, in one pass.
        var (deepest, work, elements) = TreeShape(html);
        if (deepest > MaxNesting)
        {
            throw new DomainException(ErrorCodes.DocumentTooLarge, $"The page's elements nest more than {MaxNesting} levels deep; no real page does.");
        }

        if (elements > MaxElements)
        {
            throw new DomainException(ErrorCodes.DocumentTooLarge, $"The page has more than {MaxElements} elements; no profile page has.");
        }

        if (work > MaxTreeWork)
        {
            throw new DomainException(ErrorCodes.DocumentTooLarge, "The page's markup would make the HTML parser walk its open elements too often (end tags that close nothing, under deep nesting); no real page does.");
        }

        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.Body ?? (IElement?)document.DocumentElement;
        var lines = new List<PageLine>();
        if (root is not null)
        {
            Walk(root, lines);
        }

        return PageAssembler.Assemble(lines, conventions, publishers);
    }

    // The open elements as the tree builder keeps them, by name: an end tag closes the nearest open element of its
    // name (and those above it); one that matches none closes nothing — it does not make the page shallower. Each tag
    // is counted at the depth it meets (what the tree builder walks); an end tag that closes others above its own
    // element (misnesting, which makes the builder adopt and reconstruct formatting elements) is counted at the depth
    // of all it closes, squared. Constant time per tag, amortised: the pass itself is never the slow part.
    private static (int Deepest, long Work, int Elements) TreeShape(string html)
    {
        var elements = 0;
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var deepest = 0;
        long work = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length && work <= MaxTreeWork; at = html.IndexOf('<', at + 1))
        {
            var closing = html[at + 1] == '/';
            var start = closing ? at + 2 : at + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                continue;
            }

            elements += closing ? 0 : 1;
            if (elements > MaxElements)
            {
                break;
            }

            if (end - start > 20 || Flat.Contains(html[start..end]))
            {
                continue;
            }

            var name = html[start..end].ToLowerInvariant();
            work += open.Count + 1;
            if (!closing)
            {
                open.Add(name);
                counts[name] = counts.GetValueOrDefault(name) + 1;
                deepest = Math.Max(deepest, open.Count);
                if (deepest > MaxNesting)
                {
                    break;
                }

                continue;
            }

            if (counts.GetValueOrDefault(name) == 0)
            {
                continue;
            }

            var closed = 0;
            while (open[^1] != name)
            {
                counts[open[^1]]--;
                open.RemoveAt(open.Count - 1);
                closed++;
            }

            counts[name]--;
            open.RemoveAt(open.Count - 1);
            work += (long)closed * closed * (open.Count + 1);
        }

        return (deepest, work, elements);
    }

    private static void Walk(IElement element, List<PageLine> lines)
    {
        // The child nodes, not Children: that live collection costs a scan of the siblings per step.
        foreach (var child in element.ChildNodes.OfType<IElement>())
        {
            if (Skipped.Contains(child.LocalName) || child.GetAttribute("aria-hidden") == "true")
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(lines, new PageLine(Text(child), IsHeading: child.LocalName != "h1" ? true : null));
                    lines.Add(PageLine.Break);
                    break;
                case "p" or "blockquote":
                    foreach (var line in TextWithBreaks(child))
                    {
                        Add(lines, new PageLine(line, false));
                    }

                    lines.Add(PageLine.Break);
                    break;
                case "li":
                    Add(lines, new PageLine("  • " + Text(child), false));
                    break;
                case "a":
                    // A link standing alone between blocks is navigation ("Content", "Main menu"); links in prose are read with it.
                    break;
                case "ul" or "ol":
                    Walk(child, lines);
                    lines.Add(PageLine.Break);
                    break;
                default:
                    if (!child.ChildNodes.Any(n => n is IElement))
                    {
                        // A bare text container (a date span, a title div) reads as a line of its own.
                        Add(lines, new PageLine(Text(child)));
                        lines.Add(PageLine.Break);
                    }
                    else
                    {
                        Walk(child, lines);
                    }

                    break;
            }
        }
    }

    private static void Add(List<PageLine> lines, PageLine line)
    {
        if (line.Text.Trim().Length > 0)
        {
            lines.Add(line);
        }
    }

    private static string Text(INode node) => Normalize(ReadableText(node));

    // The text a reader sees: not that of scripts, styles and the other skipped elements inside a heading or a block.
    private static string ReadableText(INode node)
    {
        if (node is IElement element)
        {
            if (Skipped.Contains(element.LocalName) || element.GetAttribute("aria-hidden") == "true")
            {
                return "";
            }

            var text = new System.Text.StringBuilder();
            foreach (var child in element.ChildNodes)
            {
                text.Append(ReadableText(child));
            }

            return text.ToString();
        }

        return node.NodeType == NodeType.Text ? node.TextContent : "";
    }

    private static IEnumerable<string> TextWithBreaks(IElement element)
    {
        var current = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                yield return Normalize(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ReadableText(node));
            }
        }

        yield return Normalize(current.ToString());
    }

    // Control characters (an "&#x1;" reference decodes to one) and invisible format characters (zero-width spaces and
    // joiners, soft hyphens, byte-order marks) are not text anyone reads: a heading made only of them is no heading.
    private static string Normalize(string text) =>
        string.Join(' ', VisibleText.Strip(text).Replace('\u00A0', ' ').Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
