using CountryRelations.Import;
using CountryRelations.Profiles;
using CountryRelations.Dates;
using CountryRelations.Errors;
using CountryRelations.Identification;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountryRelations.History;

/// <summary>
/// The only writer of history. Every write is one transaction that locks its profile, so concurrent
/// writers to one profile are serialised and <c>expectedLatestRevision</c> checks are exact.
/// </summary>
public sealed class RevisionStore(
    IDbContextFactory<CountryRelationsDbContext> contexts,
    ProfileKeyResolver resolver,
    DateWindow window,
    CheckpointSigner checkpoints,
    TimeProvider clock)
{
    /// <summary>Records a publication (or a silent edit) and returns the stored row with its sections.</summary>
    public async Task<Revision> PublishAsync(PublishRevisionCommand command, CancellationToken cancellationToken = default)
    {
        if (command.Kind == RevisionKind.Correction)
        {
            throw new ArgumentException("Corrections go through CorrectAsync.", nameof(command));
        }

        var (sections, effectiveFrom) = Checked(command);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await resolver.ResolveAsync(db, command.Profile, cancellationToken);
        return await InTransactionAsync(db, async () =>
        {
            var profileId = await LockProfileAsync(db, key, cancellationToken);
            var latest = await LatestAsync(db, profileId, cancellationToken);
            CheckExpectedLatest(command.ExpectedLatestRevisionId, latest);
            await CheckNoLiveRevisionOnAsync(db, profileId, effectiveFrom, exceptId: null, cancellationToken);

            var revision = new Revision
            {
                ProfileId = profileId,
                Sequence = (latest?.Sequence ?? 0) + 1,
                Kind = command.Kind,
                PublishedOn = command.PublishedOn,
                DatePrecision = command.DatePrecision,
                EffectiveFrom = effectiveFrom,
                SourceUrl = command.Provenance.SourceUrl,
                SourceSha256 = command.Provenance.SourceSha256,
                RecordedBy = command.Provenance.RecordedBy.Trim(),
                ChangeNote = command.Provenance.Note,
                Sections = sections,
            };
            await SealAsync(db, revision, key, latest, closes: null, cancellationToken);
            return revision.Id;
        }, cancellationToken);
    }

    /// <summary>Supersedes the current row <see cref="CorrectRevisionCommand.RevisionId"/> with corrected content.</summary>
    public async Task<Revision> CorrectAsync(CorrectRevisionCommand command, CancellationToken cancellationToken = default)
    {
        var sections = ValidateSections(command.Sections);
        ValidateProvenance(command.Provenance, noteRequired: true);
        if (command.PublishedOn is { } date)
        {
            ValidateDate(date, "publishedOn");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Revisions.SingleOrDefaultAsync(r => r.Id == command.RevisionId, cancellationToken)
            ?? throw new DomainException(ErrorCodes.RevisionNotFound, $"No revision has the id {command.RevisionId}.");

        return await InTransactionAsync(db, async () =>
        {
            await LockAsync(db, target.ProfileId, cancellationToken);
            var successor = await db.Revisions
                .Where(r => r.CorrectsRevisionId == target.Id)
                .Select(r => (long?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (successor is not null)
            {
                throw new DomainException(
                    ErrorCodes.RevisionSuperseded,
                    $"Revision {target.Id} was already corrected by revision {successor}; correct that one instead.");
            }

            var publishedOn = command.PublishedOn ?? target.PublishedOn;

            // A silent edit keeps its capture date; a publication takes effect on its (corrected) stated date.
            var effectiveFrom = target.Kind == RevisionKind.SilentEdit || target.EffectiveFrom != target.PublishedOn
                ? (target.EffectiveFrom < publishedOn ? publishedOn : target.EffectiveFrom)
                : publishedOn;
            await CheckNoLiveRevisionOnAsync(db, target.ProfileId, effectiveFrom, exceptId: target.Id, cancellationToken);
            var latest = await LatestAsync(db, target.ProfileId, cancellationToken);

            var correction = new Revision
            {
                ProfileId = target.ProfileId,
                Sequence = (latest?.Sequence ?? 0) + 1,
                Kind = RevisionKind.Correction,
                PublishedOn = publishedOn,
                DatePrecision = command.PublishedOn is null ? target.DatePrecision : Dates.DatePrecision.Day,
                EffectiveFrom = effectiveFrom,
                CorrectsRevisionId = target.Id,
                SourceUrl = command.Provenance.SourceUrl ?? target.SourceUrl,
                SourceSha256 = command.Provenance.SourceSha256 ?? target.SourceSha256,
                RecordedBy = command.Provenance.RecordedBy.Trim(),
                ChangeNote = command.Provenance.Note,
                Sections = sections,
            };
            var profile = await db.Profiles.Include(p => p.Publisher).SingleAsync(p => p.Id == target.ProfileId, cancellationToken);
            await SealAsync(db, correction, ProfileKey.Of(profile), latest, RecordSeal.Closes(target.Id, target.ContentSha256), cancellationToken);
            return correction.Id;
        }, cancellationToken);
    }

    private static async Task<Revision> InTransactionAsync(
        CountryRelationsDbContext db,
        Func<Task<long>> write,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var id = await write();

            // Read back inside the transaction: system time is stamped by the database, callers want what is stored,
            // and once the commit is acknowledged the answer must not depend on another round trip succeeding.
            db.ChangeTracker.Clear();
            var stored = (await RevisionLoader.LoadAsIsAsync(db, [id], cancellationToken)).Single();
            await transaction.CommitAsync(cancellationToken);
            return stored;
        }
        catch (Exception exception) when (StoreErrors.Translate(exception) is { } domain)
        {
            throw domain;
        }
        catch (InvalidOperationException lost) when (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            // The server went away mid-transaction: EF Core reports the dead transaction ("already completed"), not
            // the outage. Nothing was committed; the caller is told the database is unavailable, as for any outage.
            throw new NpgsqlException("The connection to the database was lost during the write; nothing was written.", lost);
        }
    }

    private static async Task<long> LockProfileAsync(CountryRelationsDbContext db, ProfileKey key, CancellationToken cancellationToken)
    {
        // Insert-if-absent first, so two first publications of one profile meet on the same lock.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO profiles (publisher_id, country_code, language)
            SELECT id, {key.CountryCode}, {key.Language} FROM publishers WHERE code = {key.PublisherCode}
            ON CONFLICT (publisher_id, country_code, language) DO NOTHING
            """,
            cancellationToken);
        var profileId = await db.Database.SqlQuery<long>(
                $"""
                SELECT id AS "Value" FROM profiles
                WHERE publisher_id = (SELECT id FROM publishers WHERE code = {key.PublisherCode}) AND country_code = {key.CountryCode} AND language = {key.Language}
                """)
            .SingleAsync(cancellationToken);
        await LockAsync(db, profileId, cancellationToken);
        return profileId;
    }

    // A transaction-scoped advisory lock per profile serialises its writers. A row lock (SELECT … FOR UPDATE) would
    // need the UPDATE privilege, which the application role does not have.
    private static Task<int> LockAsync(CountryRelationsDbContext db, long profileId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({profileId})", cancellationToken);

    private static Task<Revision?> LatestAsync(CountryRelationsDbContext db, long profileId, CancellationToken cancellationToken) =>
        db.Revisions.Where(r => r.ProfileId == profileId).OrderByDescending(r => r.Sequence).FirstOrDefaultAsync(cancellationToken);

    // Chains the new row to the profile's last recorded row, so rewriting any earlier row breaks every later link;
    // seals it with the instant the database stamps on it (this transaction's), and signs the new chain head.
    private async Task SealAsync(CountryRelationsDbContext db, Revision revision, ProfileKey key, Revision? latest, string? closes, CancellationToken cancellationToken)
    {
        var recordedAt = await db.Database.SqlQuery<DateTime>($"SELECT transaction_timestamp() AS \"Value\"").SingleAsync(cancellationToken);
        HashChain.Link(revision, key, latest, recordedAt, closes);
        db.Revisions.Add(revision);
        db.ChainCheckpoints.Add(checkpoints.Sign(revision.ProfileId, key, revision.Sequence, revision.SealSha256!, recordedAt));
        await db.SaveChangesAsync(cancellationToken);

        // Delivered by PostgreSQL only when this transaction commits, to every instance listening.
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({RevisionNotices.Channel}, {revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)})", cancellationToken);
    }

    private static void CheckExpectedLatest(long? expected, Revision? latest)
    {
        if (expected is { } expectedId && expectedId != latest?.Id)
        {
            throw new DomainException(
                ErrorCodes.RevisionConflict,
                latest is null
                    ? $"Expected revision {expectedId} to be the latest, but the profile has no revisions yet."
                    : $"Expected revision {expectedId} to be the latest, but revision {latest.Id} was recorded since; reload and retry.");
        }
    }

    private static async Task CheckNoLiveRevisionOnAsync(
        CountryRelationsDbContext db, long profileId, DateOnly effectiveFrom, long? exceptId, CancellationToken cancellationToken)
    {
        var clash = await db.Revisions
            .Where(r => r.ProfileId == profileId && r.EffectiveFrom == effectiveFrom && r.SystemPeriod.UpperBoundInfinite && r.Id != exceptId)
            .Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            throw new DomainException(
                ErrorCodes.RevisionExists,
                $"Revision {clash} already takes effect on {effectiveFrom:yyyy-MM-dd}; to fix its content, correct it (correctRevision).");
        }
    }

    /// <summary>
    /// Every check <see cref="PublishAsync"/> runs on <paramref name="command"/> before it touches the database (sections,
    /// provenance, dates), writing nothing: what a dry run asks so that it never promises what the real write refuses.
    /// </summary>
    public void Check(PublishRevisionCommand command) => _ = Checked(command);

    private (List<Section> Sections, DateOnly EffectiveFrom) Checked(PublishRevisionCommand command)
    {
        var sections = ValidateSections(command.Sections);
        ValidateProvenance(command.Provenance, noteRequired: false);
        ValidateDate(command.PublishedOn, "publishedOn");
        var effectiveFrom = command.EffectiveFrom ?? command.PublishedOn;
        ValidateDate(effectiveFrom, "effectiveFrom");
        return effectiveFrom < command.PublishedOn
            ? throw new DomainException(ErrorCodes.InvalidDate, $"effectiveFrom {effectiveFrom:yyyy-MM-dd} is before publishedOn {command.PublishedOn:yyyy-MM-dd}.")
            : (sections, effectiveFrom);
    }

    private static List<Section> ValidateSections(IReadOnlyList<SectionDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            throw new DomainException(ErrorCodes.EmptySections, "A revision needs at least one section.");
        }

        if (drafts.Count > HistoryLimits.MaxSections)
        {
            throw new DomainException(ErrorCodes.InvalidSection, $"A revision has at most {HistoryLimits.MaxSections} sections; this one has {drafts.Count}.");
        }

        if (drafts.Sum(d => (long)d.Heading.Length + d.Body.Length) > HistoryLimits.MaxRevisionCharacters)
        {
            throw new DomainException(ErrorCodes.InvalidSection, $"A revision holds at most {HistoryLimits.MaxRevisionCharacters} characters of headings and bodies.");
        }

        return drafts.Select((draft, position) =>
        {
            if (string.IsNullOrWhiteSpace(VisibleText.Strip(draft.Heading)) || string.IsNullOrWhiteSpace(VisibleText.Strip(draft.Body)))
            {
                throw new DomainException(ErrorCodes.InvalidSection, $"Section {position + 1} needs a non-blank heading and body.");
            }

            if (draft.Heading.Length > HistoryLimits.MaxHeadingLength || draft.Body.Length > HistoryLimits.MaxBodyLength)
            {
                throw new DomainException(
                    ErrorCodes.InvalidSection,
                    $"Section {position + 1} is too long: headings have at most {HistoryLimits.MaxHeadingLength} characters, bodies {HistoryLimits.MaxBodyLength}.");
            }

            if (draft.Heading.Contains('\0', StringComparison.Ordinal) || draft.Body.Contains('\0', StringComparison.Ordinal))
            {
                throw new DomainException(ErrorCodes.InvalidSection, $"Section {position + 1} holds a NUL character, which no text can store.");
            }

            if ((VisibleText.FirstControl(draft.Heading) ?? VisibleText.FirstControl(draft.Body)) is { } control)
            {
                throw new DomainException(ErrorCodes.InvalidSection, $"Section {position + 1} holds the control character U+{(int)control:X4}, which no page shows.");
            }

            return draft.ToSection(position);
        }).ToList();
    }

    private static void ValidateProvenance(Provenance provenance, bool noteRequired)
    {
        if (string.IsNullOrWhiteSpace(provenance.RecordedBy))
        {
            throw new DomainException(ErrorCodes.InvalidInput, "recordedBy must name who records the revision.");
        }

        foreach (var (name, text) in new[] { ("recordedBy", provenance.RecordedBy), ("note", provenance.Note), ("source", provenance.SourceUrl) })
        {
            if (text is not null && (text.Length > HistoryLimits.MaxProvenanceLength || text.Contains('\0', StringComparison.Ordinal)))
            {
                throw new DomainException(ErrorCodes.InvalidInput, $"{name} must be text of at most {HistoryLimits.MaxProvenanceLength} characters.");
            }
        }

        if (noteRequired && string.IsNullOrWhiteSpace(provenance.Note))
        {
            throw new DomainException(ErrorCodes.InvalidInput, "A correction needs a note saying what was wrong.");
        }

        if (provenance.SourceSha256 is { } hash && (hash.Length != 64 || !hash.All(Uri.IsHexDigit)))
        {
            throw new DomainException(ErrorCodes.InvalidInput, "sourceSha256 must be 64 hexadecimal digits.");
        }

        if (provenance.SourceUrl is { } url && !SourceAddress.IsWebAddress(url))
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"source \"{Excerpt.Of(url)}\" is not an http or https address.");
        }
    }

    private void ValidateDate(DateOnly date, string name)
    {
        var today = clock.Today();
        window.Check(date, today, name);

        // A day of slack: a page dated "today" in a time zone ahead of UTC is not from the future.
        if (date > today.AddDays(1))
        {
            throw new DomainException(ErrorCodes.InvalidDate, $"{name} {date:yyyy-MM-dd} is in the future.");
        }
    }
}
