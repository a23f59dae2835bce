using CountryRelations.Dates;
using System.Security.Cryptography;
using System.Text;
using CountryRelations.Replicas;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Identification;
using CountryRelations.Publishers;
using CountryRelations.Revisions;

namespace CountryRelations.Import;

/// <summary>
/// Feeds publishers' pages into the store. Which profile a page belongs to comes from what was given, its title,
/// its source address and its text (<see cref="PageIdentifier"/>). The same content twice is a reported no-op,
/// however the two arrive; a changed text under an unchanged date is a silent edit (in force from the capture
/// date); a correction is only made when asked for. Each document is written in one transaction or not at all.
/// </summary>
public sealed class DocumentImporter(
    ProfileKeyResolver resolver,
    RevisionStore store,
    ProfileTimeline timelines,
    PageIdentifier identifier,
    CountryNameFinder names,
    PublisherRegistry publishers,
    TimeProvider clock)
{
    // What is stored decides what is written: every read of the importer goes to the primary, which a standby may lag.
    private readonly ProfileKeyResolver _resolver = resolver.OnPrimary();
    private readonly ProfileTimeline _timelines = timelines.OnPrimary();

    /// <summary>Imports one document; refusals come back as <see cref="ImportOutcome.Refused"/> results, never as exceptions.</summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        ParsedPage? page = null;
        PageIdentity? identity = null;
        string? profileName = null;
        PublisherDefinition? suggestion = null;
        try
        {
            var (lineSource, text) = SourceLine.Take(Decode(request.Content));
            request = request with { Source = request.Source ?? lineSource };
            var registry = await publishers.ConventionsAsync(cancellationToken);
            var address = SourceAddress.Read(request.Source, names, registry);
            page = Parse(text, request.Format, KnownConventions.For(request.Publisher, registry) ?? address?.Publisher, registry);
            (identity, var problems) = identifier.Identify(request, page, address, registry);
            suggestion = problems.Any(p => p.Code == ErrorCodes.UnknownHost) ? PublisherSuggestion.Suggest(address!.Address, text, identity.Language.Value ?? page.Language) : null;
            page = page.WithIntroductionHeading(identifier.IntroductionHeading(identity, registry));
            profileName = problems.Count == 0 ? identity.ProfileName : null;
            if (request.DryRun)
            {
                return await DryRunAsync(request, page, identity, problems, profileName, cancellationToken) with { SuggestedPublisher = suggestion };
            }

            if (problems.Count > 0)
            {
                throw new DomainException(problems[0].Code, problems[0].Message);
            }

            return await StoreAsync(request, page, identity, profileName!, cancellationToken) with { Identity = identity };
        }
        catch (DomainException refusal)
        {
            return new ImportResult(request.Name, ImportOutcome.Refused, refusal.Message, refusal.Code, page, Profile: profileName)
            {
                Identity = identity,
                SuggestedPublisher = suggestion,
                Warnings = [new ImportWarning(refusal.Code, refusal.Message)],
            };
        }
    }

    private static string Decode(byte[] content)
    {
        if (content.Length > HistoryLimits.MaxDocumentBytes)
        {
            throw new DomainException(ErrorCodes.DocumentTooLarge, $"The document has {content.Length} bytes; at most {HistoryLimits.MaxDocumentBytes} are imported.");
        }

        if (content.Length == 0 || content.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new DomainException(ErrorCodes.EmptyDocument, "The document is empty.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException(ErrorCodes.NotText, "The document is not UTF-8 text (binary content?).");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw new DomainException(ErrorCodes.NotText, "The document holds control characters: it is not a text or HTML page.");
        }

        return text;
    }

    private static ParsedPage Parse(string text, DocumentFormat format, PublisherConventions? conventions, IReadOnlyList<PublisherConventions> registry)
    {
        var isHtml = format == DocumentFormat.Html || (format == DocumentFormat.Auto && text.TrimStart().StartsWith('<'));
        return isHtml ? HtmlPageReader.Read(text, conventions, registry) : PlainTextPageReader.Read(text, conventions, registry);
    }

    private async Task<ImportResult> DryRunAsync(
        ImportRequest request, ParsedPage page, PageIdentity identity, IReadOnlyList<ImportWarning> problems, string? profileName, CancellationToken cancellationToken)
    {
        var warnings = problems.ToList();
        ImportOutcome? wouldBe = null;
        if (warnings.Count == 0)
        {
            try
            {
                var sha256 = Sha256(request);
                var stored = await StoredAsync(identity, sha256, cancellationToken);
                var plan = Decide(request, page, identity.PublishedOn.Value!.Value, sha256, stored, profileName!);
                if (plan.Outcome is ImportOutcome.Created or ImportOutcome.SilentEdit)
                {
                    // Every check the write itself runs (section limits, dates in the window, provenance), writing nothing.
                    store.Check(Publication(request, page, identity, plan, sha256));
                }

                wouldBe = plan.Outcome;
            }
            catch (DomainException blocked)
            {
                warnings.Add(new ImportWarning(blocked.Code, blocked.Message));
            }
        }

        var dated = identity.PublishedOn.Value is { } date ? $"dated {date:yyyy-MM-dd}" : "no date stated";
        var outcome = wouldBe is { } would ? $"a real import would be {would}" : $"a real import would be refused ({warnings[0].Code})";
        return new ImportResult(request.Name, ImportOutcome.Parsed, $"Parsed: {page.Sections.Count} section(s), {dated}; {outcome}; nothing written.", Page: page, Profile: profileName)
        {
            Identity = identity,
            Warnings = warnings,
            WouldBe = wouldBe,
        };
    }

    private async Task<ImportResult> StoreAsync(ImportRequest request, ParsedPage page, PageIdentity identity, string profileName, CancellationToken cancellationToken)
    {
        var publishedOn = identity.PublishedOn.Value!.Value;
        var sha256 = Sha256(request);
        var plan = Decide(request, page, publishedOn, sha256, await StoredAsync(identity, sha256, cancellationToken), profileName);
        try
        {
            return await ExecuteAsync(request, page, identity, plan, sha256, cancellationToken);
        }
        catch (DomainException raced) when (raced.Code == ErrorCodes.RevisionExists)
        {
            // Another import of the same page committed between our reading and our writing: decide again on the
            // history as it now stands, so the same document is ALREADY_STORED however the two arrived.
            var again = Decide(request, page, publishedOn, sha256, await StoredAsync(identity, sha256, cancellationToken), profileName);
            if (again.Outcome != ImportOutcome.AlreadyStored)
            {
                throw;
            }

            return await ExecuteAsync(request, page, identity, again, sha256, cancellationToken);
        }
    }

    // The profile's current revisions that Decide looks at (the same date, or the same document), in timeline order.
    private async Task<IReadOnlyList<Revision>> StoredAsync(PageIdentity identity, string sha256, CancellationToken cancellationToken)
    {
        return await _resolver.FindProfileAsync(identity.Selector, cancellationToken) is { } profile
            ? await _timelines.OfDateOrDocumentAsync(profile.Id, identity.PublishedOn.Value!.Value, sha256, clock.UtcNow(), cancellationToken)
            : [];
    }

    /// <summary>
    /// What to do with the page given the profile's current revisions of the same date or document, in timeline order;
    /// refusals are thrown.
    /// </summary>
    private static Plan Decide(ImportRequest request, ParsedPage page, DateOnly publishedOn, string sha256, IReadOnlyList<Revision> timeline, string profileName)
    {
        if (timeline.FirstOrDefault(r => r.SourceSha256 == sha256 || (r.PublishedOn == publishedOn && SameContent(r, page))) is { } stored)
        {
            return new Plan(ImportOutcome.AlreadyStored, stored);
        }

        // The latest current row under the same stated date: the one a silent edit or a correction follows.
        var sameDate = timeline.LastOrDefault(r => r.PublishedOn == publishedOn);
        if (request.Correction)
        {
            return sameDate is null
                ? throw new DomainException(ErrorCodes.NothingToCorrect, $"No stored revision of {profileName} is dated {publishedOn:yyyy-MM-dd}; there is nothing to correct.")
                : new Plan(ImportOutcome.Corrected, sameDate);
        }

        if (sameDate is null)
        {
            return new Plan(ImportOutcome.Created, null);
        }

        var capturedOn = request.CapturedOn ?? throw new DomainException(
            ErrorCodes.CaptureDateRequired,
            $"The text differs from revision {sameDate.Id}, which states the same date {publishedOn:yyyy-MM-dd}: a silent edit by the publisher. " +
            "Give the date the page was captured (--captured / capturedOn), or ask for a correction if our stored copy was wrong.");
        return capturedOn <= sameDate.EffectiveFrom
            ? throw new DomainException(ErrorCodes.InvalidDate, $"The capture date {capturedOn:yyyy-MM-dd} must be after {sameDate.EffectiveFrom:yyyy-MM-dd}, when revision {sameDate.Id} took effect.")
            : new Plan(ImportOutcome.SilentEdit, sameDate);
    }

    private async Task<ImportResult> ExecuteAsync(ImportRequest request, ParsedPage page, PageIdentity identity, Plan plan, string sha256, CancellationToken cancellationToken)
    {
        var selector = identity.Selector;
        var publishedOn = identity.PublishedOn.Value!.Value;
        var profileName = identity.ProfileName;
        var provenance = ProvenanceOf(request, sha256);
        switch (plan.Outcome)
        {
            case ImportOutcome.AlreadyStored:
                return new ImportResult(request.Name, ImportOutcome.AlreadyStored, $"Already stored as revision {plan.Target!.Id}; nothing written.", Page: page, Revision: plan.Target, Profile: profileName);
            case ImportOutcome.Corrected:
                var corrected = await store.CorrectAsync(
                    new CorrectRevisionCommand(plan.Target!.Id, page.Sections, provenance with { Note = $"Correction imported from {request.Name}" }), cancellationToken);
                return new ImportResult(request.Name, ImportOutcome.Corrected, $"Revision {plan.Target.Id} corrected by revision {corrected.Id}.", Page: page, Revision: corrected, Profile: profileName);
            case ImportOutcome.SilentEdit:
                var capturedOn = request.CapturedOn!.Value;
                var edit = await store.PublishAsync(Publication(request, page, identity, plan, sha256), cancellationToken);
                return new ImportResult(request.Name, ImportOutcome.SilentEdit, $"Silent edit of revision {plan.Target!.Id}, in force from {capturedOn:yyyy-MM-dd}: revision {edit.Id}.", Page: page, Revision: edit, Profile: profileName);
            default:
                var created = await store.PublishAsync(Publication(request, page, identity, plan, sha256), cancellationToken);
                return new ImportResult(request.Name, ImportOutcome.Created, $"Revision {created.Id} recorded, published on {publishedOn:yyyy-MM-dd}.", Page: page, Revision: created, Profile: profileName);
        }
    }

    // What a new revision (a publication or a silent edit) of the page is written as: the real import and the dry run alike.
    private static PublishRevisionCommand Publication(ImportRequest request, ParsedPage page, PageIdentity identity, Plan plan, string sha256)
    {
        var provenance = ProvenanceOf(request, sha256);
        var publishedOn = identity.PublishedOn.Value!.Value;
        var precision = identity.PublishedOn.Origin == FactOrigin.Text ? page.DatePrecision : Dates.DatePrecision.Day;
        return plan.Outcome == ImportOutcome.SilentEdit
            ? new PublishRevisionCommand(identity.Selector, publishedOn, page.Sections, provenance, Kind: RevisionKind.SilentEdit, EffectiveFrom: request.CapturedOn!.Value, DatePrecision: precision)
            : new PublishRevisionCommand(identity.Selector, publishedOn, page.Sections, provenance, DatePrecision: precision);
    }

    private static Provenance ProvenanceOf(ImportRequest request, string sha256) =>
        new(request.RecordedBy, request.Source, sha256, $"Imported from {request.Name}");

    private static string Sha256(ImportRequest request) => Convert.ToHexStringLower(SHA256.HashData(request.Content));

    // Compared as the store would keep the page, so trimming or a classified topic does not count as a change.
    private static bool SameContent(Revision revision, ParsedPage page) =>
        revision.Sections.Count == page.Sections.Count
        && revision.Sections.OrderBy(s => s.Position).Zip(page.Sections.Select((draft, position) => draft.ToSection(position))).All(pair =>
            pair.First.Heading == pair.Second.Heading && pair.First.Body == pair.Second.Body && pair.First.Topic == pair.Second.Topic);

    /// <param name="Outcome">What the import will do.</param>
    /// <param name="Target">The stored revision it finds, corrects or silently edits.</param>
    private sealed record Plan(ImportOutcome Outcome, Revision? Target);
}
