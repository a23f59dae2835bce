using System.Diagnostics.CodeAnalysis;
using CountryRelations.Profiles;
using CountryRelations.Revisions;
using Microsoft.Extensions.Caching.Memory;

namespace CountryRelations.Caching;

/// <summary>
/// Rows of the append-only history kept in memory, bounded by an estimate of their size. A revision's content never
/// changes once recorded, and a profile's key never does, so nothing here goes stale — except a revision's system
/// period, which a correction closes: callers read the period with the row's id and refresh the cached copy
/// (<see cref="Revision.WithSystemPeriod"/>), never trusting the cached one.
/// </summary>
public sealed class HistoryCache : IDisposable
{
    /// <summary>The default bound: 64 MiB of text (section bodies counted at two bytes a character).</summary>
    public const long DefaultSizeLimit = 64L * 1024 * 1024;

    private readonly MemoryCache _entries;

    /// <summary>A cache holding at most about <paramref name="sizeLimit"/> bytes; the least recently read rows go first.</summary>
    public HistoryCache(long sizeLimit = DefaultSizeLimit) =>
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(sizeLimit, 1), CompactionPercentage = 0.25, TrackStatistics = true });

    /// <summary>The revision with <paramref name="id"/> (sections, profile, publisher and country loaded), if held.</summary>
    public bool TryGetRevision(long id, [NotNullWhen(true)] out Revision? revision) => _entries.TryGetValue(new RevisionKey(id), out revision);

    /// <summary>Holds <paramref name="revision"/>, which must carry its sections and profile.</summary>
    public void Add(Revision revision) =>
        _entries.Set(new RevisionKey(revision.Id), revision, new MemoryCacheEntryOptions { Size = SizeOf(revision) });

    /// <summary>The profile (publisher and country loaded) with this key, if held.</summary>
    public bool TryGetProfile(string publisherCode, string countryCode, string language, [NotNullWhen(true)] out Profile? profile) =>
        _entries.TryGetValue(new ProfileKey(publisherCode, countryCode, language), out profile);

    /// <summary>The profile (publisher and country loaded) with <paramref name="id"/>, if held.</summary>
    public bool TryGetProfile(long id, [NotNullWhen(true)] out Profile? profile) => _entries.TryGetValue(new ProfileId(id), out profile);

    /// <summary>Holds <paramref name="profile"/>, which must carry its publisher and country, by key and by id.</summary>
    public void Add(Profile profile)
    {
        _entries.Set(new ProfileKey(profile.Publisher.Code, profile.CountryCode, profile.Language), profile, new MemoryCacheEntryOptions { Size = 512 });
        _entries.Set(new ProfileId(profile.Id), profile, new MemoryCacheEntryOptions { Size = 64 });
    }

    /// <summary>Entries and estimated bytes held (the bound applies to the bytes).</summary>
    public (long Entries, long Bytes) Usage =>
        _entries.GetCurrentStatistics() is { } statistics ? (statistics.CurrentEntryCount, statistics.CurrentEstimatedSize ?? 0) : (_entries.Count, 0);

    public void Dispose() => _entries.Dispose();

    private static long SizeOf(Revision revision)
    {
        long characters = 0;
        foreach (var section in revision.Sections)
        {
            characters += section.Heading.Length + section.Body.Length;
        }

        return 1024 + 2 * characters;
    }

    private sealed record RevisionKey(long Id);

    private sealed record ProfileId(long Id);

    private sealed record ProfileKey(string PublisherCode, string CountryCode, string Language);
}
