using CountryRelations.Profiles;
using System.Text;
using System.Text.Json;
using CountryRelations.Archive;
using CountryRelations.Countries;
using CountryRelations.Integrity;
using CountryRelations.Revisions;
using CountryRelations.Topics;
using NpgsqlTypes;

namespace CountryRelations.Bench;

/// <summary>
/// A realistic corpus as a history archive: profiles (publisher × country), each with a run of revisions a month
/// apart, five sections of sample prose each, one section reworded per revision; hashes and seals computed as the
/// store computes them. Loaded through restore, the store's bulk path (binary COPY).
/// </summary>
public sealed class CorpusGenerator(int profiles, int revisionsPerProfile)
{
    public static readonly DateOnly FirstDate = new(2000, 1, 1);

    public const int DaysBetween = 30;

    private static readonly Topic[] Topics = [Topic.Political, Topic.Economic, Topic.CulturalScientificTechnical, Topic.HumanitarianDevelopment, Topic.Visits];

    /// <summary>Each profile's publisher and country code, by profile id (1-based).</summary>
    public IReadOnlyList<(string Publisher, string Country)> Profiles { get; private set; } = [];

    public int Days => (revisionsPerProfile + 12) * DaysBetween;

    /// <summary>Writes the archive to <paramref name="output"/>; returns how many revisions it holds.</summary>
    public async Task<int> WriteAsync(Stream output)
    {
        var text = string.Join(' ', Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Select(File.ReadAllText))
            .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var codes = CountryCatalog.Default.All.Select(c => c.Code).Where(c => c is not "FR" and not "US").ToList();
        // Written as export writes it, trailer included: restore refuses an archive without one.
        var writer = new ArchiveFormat.Writer(output);
        Task WriteAsync(ArchiveLine line) => writer.WriteAsync(line, default);

        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await WriteAsync(new ArchiveHeader(ArchiveFormat.Format, DateTime.UtcNow, new Dictionary<string, DateTime> { ["hash_chain"] = start, ["seals"] = start }, ""));
        var publishers = (profiles + codes.Count - 1) / codes.Count;
        for (var p = 0; p < publishers; p++)
        {
            await WriteAsync(new ArchivedPublisher(0, $"BENCH-{p + 1}", $"Benchmark publisher {p + 1}", null));
        }

        var list = new List<(string, string)>();
        for (var i = 0; i < profiles; i++)
        {
            var profile = ($"BENCH-{i / codes.Count + 1}", codes[i % codes.Count]);
            list.Add(profile);
            await WriteAsync(new ArchivedProfile(i + 1, profile.Item1, profile.Item2, "en", start));
        }

        Profiles = list;
        var random = new Random(42);
        long revisionId = 0, sectionId = 0;
        for (var i = 0; i < profiles; i++)
        {
            var key = new ProfileKey(list[i].Item1, list[i].Item2, "en");
            var bodies = Topics.Select(_ => Prose(text, random, 120)).ToArray();
            Revision? before = null;
            for (var sequence = 1; sequence <= revisionsPerProfile; sequence++)
            {
                bodies[random.Next(bodies.Length)] = Prose(text, random, 120);
                var date = FirstDate.AddDays((sequence - 1) * DaysBetween);
                var recordedAt = start.AddMinutes(revisionId);
                var sections = Topics.Select((topic, position) => new Section { Position = position, Topic = topic, Heading = topic + " relations", Body = bodies[position] }).ToList();
                var revision = new Revision
                {
                    Id = ++revisionId, ProfileId = i + 1, Sequence = sequence, Kind = RevisionKind.Publication, PublishedOn = date, EffectiveFrom = date,
                    RecordedBy = "bench", SystemPeriod = new NpgsqlRange<DateTime>(recordedAt, true, false, default, false, true), Sections = sections,
                };
                HashChain.Link(revision, key, before, recordedAt, closes: null);
                await WriteAsync(new ArchivedRevision(revision.Id, i + 1, sequence, "Publication", date, date, recordedAt, null, null, null, null, "bench", null,
                    revision.ContentSha256, revision.PreviousSha256, revision.SealSha256,
                    [.. sections.Select(s => new ArchivedSection(++sectionId, s.Position, s.Topic.ToString(), s.Heading, s.Body))]));
                before = revision;
            }
        }

        await writer.CompleteAsync(default);
        return (int)revisionId;
    }

    private static string Prose(string[] words, Random random, int length)
    {
        var start = random.Next(Math.Max(1, words.Length - length));
        return string.Join(' ', words.Skip(start).Take(length));
    }
}
