using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.ServiceDefaults.Messaging.Inbox;

/// <summary>A message an endpoint has already handled; a redelivery of the same id is acknowledged without effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    /// <summary>The receive endpoint (queue) that handled it: one message may be handled once by each endpoint.</summary>
    public required string Endpoint { get; set; }

    public required string MessageType { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ProcessedAt { get; set; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(message => new { message.MessageId, message.Endpoint });
        builder.Property(message => message.Endpoint).HasMaxLength(200);
        builder.Property(message => message.MessageType).HasMaxLength(300);
        builder.HasIndex(message => message.ProcessedAt);
    }
}
