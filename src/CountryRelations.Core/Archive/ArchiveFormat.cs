using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CountryRelations.Errors;

namespace CountryRelations.Archive;

/// <summary>
/// The archive's format: the whole history as JSON Lines (every publisher, profile, revision row with its sections,
/// every checkpoint, each chain's head), read and written a line at a time, ending with a trailer that counts every
/// kind of line and holds the SHA-256 of every byte before it — so that an archive cut short, even at a line
/// boundary, or changed, is refused rather than restored as a smaller history. <see cref="ArchiveExport"/> writes it,
/// <see cref="ArchiveRestore"/> loads it, <see cref="ChainHeads"/> keeps the heads apart.
/// </summary>
public static class ArchiveFormat
{
    /// <summary>The archive format: version 2 ends with a trailer.</summary>
    public const string Format = "countryrelations/archive/v2";

    /// <summary>Archives written before trailers existed: restored only when asked for, since a cut cannot be told.</summary>
    public const string FormatWithoutTrailer = "countryrelations/archive/v1";

    /// <summary>The longest line read, in bytes: a revision at the store's limits is a few megabytes of JSON.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // What ends every line, and what the digest hashes after each.
    private static readonly byte[] Newline = "\n"u8.ToArray();

    /// <summary>
    /// Reads an archive's lines one at a time, never holding more than one line (at most <see cref="MaxLineBytes"/>),
    /// and checks its trailer at the end; the trailer itself is not yielded. Every refusal is a <c>RESTORE_…</c> code
    /// naming the line.
    /// </summary>
    public static async IAsyncEnumerable<(long Number, ArchiveLine Line)> ReadAsync(
        Stream input, bool acceptWithoutTrailer = false, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new LineReader(input);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var counts = new Counts();
        ArchiveTrailer? trailer = null;
        var trailed = true;
        long number = 0;
        while (await lines.NextAsync(cancellationToken) is { } raw)
        {
            number++;
            if (trailer is not null)
            {
                if (raw.Length == 0)
                {
                    continue;
                }

                throw new DomainException(ErrorCodes.RestoreInvalid, $"Line {number} follows the archive's trailer: the file holds more than one archive, or was appended to.");
            }

            var line = Parse(raw, number);
            if (number == 1)
            {
                trailed = line switch
                {
                    ArchiveHeader { Format: Format } => true,
                    ArchiveHeader { Format: FormatWithoutTrailer } when acceptWithoutTrailer => false,
                    ArchiveHeader { Format: FormatWithoutTrailer } => throw new DomainException(
                        ErrorCodes.RestoreUnverifiable, $"A {FormatWithoutTrailer} archive has no trailer: a cut at a line boundary cannot be told. Restore it with --without-trailer if you trust the file."),
                    _ => throw new DomainException(ErrorCodes.RestoreInvalid, $"Not a {Format} archive (line 1 is no archive header)."),
                };
            }

            if (line is ArchiveTrailer end)
            {
                Check(end, counts, number - 1, Convert.ToHexStringLower(digest.GetCurrentHash()));
                trailer = end;
                continue;
            }

            digest.AppendData(raw);
            digest.AppendData(Newline);
            if (line is not null)
            {
                counts.Add(line);
                yield return (number, line);
            }
        }

        if (number == 0)
        {
            throw new DomainException(ErrorCodes.RestoreTruncated, "The archive is empty.");
        }

        if (trailer is null && trailed)
        {
            throw new DomainException(ErrorCodes.RestoreTruncated, $"The archive ends at line {number} without its trailer: it was cut short. Nothing was restored.");
        }
    }

    /// <summary>Writes an archive's lines, hashing and counting them, and its trailer at <see cref="Writer.CompleteAsync"/>.</summary>
    public sealed class Writer(Stream output)
    {
        private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Counts _counts = new();
        private long _lines;

