using System.Security.Cryptography;
using System.Text;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Revisions;

namespace CountryRelations.Import;

/// <summary>
/// Feeds publishers' pages into the store. The same content twice is a reported no-op; a changed text under an
/// unchanged date is a silent edit (in force from the capture date); a correction is only made when asked for.
/// Each document is written in one transaction or not at all.
/// </summary>
public sealed class DocumentImporter(
    ProfileKeyResolver resolver,
    RevisionStore store,
    AsOfQuery asOf,
    CountryCatalog countries,
    TimeProvider clock)
{
    /// <summary>Imports one document; refusals come back as <see cref="ImportOutcome.Refused"/> results, never as exceptions.</summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        ParsedPage? page = null;
        string? profileName = null;
        try
        {
            page = Read(request);
            var (selector, publishedOn) = Identify(request, page);
            profileName = $"{selector.Publisher}/{countries.Resolve(selector.Country).Code}/{selector.Language}";
            if (request.DryRun)
            {
                return new ImportResult(request.Name, ImportOutcome.Parsed, $"Parsed: {page.Sections.Count} section(s), dated {publishedOn:yyyy-MM-dd}; nothing written.", Page: page, Profile: profileName);
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content));
            return await StoreAsync(request, page, selector, publishedOn, sha256, profileName, cancellationToken);
        }
        catch (DomainException refusal)
        {
            return new ImportResult(request.Name, ImportOutcome.Refused, refusal.Message, refusal.Code, page, Profile: profileName);
        }
    }

    /// <summary>Parses the document, refusing empty, binary or unreadable content with a specific code.</summary>
    public static ParsedPage Read(ImportRequest request)
    {
        if (request.Content.Length == 0 || request.Content.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new DomainException(ErrorCodes.EmptyDocument, "The document is empty.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(request.Content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException(ErrorCodes.NotText, "The document is not UTF-8 text (binary content?).");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw new DomainException(ErrorCodes.NotText, "The document holds control characters: it is not a text or HTML page.");
        }

        var conventions = KnownConventions.For(request.Publisher);
        var isHtml = request.Format == DocumentFormat.Html
            || (request.Format == DocumentFormat.Auto && text.TrimStart().StartsWith('<'));
        return isHtml ? HtmlPageReader.Read(text, conventions) : PlainTextPageReader.Read(text, conventions);
    }

    private static (ProfileSelector Selector, DateOnly PublishedOn) Identify(ImportRequest request, ParsedPage page)
    {
        var country = request.Country ?? page.CountryName ?? throw new DomainException(
            ErrorCodes.CountryRequired, "The page's title names no country: give the country (--country).");
        var publisher = request.Publisher ?? page.PublisherCode ?? throw new DomainException(
            ErrorCodes.PublisherNotFound, "The page matches no known publisher's layout: give the publisher (--publisher).");
        DateOnly publishedOn;
        if (page.PublishedOn is { } stated)
        {
            if (request.PublishedOn is { } given && given != stated)
            {
                throw new DomainException(ErrorCodes.DateMismatch, $"The page states {stated:yyyy-MM-dd} but {given:yyyy-MM-dd} was given.");
            }

            publishedOn = stated;
        }
        else
        {
            publishedOn = request.PublishedOn ?? throw new DomainException(
                ErrorCodes.DateRequired, "The page states no date (no \"Updated\" line): give its publication date (--date / publishedOn).");
        }

        return (new ProfileSelector(country, publisher, request.Language ?? page.Language), publishedOn);
    }

    private async Task<ImportResult> StoreAsync(
        ImportRequest request, ParsedPage page, ProfileSelector selector, DateOnly publishedOn, string sha256, string profileName, CancellationToken cancellationToken)
    {
        var timeline = await resolver.FindProfileAsync(selector, cancellationToken) is { } profile
            ? await asOf.TimelineAsync(profile.Id, null, null, clock.GetUtcNow().UtcDateTime, cancellationToken)
            : [];

        var provenance = new Provenance(request.RecordedBy, request.Source, sha256, $"Imported from {request.Name}");
        if (timeline.FirstOrDefault(e => e.Revision.SourceSha256 == sha256 || (e.Revision.PublishedOn == publishedOn && SameContent(e.Revision, page))) is { } stored)
        {
            return new ImportResult(request.Name, ImportOutcome.AlreadyStored, $"Already stored as revision {stored.Revision.Id}; nothing written.", Page: page, Revision: stored.Revision, Profile: profileName);
        }

        // The latest current row under the same stated date: the one a silent edit or a correction follows.
        var sameDate = timeline.LastOrDefault(e => e.Revision.PublishedOn == publishedOn)?.Revision;
        if (request.Correction)
        {
            if (sameDate is null)
            {
                throw new DomainException(ErrorCodes.NothingToCorrect, $"No stored revision of {profileName} is dated {publishedOn:yyyy-MM-dd}; there is nothing to correct.");
            }

            var corrected = await store.CorrectAsync(
                new CorrectRevisionCommand(sameDate.Id, page.Sections, provenance with { Note = $"Correction imported from {request.Name}" }), cancellationToken);
            return new ImportResult(request.Name, ImportOutcome.Corrected, $"Revision {sameDate.Id} corrected by revision {corrected.Id}.", Page: page, Revision: corrected, Profile: profileName);
        }

        if (sameDate is not null)
        {
            var capturedOn = request.CapturedOn ?? throw new DomainException(
                ErrorCodes.CaptureDateRequired,
                $"The text differs from revision {sameDate.Id}, which states the same date {publishedOn:yyyy-MM-dd}: a silent edit by the publisher. " +
                "Give the date the page was captured (--captured / capturedOn), or ask for a correction if our stored copy was wrong.");
            if (capturedOn <= sameDate.EffectiveFrom)
            {
                throw new DomainException(ErrorCodes.InvalidDate, $"The capture date {capturedOn:yyyy-MM-dd} must be after {sameDate.EffectiveFrom:yyyy-MM-dd}, when revision {sameDate.Id} took effect.");
            }

            var edit = await store.PublishAsync(
                new PublishRevisionCommand(selector, publishedOn, page.Sections, provenance, Kind: RevisionKind.SilentEdit, EffectiveFrom: capturedOn), cancellationToken);
            return new ImportResult(request.Name, ImportOutcome.SilentEdit, $"Silent edit of revision {sameDate.Id}, in force from {capturedOn:yyyy-MM-dd}: revision {edit.Id}.", Page: page, Revision: edit, Profile: profileName);
        }

        var created = await store.PublishAsync(new PublishRevisionCommand(selector, publishedOn, page.Sections, provenance), cancellationToken);
        return new ImportResult(request.Name, ImportOutcome.Created, $"Revision {created.Id} recorded, published on {publishedOn:yyyy-MM-dd}.", Page: page, Revision: created, Profile: profileName);
    }

    // Compared as the store would keep the page, so trimming or a classified topic does not count as a change.
    private static bool SameContent(Revision revision, ParsedPage page) =>
        revision.Sections.Count == page.Sections.Count
        && revision.Sections.OrderBy(s => s.Position).Zip(page.Sections.Select((draft, position) => draft.ToSection(position))).All(pair =>
            pair.First.Heading == pair.Second.Heading && pair.First.Body == pair.Second.Body && pair.First.Topic == pair.Second.Topic);
}
