using System.Text.Json;
using System.Text.RegularExpressions;
using CountryRelations.Countries;
using CountryRelations.Errors;
using CountryRelations.History;
using CountryRelations.Import;
using CountryRelations.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountryRelations.Publishers;

/// <summary>
/// The publishers table as the importer reads it, and the one way to register or amend a publisher. The importer's
/// view is rebuilt whenever the table changes (checked with one small query per use), so a publisher registered on any
/// instance is known to the next import everywhere, with no restart.
/// </summary>
public sealed partial class PublisherRegistry(IDbContextFactory<CountryRelationsDbContext> contexts, CountryCatalog countries)
{
    private const int MaxHosts = 50;
    private const int MaxPatterns = 50;
    private const int MaxPatternLength = 500;

    private Snapshot? _snapshot;

    /// <summary>Every publisher's conventions as the table now stands.</summary>
    public async Task<IReadOnlyList<PublisherConventions>> ConventionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await VersionAsync(db, cancellationToken);
        if (_snapshot is { } held && held.Version == version)
        {
            return held.Conventions;
        }

        // Two imports may both rebuild after a change; either result is the same table's, and the snapshot is one reference.
        var rows = await db.Publishers.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var conventions = rows.Select(ConventionsOf).ToList();
        _snapshot = new Snapshot(version, conventions);
        return conventions;
    }

    /// <summary>Registers <paramref name="definition"/>; every field checked first, the code and each host pattern unique.</summary>
    public async Task<Publisher> RegisterAsync(PublisherDefinition definition, CancellationToken cancellationToken = default)
    {
        var code = ProfileKeyResolver.NormalizePublisher(definition.Code);
        if (!Code().IsMatch(code))
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"code: \"{Excerpt.Of(definition.Code)}\" is not a publisher code (capitals and digits in parts joined by '-', e.g. \"DE-MFA\", at most 32).");
        }

        var row = new Publisher { Code = code, Name = "" };
        Apply(row, definition, definition.Conventions);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        await CheckHostsFreeAsync(db, code, row.Hosts, cancellationToken);
        db.Publishers.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainException(ErrorCodes.PublisherExists, $"A publisher already has the code \"{code}\".");
        }

        return row;
    }

    /// <summary>Amends the publisher <paramref name="code"/>: each field given replaces the stored one; null leaves it.</summary>
    public async Task<Publisher> UpdateAsync(string code, PublisherChanges changes, CancellationToken cancellationToken = default)
    {
        var normalized = ProfileKeyResolver.NormalizePublisher(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var row = await db.Publishers.AsTracking().SingleOrDefaultAsync(p => p.Code == normalized, cancellationToken)
            ?? throw new DomainException(ErrorCodes.PublisherNotFound, $"No publisher has the code \"{normalized}\".");
        Apply(
            row,
            new PublisherDefinition(
                row.Code,
                changes.Name ?? row.Name,
                changes.Government is null ? row.Government : changes.Government.Length == 0 ? null : changes.Government,
                changes.Website is null ? row.Website : changes.Website.Length == 0 ? null : changes.Website,
                changes.Hosts ?? row.Hosts,
                changes.Languages ?? row.Languages,
                changes.Source ?? row.Source,
                Conventions: null),
            (changes.Conventions ?? row.Conventions) is { } own ? ParseConventions(own) : null);
        await CheckHostsFreeAsync(db, row.Code, row.Hosts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    /// <summary>The conventions of a stored publisher: its own, or those shipped for its code, or none beyond the generic rules.</summary>
    public static PublisherConventions ConventionsOf(Publisher row) => new(DefinitionOf(row));

    /// <summary>Reads <paramref name="json"/> as <see cref="PageConventions"/>; malformed JSON or patterns are refused with <c>INVALID_INPUT</c>.</summary>
    public static PageConventions ParseConventions(string json)
    {
        PageConventions? conventions;
        try
        {
            conventions = JsonSerializer.Deserialize<PageConventions>(json, ForeignMinistries.Json);
        }
        catch (JsonException exception)
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"conventions: not a conventions object ({Excerpt.Of(exception.Message)}).");
        }

        return conventions ?? throw new DomainException(ErrorCodes.InvalidInput, "conventions: not a conventions object.");
    }

    private static PublisherDefinition DefinitionOf(Publisher row) =>
        new(row.Code, row.Name, row.Government, row.Website, row.Hosts, row.Languages, row.Source, Effective(row.Code, row.Conventions is { } own ? ParseConventions(own) : null));

    // A publisher's own conventions, else those shipped for its code (kept in the file, so improved rules reach every database).
    private static PageConventions? Effective(string code, PageConventions? own) => own ?? ForeignMinistries.Find(code)?.Conventions;

    // Checks every field, then writes it to the row, the publisher's own conventions (null: the shipped ones, if any)
    // among them; the conventions in effect are compiled here so that a bad pattern is refused now, not at the next import.
    private void Apply(Publisher row, PublisherDefinition definition, PageConventions? own)
    {
        var name = definition.Name.Trim();
        if (name.Length is 0 or > 200 || VisibleText.FirstControl(name) is not null)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "name: give the publisher's name (1 to 200 characters).");
        }

        var government = definition.Government is { Length: > 0 } given ? countries.Resolve(given).Code : null;
        if (definition.Website is { Length: > 0 } website && !Identification.SourceAddress.IsWebAddress(website))
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"website: \"{Excerpt.Of(website)}\" is not an http or https address.");
        }

        if (definition.Hosts.Count > MaxHosts)
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"hosts: at most {MaxHosts} host patterns.");
        }

        var hosts = definition.Hosts.Select(h => HostPattern.Parse(h).Text).Distinct(StringComparer.Ordinal).ToArray();
        var languages = definition.Languages.Select(l => ProfileKeyResolver.NormalizeLanguage(l)).Distinct(StringComparer.Ordinal).ToArray();
        if (own is not null)
        {
            Check(own);
        }

        try
        {
            _ = new PublisherConventions(definition with { Government = government, Hosts = hosts, Languages = languages, Conventions = Effective(row.Code, own) });
        }
        catch (ArgumentException exception)
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"conventions: a pattern does not compile ({Excerpt.Of(exception.Message)}).");
        }

        row.Name = name;
        row.Government = government;
        row.Website = definition.Website is { Length: > 0 } site ? site.Trim() : null;
        row.Hosts = hosts;
        row.Languages = languages;
        row.Source = definition.Source is { Length: > 0 } source ? source.Trim() : null;
        row.Conventions = own is null ? null : JsonSerializer.Serialize(own, ForeignMinistries.Json);
    }

    private static void Check(PageConventions conventions)
    {
        var patterns = new[]
        {
            conventions.TitlePatterns, conventions.ChromeLines, conventions.ChromePatterns, conventions.CountryLinePatterns,
            conventions.PublisherMarks, conventions.FooterStarts, conventions.TeaserEnds,
        };
        if (patterns.Any(p => p.Count > MaxPatterns) || patterns.SelectMany(p => p).Any(p => p.Length is 0 or > MaxPatternLength)
            || conventions.PageTitles.Count > 20 || conventions.PageTitles.Values.Any(t => t.Length > 200))
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"conventions: at most {MaxPatterns} entries of each kind, each 1 to {MaxPatternLength} characters.");
        }
    }

    private static async Task CheckHostsFreeAsync(CountryRelationsDbContext db, string code, string[] hosts, CancellationToken cancellationToken)
    {
        var others = await db.Publishers.Where(p => p.Code != code && p.Hosts.Any(h => hosts.Contains(h))).Select(p => new { p.Code, p.Hosts }).ToListAsync(cancellationToken);
        if (others.FirstOrDefault() is { } other)
        {
            var host = other.Hosts.First(hosts.Contains);
            throw new DomainException(ErrorCodes.HostClaimed, $"{other.Code} already claims \"{host}\": amend that publisher (updatePublisher) or claim a narrower host or path.");
        }
    }

    private static async Task<string> VersionAsync(CountryRelationsDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<string>("""SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS "Value" FROM publishers""").SingleAsync(cancellationToken);

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex Code();

    private sealed record Snapshot(string Version, IReadOnlyList<PublisherConventions> Conventions);
}

/// <summary>Changes to a publisher; null leaves a field as it is, an empty government or website clears it.</summary>
public sealed record PublisherChanges(
    string? Name = null,
    string? Government = null,
    string? Website = null,
    IReadOnlyList<string>? Hosts = null,
    IReadOnlyList<string>? Languages = null,
    string? Source = null,
    string? Conventions = null);