        /// <summary>Writes one line.</summary>
        public async Task WriteAsync(ArchiveLine line, CancellationToken cancellationToken)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(line, Json);
            _digest.AppendData(bytes);
            _digest.AppendData(Newline);
            await output.WriteAsync(bytes, cancellationToken);
            await output.WriteAsync(Newline, cancellationToken);
            _counts.Add(line);
            _lines++;
        }

        /// <summary>Writes the trailer: the counts and the SHA-256 of every byte written before it.</summary>
        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            var trailer = new ArchiveTrailer(_lines, _counts.Publishers, _counts.Profiles, _counts.Revisions, _counts.Checkpoints, _counts.Heads, Convert.ToHexStringLower(_digest.GetCurrentHash()));
            await output.WriteAsync(JsonSerializer.SerializeToUtf8Bytes<ArchiveLine>(trailer, Json), cancellationToken);
            await output.WriteAsync(Newline, cancellationToken);
            await output.FlushAsync(cancellationToken);
            _digest.Dispose();
        }
    }

    private static ArchiveLine? Parse(byte[] raw, long number)
    {
        if (raw.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ArchiveLine>(raw, Json)
                ?? throw new DomainException(ErrorCodes.RestoreInvalid, $"Line {number} of the archive is empty JSON.");
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new DomainException(ErrorCodes.RestoreInvalid, $"Line {number} of the archive is not an archive line: {Excerpt.Of(exception.Message)}");
        }
    }

    private static void Check(ArchiveTrailer trailer, Counts counts, long lines, string sha256)
    {
        if (!string.Equals(trailer.Sha256, sha256, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.RestoreDigestMismatch, "The archive's lines do not hash to the digest in its trailer: it was changed after it was written. Nothing was restored.");
        }

        if ((trailer.Lines, trailer.Publishers, trailer.Profiles, trailer.Revisions, trailer.Checkpoints, trailer.Heads)
            != (lines, counts.Publishers, counts.Profiles, counts.Revisions, counts.Checkpoints, counts.Heads))
        {
            throw new DomainException(
                ErrorCodes.RestoreDigestMismatch,
                $"The archive's trailer counts {trailer.Revisions} revisions, {trailer.Checkpoints} checkpoints in {trailer.Lines} lines; the file holds {counts.Revisions}, {counts.Checkpoints} in {lines}.");
        }
    }

    private sealed class Counts
    {
        public int Publishers { get; private set; }

        public int Profiles { get; private set; }

        public int Revisions { get; private set; }

        public int Checkpoints { get; private set; }

        public int Heads { get; private set; }

        public void Add(ArchiveLine line)
        {
            switch (line)
            {
                case ArchivedPublisher: Publishers++; break;
                case ArchivedProfile: Profiles++; break;
                case ArchivedRevision: Revisions++; break;
                case ArchivedCheckpoint: Checkpoints++; break;
                case ChainHead: Heads++; break;
            }
        }
    }

    // Lines as bytes, "\n"-terminated (a "\r" before it dropped), never longer than MaxLineBytes: a line read whole
    // by a text reader could be as long as the file.
    private sealed class LineReader(Stream input)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public async Task<byte[]?> NextAsync(CancellationToken cancellationToken)
        {
            var line = new MemoryStream();
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = await input.ReadAsync(_buffer, cancellationToken);
                    if (_end == 0)
                    {
                        return line.Length == 0 ? null : Trimmed(line);
                    }
                }

                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                var take = (newline < 0 ? _end : newline) - _start;
                if (line.Length + take > MaxLineBytes)
                {
                    throw new DomainException(ErrorCodes.RestoreLineTooLong, $"A line of the archive is longer than {MaxLineBytes / (1024 * 1024)} MiB: no archive line is.");
                }

                line.Write(_buffer, _start, take);
                _start += take;
                if (newline >= 0)
                {
                    _start++;
                    return Trimmed(line);
                }
            }
        }

        private static byte[] Trimmed(MemoryStream line)
        {
            var bytes = line.ToArray();
            return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
        }
    }
}
