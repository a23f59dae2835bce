using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CountryRelations.Capture;

/// <summary>One WARC record as far as capture needs it: its type, target, date, and for a response its HTTP parts.</summary>
public sealed record WarcRecord(string Type, string? TargetUri, DateTime? Date, int? HttpStatus, string? ContentType, byte[]? Body, string? SkippedBecause);

/// <summary>
/// Reads WARC files (ISO 28500: records of named header fields and a block of Content-Length bytes), gzip per record
/// or not, one record at a time: a large file is never held in memory. A response's HTTP message is split into its
/// status, content type and body (de-chunked); a body over the import limit is skipped, never read whole.
/// </summary>
public static class WarcReader
{
    /// <summary>The records of <paramref name="input"/>, in order.</summary>
    public static async IAsyncEnumerable<WarcRecord> ReadAsync(Stream input, long maxBody, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffered = new BufferedStream(input, 1 << 16);
        var head = new byte[2];
        var got = await buffered.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken);
        // Concatenated gzip members (one per record) read as one stream.
        Stream stream = got == 2 && head[0] == 0x1f && head[1] == 0x8b
            ? new GZipStream(new PrefixedStream(head, buffered), CompressionMode.Decompress)
            : new PrefixedStream(head.AsMemory(0, got).ToArray(), buffered);
        await using var reader = stream;
        while (await ReadLineAsync(reader, cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Expected a WARC record, found \"{(line.Length > 40 ? line[..40] : line)}\".");
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (await ReadLineAsync(reader, cancellationToken) is { Length: > 0 } field)
            {
                var colon = field.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    fields[field[..colon].Trim()] = field[(colon + 1)..].Trim();
                }
            }

            var length = fields.TryGetValue("Content-Length", out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            var type = fields.GetValueOrDefault("WARC-Type", "").ToLowerInvariant();
            var target = fields.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
            DateTime? date = DateTime.TryParse(fields.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            if (type != "response" || length > maxBody + 65536)
            {
                await SkipAsync(reader, length, cancellationToken);
                yield return new WarcRecord(type, target, date, null, null, null, type != "response" ? null : $"its block is {length} bytes, over the import limit");
                continue;
            }

            var block = new byte[length];
            await reader.ReadExactlyAsync(block, cancellationToken);
            yield return Response(target, date, block, maxBody);
        }
    }

    // The HTTP message inside a response record: status line, header fields, blank line, body.
    private static WarcRecord Response(string? target, DateTime? date, byte[] block, long maxBody)
    {
        var end = IndexOf(block, "\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = IndexOf(block, "\n\n"u8);
            separator = 2;
        }

        if (end < 0)
        {
            return new WarcRecord("response", target, date, null, null, null, "no HTTP message in the record");
        }

        var lines = Encoding.Latin1.GetString(block, 0, end).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var statusParts = lines[0].Split(' ', 3);
        int? status = statusParts.Length > 1 && int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
        string? contentType = null;
        var chunked = false;
        foreach (var header in lines.Skip(1))
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = header[..colon].Trim();
            var value = header[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                chunked = true;
            }
        }

        var body = block.AsSpan(end + separator).ToArray();
        if (chunked)
        {
            body = Dechunk(body);
        }

        return body.LongLength > maxBody
            ? new WarcRecord("response", target, date, status, contentType, null, $"its body is {body.LongLength} bytes, over the import limit")
            : new WarcRecord("response", target, date, status, contentType, body, null);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = IndexOf(body.AsSpan(at), "\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0 || at + lineEnd + 2 + size > body.Length)
            {
                break;
            }

            output.Write(body, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }

        return output.ToArray();
    }

    private static int IndexOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> value) => data.IndexOf(value);

    private static async Task SkipAsync(Stream stream, long length, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length)), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The WARC file ends inside a record.");
            }

            length -= read;
        }
    }

    // Header lines are short; a line longer than 64 KiB is not WARC.
    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(128);
        var one = new byte[1];
        while (true)
        {
            var read = await stream.ReadAsync(one, cancellationToken);
            if (read == 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
            }

            if (one[0] == '\n')
            {
                return Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
            }

            if (bytes.Count > 65536)
            {
                throw new InvalidDataException("A WARC header line is longer than 64 KiB.");
            }

            bytes.Add(one[0]);
        }
    }

    /// <summary>A stream that first returns a few bytes already read, then the rest of another.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_at < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _at);
                prefix.AsSpan(_at, n).CopyTo(buffer);
                _at += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_at < prefix.Length)
            {
                return Read(buffer.Span);
            }

            return await rest.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
