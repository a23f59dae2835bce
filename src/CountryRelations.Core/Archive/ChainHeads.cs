using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Archive;

/// <summary>
/// Chain heads kept outside the database (written by <c>export --heads</c>) checked against what it holds now: a
/// profile whose chain no longer reaches a kept head, or reaches it with another seal, was cut back or rewritten —
/// even when its checkpoints were removed along with its newest rows.
/// </summary>
public static class ChainHeads
{
    /// <summary>Reads the heads in <paramref name="input"/> (a heads file or a whole archive).</summary>
    public static async Task<IReadOnlyList<ChainHead>> ReadAsync(Stream input, CancellationToken cancellationToken = default)
    {
        var heads = new List<ChainHead>();
        // Heads files written before trailers existed are still read: a cut one can only keep fewer heads to check.
        await foreach (var (_, line) in ArchiveFormat.ReadAsync(input, acceptWithoutTrailer: true, cancellationToken))
        {
            if (line is ChainHead head)
            {
                heads.Add(head);
            }
        }

        return heads;
    }

    /// <summary>One sentence for each kept head the stored history no longer matches; empty when every head holds.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(CountryRelationsDbContext db, IReadOnlyList<ChainHead> heads, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        foreach (var head in heads)
        {
            var row = await db.Revisions
                .Where(r => r.Profile.Publisher.Code == head.Publisher && r.Profile.CountryCode == head.Country && r.Profile.Language == head.Language && r.Sequence == head.Sequence)
                .SingleOrDefaultAsync(cancellationToken);
            var profile = $"{head.Publisher}/{head.Country}/{head.Language}";
            if (row is null)
            {
                problems.Add($"{profile}: revision {head.Sequence}, a kept head, is no longer stored.");
            }
            else if (row.ChainHash != head.HeadSha256)
            {
                problems.Add($"{profile}: revision {head.Sequence} no longer has the kept head {head.HeadSha256}.");
            }
        }

        return problems;
    }

    /// <summary>The heads alone, as a file to keep elsewhere (an archive of heads: header, heads, trailer).</summary>
    public static async Task WriteAsync(Stream output, DateTime exportedAt, string checkpointPublicKey, IReadOnlyList<ChainHead> heads, CancellationToken cancellationToken = default)
    {
        var writer = new ArchiveFormat.Writer(output);
        await writer.WriteAsync(new ArchiveHeader(ArchiveFormat.Format, exportedAt, new Dictionary<string, DateTime>(), checkpointPublicKey), cancellationToken);
        foreach (var head in heads)
        {
            await writer.WriteAsync(head, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
