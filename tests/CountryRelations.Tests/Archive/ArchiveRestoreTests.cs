using System.Text;
using CountryRelations.Archive;
using CountryRelations.Errors;
using CountryRelations.Tests.Infrastructure;
using Npgsql;

namespace CountryRelations.Tests.Archive;

/// <summary>
/// Every kind of bad archive is refused with its RESTORE_… code naming what and where, never a stack trace, and the
/// target stays empty: cut at any line boundary or empty, changed, appended to, a line past the bound, a version 1
/// archive without its trailer, and archives whose trailer holds but whose lines contradict each other.
/// </summary>
public sealed class ArchiveRestoreTests : IAsyncLifetime
{
    private string _target = "";

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.GetAsync();
        _target = await database.CreateScratchDatabaseAsync("restore_refusals");
        var migrated = await CliProcess.RunAsync(["migrate"], CliProcess.Database(_target, _target));
        Assert.Equal(0, migrated.Exit);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly DateTime Recorded = new(2016, 3, 24, 10, 0, 0, DateTimeKind.Utc);

    private static ArchivedRevision Revision(long id, int sequence, string body = "Close relations.") => new(
        id, 900_001, sequence, "Publication", new DateOnly(2016, 1, sequence), new DateOnly(2016, 1, sequence), Recorded.AddDays(sequence), null, null,
        null, null, "tests", null, new string('a', 64), sequence == 1 ? null : new string('a', 64), new string('b', 64),
        [new ArchivedSection(id * 10, 0, "Political", "Political relations", body)]);

    private static List<ArchiveLine> Valid() =>
    [
        new ArchiveHeader(ArchiveFormat.Format, Recorded, new Dictionary<string, DateTime>(), "key"),
        new ArchivedPublisher(1, "FR-MFA", "French Ministry for Europe and Foreign Affairs", null),
        new ArchivedProfile(900_001, "FR-MFA", "SN", "en", Recorded),
        Revision(900_001, 1),
        Revision(900_002, 2),
        new ArchivedCheckpoint(900_001, 900_001, 2, new string('b', 64), Recorded, "key", "signature"),
        new ChainHead("FR-MFA", "SN", "en", 2, new string('b', 64)),
    ];

    private static async Task<byte[]> WriteAsync(IEnumerable<ArchiveLine> lines)
    {
        using var output = new MemoryStream();
        var writer = new ArchiveFormat.Writer(output);
        foreach (var line in lines)
        {
            await writer.WriteAsync(line, default);
        }

        await writer.CompleteAsync(default);
        return output.ToArray();
    }

    private async Task<DomainException> RefusedAsync(byte[] archive)
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => ArchiveRestore.RestoreAsync(new MemoryStream(archive), _target));
        await using var connection = new NpgsqlConnection(_target);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM revisions) + (SELECT count(*) FROM profiles) + (SELECT count(*) FROM chain_checkpoints)", connection);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        return refusal;
    }

    [Fact]
    public async Task An_archive_cut_at_any_line_boundary_or_empty_is_refused_as_truncated()
    {
        var archive = await WriteAsync(Valid());
        var ends = archive.Select((b, i) => (b, i)).Where(x => x.b == '\n').Select(x => x.i + 1).SkipLast(1).Prepend(0);

        foreach (var end in ends)
        {
            Assert.Equal(ErrorCodes.RestoreTruncated, (await RefusedAsync(archive[..end])).Code);
        }
    }

    [Fact]
    public async Task An_archive_changed_appended_to_or_with_an_endless_line_is_refused_with_its_code()
    {
        var archive = await WriteAsync(Valid());
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(archive).Replace("Close relations.", "Cool relations.", StringComparison.Ordinal));
        byte[] appended = [.. archive, .. await WriteAsync(Valid())];
        var endless = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(archive).Replace("Close relations.", new string('x', ArchiveFormat.MaxLineBytes), StringComparison.Ordinal));
        var version1 = Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(archive).Split('\n').SkipLast(2)).Replace(ArchiveFormat.Format, ArchiveFormat.FormatWithoutTrailer, StringComparison.Ordinal));

        Assert.Equal(
            [ErrorCodes.RestoreDigestMismatch, ErrorCodes.RestoreInvalid, ErrorCodes.RestoreLineTooLong, ErrorCodes.RestoreUnverifiable, ErrorCodes.RestoreInvalid],
            [(await RefusedAsync(changed)).Code, (await RefusedAsync(appended)).Code, (await RefusedAsync(endless)).Code, (await RefusedAsync(version1)).Code,
             (await RefusedAsync("not json\n"u8.ToArray())).Code]);
    }

    public static TheoryData<string, Func<List<ArchiveLine>, List<ArchiveLine>>> Contradictions => new()
    {
        { "a revision twice", l => [.. l.Take(4), Revision(900_001, 2), .. l.Skip(4)] },
        { "a checkpoint before any revision", l => [l[0], l[1], l[2], l[5], l[3], l[4], l[6]] },
        { "a profile of a publisher never defined", l => [l[0], new ArchivedProfile(900_001, "XX-NONE", "SN", "en", Recorded), .. l.Skip(3)] },
        { "a revision of a profile never defined", l => [l[0], l[1], .. l.Skip(3)] },
        { "a revision without sections", l => [.. l.Take(3), Revision(900_001, 1) with { Sections = null! }, .. l.Skip(4)] },
        { "a revision without who recorded it", l => [.. l.Take(3), Revision(900_001, 1) with { RecordedBy = null! }, .. l.Skip(4)] },
        { "a NUL in a body", l => [.. l.Take(3), Revision(900_001, 1, "Close\0relations."), .. l.Skip(4)] },
        { "superseded before recorded", l => [.. l.Take(3), Revision(900_001, 1) with { SupersededAt = Recorded.AddYears(-1) }, .. l.Skip(4)] },
        { "an unknown date precision", l => [.. l.Take(3), Revision(900_001, 1) with { DatePrecision = "Fortnight" }, .. l.Skip(4)] },
    };

    [Fact]
    public async Task Two_current_rows_of_a_profile_in_force_from_one_day_are_refused_once_every_row_is_in()
    {
        var second = Revision(900_002, 2) with { PublishedOn = new DateOnly(2016, 1, 1), EffectiveFrom = new DateOnly(2016, 1, 1) };

        var refusal = await RefusedAsync(await WriteAsync([.. Valid().Take(4), second, .. Valid().Skip(5)]));

        Assert.Equal(ErrorCodes.RestoreInvalid, refusal.Code);
        Assert.Contains("ex_revisions_bitemporal", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Contradictions))]
    public async Task An_archive_whose_lines_contradict_each_other_is_refused_naming_the_line(string contradiction, Func<List<ArchiveLine>, List<ArchiveLine>> spoil)
    {
        var refusal = await RefusedAsync(await WriteAsync(spoil(Valid())));

        Assert.True(refusal.Code == ErrorCodes.RestoreInvalid, $"{contradiction}: {refusal.Code} {refusal.Message}");
        Assert.Contains("line ", refusal.Message, StringComparison.OrdinalIgnoreCase);
    }
}
