using CountryRelations.History;
using CountryRelations.Dates;
using CountryRelations.Integrity;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Archive;

/// <summary>
/// Writes the whole history as one archive, from one snapshot, a batch at a time (a large history never sits in
/// memory): the auditors' evidence copy and the operator's backup. Rows are read as the database holds them now.
/// </summary>
public sealed class ArchiveExport(IDbContextFactory<CountryRelationsDbContext> contexts, CheckpointSigner signer, TimeProvider clock)
{
    private const int Batch = 500;

    private const string Format = ArchiveFormat.Format;

    /// <summary>Writes the archive to <paramref name="output"/>; returns every chain head, also written at the end.</summary>
    public async Task<IReadOnlyList<ChainHead>> ExportAsync(Stream output, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One snapshot for the whole archive: writes committed meanwhile are in it entirely or not at all.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var writer = new ArchiveFormat.Writer(output);
        Task WriteAsync(ArchiveLine line) => writer.WriteAsync(line, cancellationToken);

        var backfills = await db.Database.SqlQuery<Marker>($"SELECT name AS \"Name\", done_at AS \"DoneAt\" FROM history_backfills").ToListAsync(cancellationToken);
        await WriteAsync(new ArchiveHeader(Format, clock.UtcNow(), backfills.ToDictionary(m => m.Name, m => m.DoneAt), signer.PublicKeyPem));
        foreach (var publisher in await db.Publishers.OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            await WriteAsync(new ArchivedPublisher(publisher.Id, publisher.Code, publisher.Name, publisher.Website, publisher.Government, publisher.Hosts, publisher.Languages));
        }

        var profiles = await db.Profiles.Include(p => p.Publisher).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            await WriteAsync(new ArchivedProfile(profile.Id, profile.Publisher.Code, profile.CountryCode, profile.Language, profile.CreatedAt));
        }

        var heads = new Dictionary<long, (int Sequence, string? Head)>();
        var written = 0;
        for (long after = 0; ;)
        {
            var ids = await db.Revisions.Where(r => r.Id > after).OrderBy(r => r.Id).Take(Batch).Select(r => r.Id).ToArrayAsync(cancellationToken);
            var batch = await RevisionLoader.LoadAsIsAsync(db, ids, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var r in batch)
            {
                await WriteAsync(new ArchivedRevision(
                    r.Id, r.ProfileId, r.Sequence, r.Kind.ToString(), r.PublishedOn, r.EffectiveFrom, r.RecordedAt, r.SupersededAt, r.CorrectsRevisionId,
                    r.SourceUrl, r.SourceSha256, r.RecordedBy, r.ChangeNote, r.ContentSha256, r.PreviousSha256, r.SealSha256,
                    [.. r.Sections.OrderBy(s => s.Position).Select(s => new ArchivedSection(s.Id, s.Position, s.Topic.ToString(), s.Heading, s.Body))],
                    r.DatePrecision == Dates.DatePrecision.Day ? null : r.DatePrecision.ToString()));
                if (!heads.TryGetValue(r.ProfileId, out var head) || head.Sequence < r.Sequence)
                {
                    heads[r.ProfileId] = (r.Sequence, r.ChainHash);
                }
            }

            after = batch[^1].Id;
            progress?.Report(written += batch.Count);
        }

        foreach (var checkpoint in await db.ChainCheckpoints.OrderBy(c => c.Id).ToListAsync(cancellationToken))
        {
            await WriteAsync(new ArchivedCheckpoint(checkpoint.Id, checkpoint.ProfileId, checkpoint.Sequence, checkpoint.HeadSeal, checkpoint.SignedAt, checkpoint.KeyId, checkpoint.Signature));
        }

        var chainHeads = profiles.Where(p => heads.ContainsKey(p.Id))
            .Select(p => new ChainHead(p.Publisher.Code, p.CountryCode, p.Language, heads[p.Id].Sequence, heads[p.Id].Head))
            .ToList();
        foreach (var head in chainHeads)
        {
            await WriteAsync(head);
        }

        await writer.CompleteAsync(cancellationToken);
        return chainHeads;
    }

    private sealed record Marker(string Name, DateTime DoneAt);
}
