using CountryRelations.Countries;
using CountryRelations.Profiles;
using CountryRelations.Publishers;
using CountryRelations.Revisions;
using Microsoft.EntityFrameworkCore;

namespace CountryRelations.Persistence;

/// <summary>The revision store's database: countries, publishers, profiles and their append-only history.</summary>
public sealed class CountryRelationsDbContext(DbContextOptions<CountryRelationsDbContext> options) : DbContext(options)
{
    /// <summary>The assembly that holds the migrations (kept apart so the model has no migration code).</summary>
    public const string MigrationsAssembly = "CountryRelations.Migrations";

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Publisher> Publishers => Set<Publisher>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<Section> Sections => Set<Section>();

    /// <summary>Watched page addresses.</summary>
    public DbSet<Capture.Source> Sources => Set<Capture.Source>();

    /// <summary>Every capture attempt, append-only.</summary>
    public DbSet<Capture.CaptureAttempt> CaptureAttempts => Set<Capture.CaptureAttempt>();

    /// <summary>Endpoints told of recorded revisions.</summary>
    public DbSet<Notifications.Webhook> Webhooks => Set<Notifications.Webhook>();

    /// <summary>Each revision's delivery to each webhook.</summary>
    public DbSet<Notifications.WebhookDelivery> WebhookDeliveries => Set<Notifications.WebhookDelivery>();

    /// <summary>Signed chain heads.</summary>
    public DbSet<Integrity.ChainCheckpoint> ChainCheckpoints => Set<Integrity.ChainCheckpoint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CountryRelationsDbContext).Assembly);
    }
}
