using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountryRelations.Notifications;

/// <summary>Maps <see cref="Webhook"/> to <c>webhooks</c>.</summary>
public sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("webhooks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(w => w.Url).HasColumnName("url");
        builder.Property(w => w.Secret).HasColumnName("secret");
        builder.Property(w => w.Country).HasColumnName("country");
        builder.Property(w => w.Publisher).HasColumnName("publisher");
        builder.Property(w => w.Language).HasColumnName("language");
        builder.Property(w => w.Enabled).HasColumnName("enabled");
        builder.Property(w => w.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
    }
}

/// <summary>Maps <see cref="WebhookDelivery"/> to <c>webhook_deliveries</c>.</summary>
public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(d => d.MessageId).HasColumnName("message_id");
        builder.Property(d => d.WebhookId).HasColumnName("webhook_id");
        builder.Property(d => d.RevisionId).HasColumnName("revision_id");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(d => d.LastStatus).HasColumnName("last_status");
        builder.Property(d => d.LastError).HasColumnName("last_error");
        builder.Property(d => d.AbandonedAt).HasColumnName("abandoned_at");
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Revisions.Revision>().WithMany().HasForeignKey(d => d.RevisionId).OnDelete(DeleteBehavior.Restrict);
        // One delivery per revision per webhook, however many instances heard the notification.
        builder.HasIndex(d => new { d.WebhookId, d.RevisionId }).IsUnique();
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("next_attempt_at IS NOT NULL").HasDatabaseName("ix_webhook_deliveries_due");
    }
}
