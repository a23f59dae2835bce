using CountryRelations.Comparison;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.Import;

namespace CountryRelations.Identification;

/// <summary>
/// Decides which profile a page belongs to, and on which date, from what was given, the page's title, the
/// address it came from and its text — in that order, each fact with its origin. A given value always wins;
/// when the title and the address name different countries, nothing is guessed.
/// </summary>
public sealed class PageIdentifier(CountryCatalog countries, CountryNameFinder names)
{
    /// <summary>
    /// The page's identity and the problems that block storing it (unknown country, no date…), as warnings
    /// with the codes a real import refuses with.
    /// </summary>
    public (PageIdentity Identity, IReadOnlyList<ImportWarning> Problems) Identify(
        ImportRequest request, ParsedPage page, SourceAddress? address, IReadOnlyList<PublisherConventions>? publishers = null)
    {
        var problems = new List<ImportWarning>();
        var notes = new List<string>();
        var publisher = Publisher(request, page, address);
        if (publisher.Value is null)
        {
            problems.Add(address is null
                ? new(ErrorCodes.PublisherNotFound, "Neither a source address nor the page names a known publisher: give the publisher, or the address the page came from.")
                : new(ErrorCodes.UnknownHost,
                    $"No registered publisher serves pages from {address.Address.Host}: register it (registerPublisher, or `publishers add CODE --name … --hosts {address.Address.Host}`) or give the publisher."));
        }

        var language = Language(request, page, address, notes);
        var home = KnownConventions.For(publisher.Value, publishers)?.HomeCountry;
        var clues = CountryClues(page, address, home, language.Value);
        var country = Country(request, clues, problems);
        var publishedOn = PublishedOn(request, page, problems);
        return (new PageIdentity(country, publisher, language, publishedOn, clues) { Notes = notes }, problems);
    }

    // Given, else the address's, unless the text plainly says another language (a Spanish page under /en/): the text wins, and the identity says so.
    private static PageFact Language(ImportRequest request, ParsedPage page, SourceAddress? address, List<string> notes)
    {
        if (request.Language is { } given)
        {
            return new PageFact(given, FactOrigin.Given);
        }

        if (address?.Language is { } fromAddress)
        {
            if (!page.LanguageIsClear || page.Language == fromAddress)
            {
                return new PageFact(fromAddress, FactOrigin.SourceAddress);
            }

            notes.Add($"The address says the page is in \"{fromAddress}\" but its text is plainly \"{page.Language}\": the text wins.");
        }

        return new PageFact(page.Language, FactOrigin.Text);
    }

    /// <summary>The heading for text before a page's first heading when the page has no title: the publisher's usual title.</summary>
    public string IntroductionHeading(PageIdentity identity, IReadOnlyList<PublisherConventions>? publishers = null)
    {
        var country = identity.Country.Value is { } code ? countries.Find(code) : null;
        return KnownConventions.For(identity.Publisher.Value, publishers) is { } conventions && country is not null
            ? conventions.PageTitle(country.CommonName(identity.Language.Value ?? "en"), identity.Language.Value ?? "en")
            : "Introduction";
    }

    // From a host no publisher claims, a title alone proves nothing (anyone can write "France and Senegal"); a page
    // reposted elsewhere names its publisher only by crediting it ("FROM: U.S. STATE DEPARTMENT").
    private static PageFact Publisher(ImportRequest request, ParsedPage page, SourceAddress? address) =>
        request.Publisher is { } given ? new PageFact(given, FactOrigin.Given)
        : address?.Publisher is { } fromAddress ? new PageFact(fromAddress.PublisherCode, FactOrigin.SourceAddress)
        : address is null && page.PublisherCode is { } fromTitle ? new PageFact(fromTitle, FactOrigin.Title)
        : page.PublisherMark is { } fromText ? new PageFact(fromText, FactOrigin.Text)
        : PageFact.Missing;

    private List<CountryClue> CountryClues(ParsedPage page, SourceAddress? address, string? home, string? language)
    {
        var clues = new List<CountryClue>();
        if (page.CountryName is { } named && countries.Find(named) is { } titled)
        {
            clues.Add(new(titled.Code, FactOrigin.Title, page.Title ?? named));
        }

        if (address?.CountryCode is { } fromAddress)
        {
            clues.Add(new(fromAddress, FactOrigin.SourceAddress, address.CountryEvidence ?? address.Address.AbsolutePath));
        }

        if (page.LeadCountryName is { } lead && countries.Find(lead) is { } led)
        {
            clues.Add(new(led.Code, FactOrigin.Text, $"lead line naming {lead}"));
        }

        var opening = page.Sections.Count > 0 && Sentences.Split(page.Sections[0].Body) is [var first, ..] ? page.Sections[0].Body.Substring(first.Start, first.Length) : "";
        // Names first; a language's adjectives ("deutsch-vietnamesischen") only where names alone leave it open.
        var inOpening = names.Find(opening, language, adjectives: false).Where(c => c.Code != home).DistinctBy(c => c.Code).ToList();
        if (inOpening.Count == 0)
        {
            inOpening = names.Find(opening, language).Where(c => c.Code != home).DistinctBy(c => c.Code).ToList();
        }

        if (inOpening.Count == 1)
        {
            clues.Add(new(inOpening[0].Code, FactOrigin.Text, $"opening sentence: \"{Excerpt.Of(opening)}\""));
        }

        var text = string.Join('\n', page.Sections.Select(s => s.Heading + "\n" + s.Body).Prepend(page.Title ?? ""));
        var counts = Counts(names.Find(text, language, adjectives: false), home);
        if (counts.Count > 1 && counts[0].Value == counts[1].Value || counts.Count == 0)
        {
            counts = Counts(names.Find(text, language), home);
        }

        if (counts.Count > 0 && (counts.Count == 1 || counts[0].Value > counts[1].Value))
        {
            clues.Add(new(counts[0].Key, FactOrigin.Text, counts.Count == 1
                ? $"the only country named ({counts[0].Value} times)"
                : $"named most ({counts[0].Value} times; next {counts[1].Key}, {counts[1].Value})"));
        }

        return clues;
    }

    private static List<KeyValuePair<string, int>> Counts(IReadOnlyList<Country> named, string? home) =>
        named.Where(c => c.Code != home).CountBy(c => c.Code).OrderByDescending(c => c.Value).ToList();

    private PageFact Country(ImportRequest request, List<CountryClue> clues, List<ImportWarning> problems)
    {
        if (request.Country is { } given)
        {
            return new PageFact(countries.Resolve(given).Code, FactOrigin.Given);
        }

        var title = clues.FirstOrDefault(c => c.Origin == FactOrigin.Title);
        var address = clues.FirstOrDefault(c => c.Origin == FactOrigin.SourceAddress);
        if (title is not null && address is not null && title.CountryCode != address.CountryCode)
        {
            problems.Add(new(
                ErrorCodes.CountryConflict,
                $"The title names {title.CountryCode} (\"{Excerpt.Of(title.Evidence)}\") but the source address names {address.CountryCode} ({Excerpt.Of(address.Evidence)}): give the country."));
            return PageFact.Missing;
        }

        if ((title ?? address ?? clues.FirstOrDefault(c => c.Origin == FactOrigin.Text)) is { } chosen)
        {
            return new PageFact(chosen.CountryCode, chosen.Origin);
        }

        problems.Add(new(ErrorCodes.CountryRequired, "Neither the title, the source address nor the text names the country plainly: give the country."));
        return PageFact.Missing;
    }

    private static DateFact PublishedOn(ImportRequest request, ParsedPage page, List<ImportWarning> problems)
    {
        if (page.PublishedOn is { } stated)
        {
            if (request.PublishedOn is { } given && given != stated)
            {
                problems.Add(new(ErrorCodes.DateMismatch, $"The page states {stated:yyyy-MM-dd} but {given:yyyy-MM-dd} was given."));
            }

            return new DateFact(stated, FactOrigin.Text);
        }

        if (request.PublishedOn is { } date)
        {
            return new DateFact(date, FactOrigin.Given);
        }

        problems.Add(new(ErrorCodes.DateRequired, "The page states no date (no \"Updated\" line): give its publication date (--date / publishedOn)."));
        return new DateFact(null, FactOrigin.None);
    }
}
